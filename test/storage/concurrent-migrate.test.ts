// Server processes started together on a fresh database all migrate it at once; none may fail.
import pg from 'pg';
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

  it('migrates while other schemas of the database are being dropped', async () => {
    const others = Array.from(
      { length: 12 },
      (_, i) => `wm_gone_${process.pid}_${i}_${Date.now().toString(36)}`,
    );
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      for (const other of others) {
        await client.query(`create schema "${other}"`);
        await client.query(`create table "${other}".t (id serial primary key, note text)`);
      }
      const fresh = Array.from(
        { length: 4 },
        (_, i) => `wm_fresh_${process.pid}_${i}_${Date.now().toString(36)}`,
      );
      const stores = await Promise.all(
        fresh.map((schema) => openStore({ url: POSTGRES_URL, postgresSchema: schema })),
      );
      try {
        const dropping = (async () => {
          for (const other of others) await client.query(`drop schema "${other}" cascade`);
        })();
        const results = await Promise.allSettled(stores.map((store) => store.migrate()));
        await dropping;
        expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
        for (const schema of fresh) await dropSchema(schema);
      }
    } finally {
      for (const other of others) await client.query(`drop schema if exists "${other}" cascade`);
      await client.end();
    }
  });
});
