// Opens a fresh, migrated store per dialect so one suite runs against real SQLite and real
// PostgreSQL. DIALECTS (default "sqlite,postgres") picks the dialects; on PostgreSQL every store
// gets its own schema, created here and dropped on dispose, so parallel test files never meet.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import type { DialectName, Store, StoreOptions } from '../../src/storage/index.ts';
import { openStore } from '../../src/storage/index.ts';

export const POSTGRES_URL =
  process.env.WAYMARK_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type TestStoreOptions = Pick<StoreOptions, 'checkpointEvery' | 'now' | 'poolSize'>;

export interface TestStore {
  store: Store;
  /** Rows in one of the store's tables, read over a separate connection: for atomicity checks. */
  countRows(table: string): Promise<number>;
  dispose(): Promise<void>;
}

export interface StoreFactory {
  dialect: DialectName;
  open(options?: TestStoreOptions): Promise<TestStore>;
}

export function testDialects(): DialectName[] {
  const names = (process.env.DIALECTS ?? 'sqlite,postgres')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  for (const name of names) {
    if (name !== 'sqlite' && name !== 'postgres') {
      throw new Error(`DIALECTS names an unknown dialect "${name}": use sqlite, postgres or both`);
    }
  }
  return names as DialectName[];
}

/** For describe.each: `describe.each(storeFactories())('… on $dialect', ({ open }) => …)`. */
export function storeFactories(): StoreFactory[] {
  return testDialects().map((dialect) => ({ dialect, open: (options) => openTestStore(dialect, options) }));
}

/** A fresh store for every test of the enclosing describe block; read `.store` inside tests. */
export function useFreshStore(factory: StoreFactory, options?: TestStoreOptions): { readonly store: Store } {
  let current: TestStore | undefined;
  beforeEach(async () => {
    current = await factory.open(options);
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  return {
    get store(): Store {
      if (!current) throw new Error('the store is only open inside a test');
      return current.store;
    },
  };
}

export async function openTestStore(
  dialect: DialectName,
  options: TestStoreOptions = {},
): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-store-'));
    const path = join(dir, 'waymark.db');
    const store = await openStore({ sqlitePath: path, ...options });
    await store.migrate();
    return {
      store,
      async countRows(table) {
        const database = new BetterSqlite3(path, { readonly: true });
        try {
          const row = database.prepare(`select count(*) as n from ${tableName(table)}`).get() as {
            n: number;
          };
          return row.n;
        } finally {
          database.close();
        }
      },
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  await assertPostgresReachable();
  const schema = `waymark_test_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ url: POSTGRES_URL, postgresSchema: schema, ...options });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    await dropSchema(schema);
    throw error;
  }
  return {
    store,
    async countRows(table) {
      const result = await withClient((client) =>
        client.query<{ n: number }>(`select count(*)::int as n from "${schema}".${tableName(table)}`),
      );
      return result.rows[0]?.n ?? 0;
    },
    async dispose() {
      await store.close();
      await dropSchema(schema);
    },
  };
}

function tableName(table: string): string {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: "${table}"`);
  return table;
}

let reachable: Promise<void> | undefined;

function assertPostgresReachable(): Promise<void> {
  reachable ??= withClient(async () => {}).catch((error: unknown) => {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_URL} (${(error as Error).message}). ` +
        'Start it (trust auth, database "test"), point WAYMARK_TEST_POSTGRES_URL at one, ' +
        'or run only SQLite with DIALECTS=sqlite.',
    );
  });
  return reachable;
}

export async function dropSchema(schema: string): Promise<void> {
  await withClient((client) => client.query(`drop schema if exists "${schema}" cascade`));
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
