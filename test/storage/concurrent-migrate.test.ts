// Server processes started together on a fresh database all migrate it at once; none may fail.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage/index.ts';
import { dropSchema, POSTGRES_URL, storeFactories } from '../support/dialects.ts';

const postgres = storeFactories().some((factory) => factory.dialect === 'postgres');

describe.runIf(postgres)('concurrent first start on PostgreSQL', () => {
  it('lets eight stores migrate one fresh schema at the same time', async () => {
    const schema = `wm_race_${process.pid}_${Date.now().toString(36)}`;
    const stores = await Promise.all(
      Array.from({ length: 8 }, () => openStore({ url: POSTGRES_URL, postgresSchema: schema })),
    );
    try {
      const results = await Promise.allSettled(stores.map((store) => store.migrate()));
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      await stores[0]?.ensureWorkspace('race');
      expect((await stores[3]?.listWorkspaces())?.map((w) => w.id)).toContain('race');
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await dropSchema(schema);
    }
  });
});
