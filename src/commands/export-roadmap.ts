import type { InterchangeDocument } from '../domain/interchange/index.ts';
import type { RevisionInfo } from '../storage/index.ts';
import type { CommandContext } from './context.ts';
import { type RevisionSelector, resolveSelector } from './revision-selector.ts';

/** The roadmap as an interchange document, at its head or at a past revision or date. */
export async function exportRoadmap(
  ctx: CommandContext,
  roadmapId: string,
  at?: RevisionSelector,
): Promise<{ document: InterchangeDocument; revision: RevisionInfo }> {
  const { roadmap, revision } = await ctx.store.readRoadmap(
    ctx.workspaceId,
    roadmapId,
    at === undefined ? undefined : await resolveSelector(ctx, roadmapId, at),
  );
  return { document: { format: 'waymark/v1', roadmap }, revision };
}
