import { diffRoadmaps, type RoadmapDiff } from '../domain/diff/index.ts';
import type { CommandContext } from './context.ts';
import { type RevisionSelector, resolveSelector } from './revision-selector.ts';

/** Semantic diff of one roadmap between two revisions or dates. */
export async function diffRevisions(
  ctx: CommandContext,
  roadmapId: string,
  from: RevisionSelector,
  to?: RevisionSelector,
): Promise<RoadmapDiff> {
  const [before, after] = await Promise.all([
    ctx.store.readRoadmap(ctx.workspaceId, roadmapId, await resolveSelector(ctx, roadmapId, from)),
    ctx.store.readRoadmap(
      ctx.workspaceId,
      roadmapId,
      to === undefined ? undefined : await resolveSelector(ctx, roadmapId, to),
    ),
  ]);
  return diffRoadmaps(before.roadmap, after.roadmap);
}
