import { mkdirSync } from 'node:fs';
import type { Config } from '../config/config.ts';
import { openStore, type Store } from '../storage/index.ts';

/** Opens the configured database and brings its schema up to date. */
export async function openConfiguredStore(config: Config): Promise<Store> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const store = await openStore(
    config.databaseUrl ? { url: config.databaseUrl } : { sqlitePath: config.sqlitePath },
  );
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
