// Several stores on ONE PostgreSQL schema, as several server processes would open it: what the
// cross-process tests (LISTEN/NOTIFY, SKIP LOCKED) need and test/support/dialects.ts does not give.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store, type StoreOptions } from '../../src/storage/index.ts';
import { POSTGRES_URL } from '../support/dialects.ts';

export interface SharedSchema {
  schema: string;
  /** A new store (own pool, own listener) on the schema, migrated. */
  open(options?: Pick<StoreOptions, 'now' | 'poolSize'>): Promise<Store>;
  dispose(): Promise<void>;
}

export async function sharedPostgresSchema(): Promise<SharedSchema> {
  const schema = `waymark_test_${randomBytes(6).toString('hex')}`;
  const stores: Store[] = [];
  return {
    schema,
    async open(options = {}) {
      const store = await openStore({ url: POSTGRES_URL, postgresSchema: schema, ...options });
      stores.push(store);
      await store.migrate();
      return store;
    },
    async dispose() {
      await Promise.all(stores.map((store) => store.close()));
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Resolves when `check` holds, polling after each wake-up; rejects after `limit` tries. */
export async function eventually(check: () => Promise<boolean> | boolean, limit = 200): Promise<void> {
  for (let attempt = 0; attempt < limit; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('condition not reached');
}
