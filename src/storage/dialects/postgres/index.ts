// PostgreSQL through pg: several server processes share it, so writers of one roadmap are
// serialised by a row lock on the roadmap (SELECT … FOR UPDATE) inside READ COMMITTED.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DialectAdapter } from '../../dialect.ts';
import type { Database } from '../../tables.ts';
import { postgresSearch, postgresSearchMigration } from './search.ts';

export interface PostgresAdapterOptions {
  url: string;
  schema?: string;
  poolSize?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function createPostgresAdapter({
  url,
  schema,
  poolSize = 10,
}: PostgresAdapterOptions): DialectAdapter {
  if (schema !== undefined && !IDENTIFIER.test(schema)) {
    throw new Error(`postgresSchema "${schema}" must be a lower-case identifier (a-z, 0-9, _)`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });

  return {
    name: 'postgres',
    db,
    searchMigration: postgresSearchMigration,
    search: postgresSearch,
    async prepare() {
      if (schema !== undefined) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    },
    async exclusively(work) {
      // A session-level advisory lock held on a connection of its own (not the pool's, which may
      // have one connection) while the pool does the work; a second process waits on the lock,
      // then finds nothing left to do.
      const key = `waymark.migrate:${schema ?? ''}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('select pg_advisory_lock(hashtext($1))', [key]);
        return await work();
      } finally {
        await client.end().catch(() => {});
      }
    },
    async migrationSchema() {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
      return schema ?? rows[0]?.schema;
    },
    writeTransaction: (work) => db.transaction().execute(work),
    // Repeatable read gives every statement of the read the same snapshot.
    readTransaction: (work) =>
      db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work),
    lockForWrite: (query) => query.forUpdate(),
    destroy: () => db.destroy(),
  };
}
