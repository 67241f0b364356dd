// SQLite through better-sqlite3: one file, WAL so readers never wait for the writer, and
// BEGIN IMMEDIATE for writes so two processes on one file queue instead of failing mid-way.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { DialectAdapter } from '../../dialect.ts';
import type { Database } from '../../tables.ts';
import { sqliteSearch, sqliteSearchMigration } from './search.ts';

export function createSqliteAdapter(path: string): DialectAdapter {
  const database = new BetterSqlite3(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });

  return {
    name: 'sqlite',
    db,
    searchMigration: sqliteSearchMigration,
    search: sqliteSearch,
    prepare: async () => {},
    // Kysely's migrator takes SQLite's file lock for the migration itself.
    exclusively: (work) => work(),
    // Kysely begins SQLite transactions as DEFERRED, which can fail with SQLITE_BUSY when a read
    // lock must be upgraded; the one connection is held for the whole transaction instead.
    writeTransaction: (work) =>
      db.connection().execute(async (connection) => {
        await sql`begin immediate`.execute(connection);
        try {
          const result = await work(connection);
          await sql`commit`.execute(connection);
          return result;
        } catch (error) {
          if (database.inTransaction) await sql`rollback`.execute(connection);
          throw error;
        }
      }),
    readTransaction: (work) => db.transaction().execute(work),
    lockForWrite: (query) => query,
    migrationSchema: async () => undefined,
    destroy: () => db.destroy(),
  };
}
