import { NotFoundError } from '../domain/errors.ts';
import type { CommandContext } from './context.ts';

/** How a user names a past state: a revision id, a revision number (`3`), or a date/time. */
export type RevisionSelector = string;

const DATE = /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export async function resolveSelector(
  ctx: CommandContext,
  roadmapId: string,
  selector: RevisionSelector,
): Promise<{ revisionId: string } | { asOf: string }> {
  if (DATE.test(selector)) return { asOf: selector };
  if (/^\d+$/.test(selector)) {
    const seq = Number(selector);
    const revision = await ctx.store.getRevisionBySeq(ctx.workspaceId, roadmapId, seq);
    if (!revision) throw new NotFoundError(`roadmap "${roadmapId}" has no revision number ${seq}`);
    return { revisionId: revision.id };
  }
  return { revisionId: selector };
}
