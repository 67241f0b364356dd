// Migrations live in code, not in a folder read at run time, so a bundled or installed build
// carries them. Names sort in the order they apply; never rename or edit an applied one.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DialectAdapter } from '../dialect.ts';
import { coreMigration } from './0001-core.ts';
import { visibilityMigration } from './0003-visibility.ts';
import { eventsMigration } from './0004-events.ts';
import { deletionsMigration } from './0005-deletions.ts';

export function migrations(adapter: DialectAdapter): Record<string, Migration> {
  return {
    '0001_core': coreMigration,
    '0002_search': adapter.searchMigration,
    '0003_visibility': visibilityMigration,
    '0004_events': eventsMigration(adapter.name),
    '0005_deletions': deletionsMigration,
  };
}

async function migratorFor(adapter: DialectAdapter): Promise<Migrator> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(adapter) };
  const migrationTableSchema = await adapter.migrationSchema();
  return new Migrator({
    db: adapter.db as Kysely<unknown>,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
}

/** Names of the migrations this code knows that the database has not applied yet. */
export async function pendingMigrations(adapter: DialectAdapter): Promise<string[]> {
  const known = await (await migratorFor(adapter)).getMigrations();
  return known.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}

// Kysely's migrator lists the tables of every schema to find its own, and PostgreSQL fails that
// listing when another schema is dropped while it runs (SQLSTATE 3F000, "schema … does not
// exist"): other tenants' or tests' schemas come and go. Nothing was applied, so trying again is safe.
const VANISHED_SCHEMA = '3F000';
const ATTEMPTS = 10;

function vanishedSchema(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === VANISHED_SCHEMA;
}

export async function migrateToLatest(adapter: DialectAdapter): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(adapter) };
  const migrationTableSchema = await adapter.migrationSchema();
  const migrator = new Migrator({
    db: adapter.db as Kysely<unknown>,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return;
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    if (!failed && vanishedSchema(error) && attempt < ATTEMPTS) continue;
    throw new Error(
      `database migration ${failed ?? ''} failed: ${(error as Error).message ?? String(error)}`,
      {
        cause: error,
      },
    );
  }
}
