// A weighted tsvector per item (title A, summary B, details C) in a generated column with a GIN
// index; queries go through websearch_to_tsquery, which never raises a syntax error.
import { type Kysely, type Migration, sql } from 'kysely';
import type { SearchIndex } from '../../dialect.ts';
import { type SearchRowsTable, searchRows } from '../../search-rows.ts';
import type { Database } from '../../tables.ts';
import type { SearchHit } from '../../types.ts';

type WithItems = Kysely<Database & { search_items: SearchRowsTable }>;
const items = (db: Kysely<Database>) => db as unknown as WithItems;

const rows = searchRows('search_items', 500);

export const postgresSearchMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`create table search_items (
      workspace_id text not null,
      roadmap_id text not null,
      item_id text not null,
      title text not null,
      summary text not null,
      details text not null,
      document tsvector generated always as (
        setweight(to_tsvector('english'::regconfig, title), 'A') ||
        setweight(to_tsvector('english'::regconfig, summary), 'B') ||
        setweight(to_tsvector('english'::regconfig, details), 'C')
      ) stored,
      constraint search_items_pk primary key (workspace_id, roadmap_id, item_id),
      constraint search_items_roadmap_fk foreign key (workspace_id, roadmap_id) references roadmaps (workspace_id, id)
    )`.execute(db);
    await sql`create index search_items_document on search_items using gin (document)`.execute(db);
  },
};

// Each term is quoted so that "or" and a leading "-" stay words instead of operators.
function websearchText(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', ' ')}"`).join(' ');
}

export const postgresSearch: SearchIndex = {
  upsert: rows.upsert,

  async remove(db, workspaceId, roadmapId, itemIds) {
    if (itemIds.length === 0) return;
    await items(db)
      .deleteFrom('search_items')
      .where('workspace_id', '=', workspaceId)
      .where('roadmap_id', '=', roadmapId)
      .where('item_id', '=', sql<string>`any(${[...itemIds]}::text[])`)
      .execute();
  },

  removeRoadmap: rows.removeRoadmap,

  async query(db, workspaceId, terms, limit) {
    // The headline is computed for the page of hits only, after ranking and the limit.
    const { rows } = await sql<{
      roadmapId: string;
      itemId: string;
      title: string;
      snippet: string;
      rank: number;
    }>`
      select hit.roadmap_id as "roadmapId", hit.item_id as "itemId", hit.title, hit.rank,
        ts_headline('english', coalesce(nullif(concat_ws(' … ', nullif(hit.summary, ''), nullif(hit.details, '')), ''), hit.title),
          hit.query, 'StartSel=**, StopSel=**, MaxWords=20, MinWords=6, MaxFragments=1') as snippet
      from (
        select s.roadmap_id, s.item_id, s.title, s.summary, s.details, q.query,
          ts_rank_cd(s.document, q.query) as rank
        from search_items s, websearch_to_tsquery('english', ${websearchText(terms)}) as q(query)
        where s.workspace_id = ${workspaceId} and s.document @@ q.query
        order by rank desc, s.roadmap_id, s.item_id
        limit ${limit}
      ) hit
      order by hit.rank desc, hit.roadmap_id, hit.item_id`.execute(db);
    return rows.map(({ snippet, ...hit }): SearchHit => ({ ...hit, ...(snippet ? { snippet } : {}) }));
  },
};
