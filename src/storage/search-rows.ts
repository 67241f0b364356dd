// The plain per-item rows behind both dialects' full-text indexes, keyed by (workspace, roadmap,
// item): writing and deleting them is the same SQL everywhere; the index and its query are not.
import type { Kysely } from 'kysely';
import type { SearchDoc } from './dialect.ts';
import type { Database } from './tables.ts';

/** The columns every dialect's search row table has (a dialect may add its own, e.g. a rowid). */
export interface SearchRowsTable {
  workspace_id: string;
  roadmap_id: string;
  item_id: string;
  title: string;
  summary: string;
  details: string;
}

/** Upsert and whole-roadmap delete over one dialect's search row table. */
export function searchRows(table: string, chunk: number) {
  const rows = (db: Kysely<Database>) => db as unknown as Kysely<Record<string, SearchRowsTable>>;
  return {
    /** Inserts or replaces one row per item, `chunk` rows a statement. */
    async upsert(
      db: Kysely<Database>,
      workspaceId: string,
      roadmapId: string,
      docs: readonly SearchDoc[],
    ): Promise<void> {
      for (let start = 0; start < docs.length; start += chunk) {
        const values = docs.slice(start, start + chunk).map((doc) => ({
          workspace_id: workspaceId,
          roadmap_id: roadmapId,
          item_id: doc.itemId,
          title: doc.title,
          summary: doc.summary,
          details: doc.details,
        }));
        await rows(db)
          .insertInto(table)
          .values(values)
          .onConflict((conflict) =>
            conflict.columns(['workspace_id', 'roadmap_id', 'item_id']).doUpdateSet((eb) => ({
              title: eb.ref('excluded.title'),
              summary: eb.ref('excluded.summary'),
              details: eb.ref('excluded.details'),
            })),
          )
          .execute();
      }
    },

    async removeRoadmap(db: Kysely<Database>, workspaceId: string, roadmapId: string): Promise<void> {
      await rows(db)
        .deleteFrom(table)
        .where('workspace_id', '=', workspaceId)
        .where('roadmap_id', '=', roadmapId)
        .execute();
    },
  };
}
