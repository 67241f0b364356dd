import type { Checkin } from '../domain/interchange/index.ts';
import { validateDocument } from '../domain/interchange/index.ts';
import { putCheckin } from '../domain/roadmap/edit.ts';
import type { RevisionInfo } from '../storage/index.ts';
import type { CommandContext } from './context.ts';

export interface RecordCheckinInput {
  roadmapId: string;
  checkin: Checkin;
  baseRevisionId: string;
  message?: string;
}

/** Adds (or replaces, by id) a dated check-in as a new revision. */
export async function recordCheckin(ctx: CommandContext, input: RecordCheckinInput): Promise<RevisionInfo> {
  const { roadmap } = await ctx.store.readRoadmap(ctx.workspaceId, input.roadmapId, {
    revisionId: input.baseRevisionId,
  });
  const next = putCheckin(roadmap, input.checkin);
  validateDocument({ format: 'waymark/v1', roadmap: next });
  return ctx.store.writeRoadmap({
    workspaceId: ctx.workspaceId,
    roadmap: next,
    baseRevisionId: input.baseRevisionId,
    actor: ctx.actor,
    kind: 'checkin',
    message: input.message ?? `Check-in ${input.checkin.date}`,
  });
}
