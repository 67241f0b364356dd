// FTS5 over an external-content table: the plain table is keyed by (workspace, roadmap, item) so
// one item's row can be replaced without scanning the index, and triggers keep FTS5 in step.
import { type Generated, type Kysely, type Migration, sql } from 'kysely';
import type { SearchIndex } from '../../dialect.ts';
import { type SearchRowsTable, searchRows } from '../../search-rows.ts';
import type { Database } from '../../tables.ts';
import type { SearchHit } from '../../types.ts';

interface SearchDocsTable extends SearchRowsTable {
  doc_id: Generated<number>;
}
type WithDocs = Kysely<Database & { search_docs: SearchDocsTable }>;
const docs = (db: Kysely<Database>) => db as unknown as WithDocs;

const CHUNK = 200;
const rows = searchRows('search_docs', CHUNK);

export const sqliteSearchMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const statements = [
      sql`create table search_docs (
        doc_id integer primary key,
        workspace_id text not null,
        roadmap_id text not null,
        item_id text not null,
        title text not null,
        summary text not null,
        details text not null,
        unique (workspace_id, roadmap_id, item_id),
        foreign key (workspace_id, roadmap_id) references roadmaps (workspace_id, id)
      )`,
      sql`create virtual table search_fts using fts5(
        title, summary, details,
        content = 'search_docs', content_rowid = 'doc_id',
        tokenize = 'porter unicode61 remove_diacritics 2'
      )`,
      sql`create trigger search_docs_ai after insert on search_docs begin
        insert into search_fts (rowid, title, summary, details)
        values (new.doc_id, new.title, new.summary, new.details);
      end`,
      sql`create trigger search_docs_ad after delete on search_docs begin
        insert into search_fts (search_fts, rowid, title, summary, details)
        values ('delete', old.doc_id, old.title, old.summary, old.details);
      end`,
      sql`create trigger search_docs_au after update on search_docs begin
        insert into search_fts (search_fts, rowid, title, summary, details)
        values ('delete', old.doc_id, old.title, old.summary, old.details);
        insert into search_fts (rowid, title, summary, details)
        values (new.doc_id, new.title, new.summary, new.details);
      end`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};

// Every term is a quoted FTS5 string, so words like AND, NEAR or a leading "-" are plain text.
function matchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' ');
}

export const sqliteSearch: SearchIndex = {
  upsert: rows.upsert,

  async remove(db, workspaceId, roadmapId, itemIds) {
    for (let start = 0; start < itemIds.length; start += CHUNK) {
      await docs(db)
        .deleteFrom('search_docs')
        .where('workspace_id', '=', workspaceId)
        .where('roadmap_id', '=', roadmapId)
        .where('item_id', 'in', itemIds.slice(start, start + CHUNK))
        .execute();
    }
  },

  removeRoadmap: rows.removeRoadmap,

  async query(db, workspaceId, terms, limit) {
    // bm25 weights: a title match counts most, then the summary, then fields and tags.
    const { rows } = await sql<{
      roadmapId: string;
      itemId: string;
      title: string;
      snippet: string;
      score: number;
    }>`
      select d.roadmap_id as "roadmapId", d.item_id as "itemId", d.title as title,
        snippet(search_fts, -1, '**', '**', '…', 16) as snippet,
        bm25(search_fts, 10.0, 4.0, 1.0) as score
      from search_fts join search_docs d on d.doc_id = search_fts.rowid
      where search_fts match ${matchExpression(terms)} and d.workspace_id = ${workspaceId}
      order by score, d.roadmap_id, d.item_id
      limit ${limit}`.execute(db);
    return rows.map(
      ({ score, snippet, ...hit }): SearchHit => ({ ...hit, ...(snippet ? { snippet } : {}), rank: -score }),
    );
  },
};
