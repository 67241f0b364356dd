import type { Kysely } from 'kysely';
import type { DialectAdapter } from '../dialect.ts';
import type { Database } from '../tables.ts';
import type { RoadmapSummary } from '../types.ts';
import { requireRoadmap } from './revisions.ts';
import { requireWorkspace } from './workspaces.ts';

export async function listRoadmapRows(db: Kysely<Database>, workspaceId: string): Promise<RoadmapSummary[]> {
  await requireWorkspace(db, workspaceId);
  const rows = await db
    .selectFrom('roadmaps')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('head_revision_id', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    workspaceId: row.workspace_id,
    id: row.id,
    title: row.title,
    headRevisionId: row.head_revision_id ?? '',
    headSeq: row.head_seq,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** Removes every row of the roadmap, children before parents; the caller provides the transaction. */
export async function deleteRoadmapRows(
  trx: Kysely<Database>,
  adapter: DialectAdapter,
  workspaceId: string,
  roadmapId: string,
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
  await requireRoadmap(trx, workspaceId, roadmapId);
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
}
