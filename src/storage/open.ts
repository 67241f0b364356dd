import type { DialectAdapter } from './dialect.ts';
import { SqlStore } from './store.ts';
import type { Store, StoreOptions } from './types.ts';

/**
 * Opens PostgreSQL when `url` is set, else the SQLite file at `sqlitePath`. Only the chosen
 * driver is loaded. Call `migrate()` before first use.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { url, sqlitePath, postgresSchema, poolSize, checkpointEvery = 32, now = () => new Date() } = options;
  if (!Number.isInteger(checkpointEvery) || checkpointEvery < 1) {
    throw new Error(`checkpointEvery must be a positive integer, not ${checkpointEvery}`);
  }
  let adapter: DialectAdapter;
  if (url !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new Error(`unsupported database url "${url}": expected postgres://…`);
    const { createPostgresAdapter } = await import('./dialects/postgres/index.ts');
    adapter = createPostgresAdapter({
      url,
      ...(postgresSchema === undefined ? {} : { schema: postgresSchema }),
      ...(poolSize === undefined ? {} : { poolSize }),
    });
  } else if (sqlitePath !== undefined) {
    const { createSqliteAdapter } = await import('./dialects/sqlite/index.ts');
    adapter = createSqliteAdapter(sqlitePath);
  } else {
    throw new Error('openStore needs a PostgreSQL url or a SQLite file path');
  }
  const listen =
    url === undefined ? {} : { listen: { url, ...(postgresSchema ? { schema: postgresSchema } : {}) } };
  return new SqlStore(adapter, { checkpointEvery, now, ...listen });
}
