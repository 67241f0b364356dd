import type { Kysely, Selectable } from 'kysely';
import { StaleRevisionError } from '../../domain/errors.ts';
import type { DialectAdapter } from '../dialect.ts';
import { appendDeletionEvent } from '../events/outbox.ts';
import type { Database, RoadmapsTable } from '../tables.ts';
import type { DeletedRoadmap, ListRoadmapsOptions, RoadmapSummary } from '../types.ts';
import { requireRoadmap } from './revisions.ts';
import { requireWorkspace } from './workspaces.ts';

function toSummary(row: Selectable<RoadmapsTable>): RoadmapSummary {
  return {
    workspaceId: row.workspace_id,
    id: row.id,
    title: row.title,
    headRevisionId: row.head_revision_id ?? '',
    headSeq: row.head_seq,
    visibility: row.visibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * One page of the workspace's roadmaps, by id; with updatedSince, those changed at or after that
 * time in (updated_at, id) order, so a mirror can page through changes with a keyset cursor.
 */
export async function listRoadmapRows(
  db: Kysely<Database>,
  workspaceId: string,
  options: ListRoadmapsOptions = {},
): Promise<RoadmapSummary[]> {
  await requireWorkspace(db, workspaceId);
  const limit = Math.max(1, Math.min(options.limit ?? 100, 1000));
  const { after, updatedSince, visibility } = options;
  let query = db
    .selectFrom('roadmaps')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('head_revision_id', 'is not', null);
  if (visibility) query = query.where('visibility', '=', visibility);
  if (updatedSince !== undefined) {
    query = query.where('updated_at', '>=', updatedSince);
    if (after) {
      const updatedAt = after.updatedAt ?? '';
      query = query.where((eb) =>
        eb.or([
          eb('updated_at', '>', updatedAt),
          eb.and([eb('updated_at', '=', updatedAt), eb('id', '>', after.id)]),
        ]),
      );
    }
    query = query.orderBy('updated_at').orderBy('id');
  } else {
    if (after) query = query.where('id', '>', after.id);
    query = query.orderBy('id');
  }
  // Keyset paging needs only that the WHERE and the ORDER BY use the same (deterministic) collation.
  return (await query.limit(limit).execute()).map(toSummary);
}

export async function getRoadmapRow(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId: string,
): Promise<RoadmapSummary> {
  return toSummary(await requireRoadmap(db, workspaceId, roadmapId));
}

/**
 * Removes every row of the roadmap, children before parents; the caller provides the transaction.
 * With a base revision, refuses (StaleRevisionError) unless it is still the head.
 */
export async function deleteRoadmapRows(
  trx: Kysely<Database>,
  adapter: DialectAdapter,
  workspaceId: string,
  roadmapId: string,
  tombstone: { deletedAt: string; actor: string },
  baseRevisionId?: string,
): Promise<void> {
  await adapter
    .lockForWrite(
      trx
        .selectFrom('roadmaps')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', roadmapId),
    )
    .executeTakeFirst();
  const row = await requireRoadmap(trx, workspaceId, roadmapId);
  if (baseRevisionId !== undefined && row.head_revision_id !== baseRevisionId) {
    throw new StaleRevisionError(baseRevisionId, row.head_revision_id ?? '(none)');
  }
  const lastRevision =
    row.head_revision_id === null
      ? undefined
      : await trx
          .selectFrom('revisions')
          .selectAll()
          .where('id', '=', row.head_revision_id)
          .executeTakeFirst();
  await adapter.search.removeRoadmap(trx, workspaceId, roadmapId);
  for (const table of ['entity_versions', 'checkpoints', 'revisions'] as const) {
    await trx
      .deleteFrom(table)
      .where('workspace_id', '=', workspaceId)
      .where('roadmap_id', '=', roadmapId)
      .execute();
  }
  await trx
    .deleteFrom('roadmaps')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', roadmapId)
    .execute();
  await trx
    .insertInto('deleted_roadmaps')
    .values({
      workspace_id: workspaceId,
      roadmap_id: roadmapId,
      deleted_at: tombstone.deletedAt,
      actor: tombstone.actor,
      head_revision_id: row.head_revision_id ?? '',
    })
    .execute();
  if (lastRevision) {
    await appendDeletionEvent(trx, adapter.name, {
      workspaceId,
      roadmapId,
      lastRevision,
      actor: tombstone.actor,
      at: tombstone.deletedAt,
    });
  }
}

/** Deletions at or after `since`, oldest first, after the cursor's (deletedAt, id). */
export async function listDeletedRoadmapRows(
  db: Kysely<Database>,
  workspaceId: string,
  options: { since: string; after?: { deletedAt: string; id: string }; limit: number },
): Promise<DeletedRoadmap[]> {
  let query = db
    .selectFrom('deleted_roadmaps')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', '>=', options.since);
  const { after } = options;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('deleted_at', '>', after.deletedAt),
        eb.and([eb('deleted_at', '=', after.deletedAt), eb('roadmap_id', '>', after.id)]),
      ]),
    );
  }
  const rows = await query.orderBy('deleted_at').orderBy('roadmap_id').limit(options.limit).execute();
  return rows.map((row) => ({
    workspaceId: row.workspace_id,
    id: row.roadmap_id,
    deletedAt: row.deleted_at,
    actor: row.actor,
    lastRevisionId: row.head_revision_id,
  }));
}
