// How every entity use case reads and writes: the edit applies to the revision the client read,
// and the write is a compare-and-set on it, so a stale base fails with stale_revision, never merged.
import { NotFoundError, StaleRevisionError } from '../../domain/errors.ts';
import type { Roadmap } from '../../domain/interchange/index.ts';
import type { RoadmapAtRevision, WriteResult } from '../../storage/index.ts';
import type { CommandContext } from '../context.ts';

/** What a write use case is given besides the change itself. */
export interface WriteTarget {
  roadmapId: string;
  /** The revision the change is based on; the head when absent (still compare-and-set on it). */
  baseRevisionId?: string;
  /** Revision message; each use case has a default naming what changed. */
  message?: string;
}

/** What a read use case is given: the head, or one revision (a pinned page of a list). */
export interface ReadTarget {
  roadmapId: string;
  revisionId?: string;
}

export async function readAt(ctx: CommandContext, target: ReadTarget): Promise<RoadmapAtRevision> {
  return ctx.store.readRoadmap(
    ctx.workspaceId,
    target.roadmapId,
    target.revisionId === undefined ? undefined : { revisionId: target.revisionId },
  );
}

/**
 * The roadmap as of the base. A base that is not the head fails before anything is read, so an
 * unknown or old ETag gets stale_revision with the current head rather than an error about old data.
 */
export async function readBase(ctx: CommandContext, target: WriteTarget): Promise<RoadmapAtRevision> {
  if (target.baseRevisionId !== undefined) {
    const head = await ctx.store.headRevision(ctx.workspaceId, target.roadmapId);
    if (!head) {
      throw new NotFoundError(`workspace "${ctx.workspaceId}" has no roadmap "${target.roadmapId}"`);
    }
    if (head.id !== target.baseRevisionId) throw new StaleRevisionError(target.baseRevisionId, head.id);
  }
  return ctx.store.readRoadmap(
    ctx.workspaceId,
    target.roadmapId,
    target.baseRevisionId === undefined ? undefined : { revisionId: target.baseRevisionId },
  );
}

export function writeEdit(
  ctx: CommandContext,
  base: RoadmapAtRevision,
  roadmap: Roadmap,
  change: { kind: 'edit' | 'checkin'; message: string },
): Promise<WriteResult> {
  return ctx.store.writeRoadmap({
    workspaceId: ctx.workspaceId,
    roadmap,
    baseRevisionId: base.revision.id,
    actor: ctx.actor,
    kind: change.kind,
    message: change.message,
  });
}

/** Reads the base, applies a pure edit and writes the result with the base as compare-and-set. */
export async function editRoadmap<E extends { roadmap: Roadmap }>(
  ctx: CommandContext,
  target: WriteTarget,
  kind: 'edit' | 'checkin',
  edit: (roadmap: Roadmap) => E,
  defaultMessage: (result: E) => string,
): Promise<E & { revision: WriteResult }> {
  const base = await readBase(ctx, target);
  const result = edit(base.roadmap);
  const revision = await writeEdit(ctx, base, result.roadmap, {
    kind,
    message: target.message ?? defaultMessage(result),
  });
  return { ...result, revision };
}
