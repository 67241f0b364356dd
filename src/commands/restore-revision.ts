import type { RevisionInfo } from '../storage/index.ts';
import type { CommandContext } from './context.ts';

export interface RestoreInput {
  roadmapId: string;
  revisionId: string;
  baseRevisionId: string;
  message?: string;
}

/** Writes the roadmap as it was at `revisionId` as a new revision; history is never rewritten. */
export async function restoreRevision(ctx: CommandContext, input: RestoreInput): Promise<RevisionInfo> {
  const { roadmap, revision } = await ctx.store.readRoadmap(ctx.workspaceId, input.roadmapId, {
    revisionId: input.revisionId,
  });
  return ctx.store.writeRoadmap({
    workspaceId: ctx.workspaceId,
    roadmap,
    baseRevisionId: input.baseRevisionId,
    actor: ctx.actor,
    kind: 'restore',
    message: input.message ?? `Restore revision ${revision.seq} (${revision.id})`,
  });
}
