import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage/index.ts';
import { storeFactories } from '../support/dialects.ts';

describe('openStore', () => {
  it('refuses options it cannot use', async () => {
    await expect(openStore({})).rejects.toThrow(/url or a SQLite file path/);
    await expect(openStore({ url: 'mysql://x' })).rejects.toThrow(/expected postgres/);
    await expect(openStore({ url: 'postgres://x', postgresSchema: 'Robert"; drop' })).rejects.toThrow(
      /identifier/,
    );
    await expect(openStore({ sqlitePath: ':memory:', checkpointEvery: 0 })).rejects.toThrow(
      /positive integer/,
    );
  });

  it('creates the SQLite file in WAL mode and migrates it twice without harm', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-open-'));
    try {
      const store = await openStore({ sqlitePath: join(dir, 'w.db') });
      await store.migrate();
      await store.migrate();
      expect(store.dialect).toBe('sqlite');
      await store.ensureWorkspace('a');
      await store.close();
      const again = await openStore({ sqlitePath: join(dir, 'w.db') });
      await again.migrate();
      expect((await again.listWorkspaces()).map((w) => w.id)).toEqual(['a']);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(storeFactories())('migrations on $dialect', (factory) => {
  it('are idempotent', async () => {
    const db = await factory.open();
    try {
      const applied = await db.countRows('kysely_migration');
      await db.store.migrate();
      expect(db.store.dialect).toBe(factory.dialect);
      expect(await db.countRows('kysely_migration')).toBe(applied);
      expect(await db.store.pendingMigrations()).toEqual([]);
    } finally {
      await db.dispose();
    }
  });
});
