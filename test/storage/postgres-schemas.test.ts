// Two Waymark databases in two schemas of one PostgreSQL database must not see each other's
// migration tables (Kysely looks in every schema unless told which one).
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openTestStore, POSTGRES_URL, testDialects } from '../support/dialects.ts';

describe.runIf(testDialects().includes('postgres'))('PostgreSQL schemas', () => {
  it('migrates a second schema while the first one exists, each with its own migration tables', async () => {
    const first = await openTestStore('postgres');
    const second = await openTestStore('postgres');
    try {
      await second.store.ensureWorkspace('w');
      expect((await second.store.listWorkspaces()).map((w) => w.id)).toEqual(['w']);
      expect(await first.store.listWorkspaces()).toEqual([]);
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        const { rows } = await client.query(
          "select count(distinct table_schema)::int as n from information_schema.tables where table_name = 'kysely_migration_lock' and table_schema like 'waymark_test_%'",
        );
        expect(rows[0].n).toBeGreaterThanOrEqual(2);
      } finally {
        await client.end();
      }
    } finally {
      await second.dispose();
      await first.dispose();
    }
  });
});
