// The seam between dialect-agnostic repositories and the two dialect folders: everything that
// needs different SQL (transactions and locking, full-text search) is behind this interface.
import type { Kysely, Migration, SelectQueryBuilder } from 'kysely';
import type { Database } from './tables.ts';
import type { DialectName, SearchHit } from './types.ts';

/** One item as the search index sees it. */
export interface SearchDoc {
  itemId: string;
  title: string;
  summary: string;
  /** Fields, tags, labels, leads and tracker refs as plain text. */
  details: string;
}

export interface SearchIndex {
  upsert(
    db: Kysely<Database>,
    workspaceId: string,
    roadmapId: string,
    docs: readonly SearchDoc[],
  ): Promise<void>;
  remove(
    db: Kysely<Database>,
    workspaceId: string,
    roadmapId: string,
    itemIds: readonly string[],
  ): Promise<void>;
  removeRoadmap(db: Kysely<Database>, workspaceId: string, roadmapId: string): Promise<void>;
  /** terms: words only (see searchTerms), never empty; all must match. */
  query(
    db: Kysely<Database>,
    workspaceId: string,
    terms: readonly string[],
    limit: number,
  ): Promise<SearchHit[]>;
}

export interface DialectAdapter {
  readonly name: DialectName;
  readonly db: Kysely<Database>;
  /** Creates the dialect's search tables; run as one of the migrations. */
  readonly searchMigration: Migration;
  readonly search: SearchIndex;
  /** Runs before migrations (e.g. creates the PostgreSQL schema). */
  prepare(): Promise<void>;
  /**
   * Runs `work` while no other process runs it on the same database: server processes started
   * together on a fresh PostgreSQL would otherwise race to create the same schema and tables.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  /**
   * The schema that holds Kysely's migration tables, where the dialect has schemas. Kysely looks
   * for its tables in every schema unless told one, so a second Waymark (or a test) in another
   * schema of the same database would make it skip creating its own.
   */
  migrationSchema(): Promise<string | undefined>;
  /** A transaction that will write: serialised against other writers of the same roadmap. */
  writeTransaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** A transaction that sees one consistent snapshot across its statements. */
  readTransaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Adds a row lock where the dialect has one; SQLite's write transaction already excludes writers. */
  lockForWrite<DB, TB extends keyof DB, O>(
    query: SelectQueryBuilder<DB, TB, O>,
  ): SelectQueryBuilder<DB, TB, O>;
  destroy(): Promise<void>;
}
