// Migrations live in code, not in a folder read at run time, so a bundled or installed build
// carries them. Names sort in the order they apply; never rename or edit an applied one.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DialectAdapter } from '../dialect.ts';
import { coreMigration } from './0001-core.ts';

export function migrations(adapter: DialectAdapter): Record<string, Migration> {
  return {
    '0001_core': coreMigration,
    '0002_search': adapter.searchMigration,
  };
}

export async function migrateToLatest(adapter: DialectAdapter): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(adapter) };
  const migrationTableSchema = await adapter.migrationSchema();
  const migrator = new Migrator({
    db: adapter.db as Kysely<unknown>,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(
      `database migration ${failed ?? ''} failed: ${(error as Error).message ?? String(error)}`,
      {
        cause: error,
      },
    );
  }
}
