// 16 clients edit the same items at once over real HTTP, each read-modify-write based on the ETag
// it read and retried after a 412 by reading again. No acknowledged change may be lost, and the
// revision log must hold exactly one revision per acknowledged write.
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../domain/roadmap/sample.ts';
import { storeFactories } from '../support/dialects.ts';
import { AUTH, openApp } from './support.ts';

const CLIENTS = 16;
const WRITES_PER_CLIENT = 2;
const ITEMS = ['t4101', 'connector-sdk', 'legacy-ftp-import'];
const RID = 'lanternfish-2026h1';

interface Read {
  etag: string;
  fields: Record<string, string>;
}

describe.each(storeFactories())('16 concurrent writers on $dialect', (factory) => {
  it('lose no acknowledged change and leave one revision per acknowledged write', async () => {
    // Retries multiply the requests; the rate limit is not what this test is about.
    const opened = await openApp(factory, { limits: { rateLimitMax: 1_000_000 } });
    try {
      await opened.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = opened.app.server.address() as AddressInfo;
      const url = (path: string) => `http://127.0.0.1:${port}/api/v1/roadmaps/${RID}${path}`;
      const created = await fetch(`http://127.0.0.1:${port}/api/v1/roadmaps`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ document: sampleDocument() }),
      });
      expect(created.status).toBe(201);

      const read = async (itemId: string): Promise<Read> => {
        const response = await fetch(url(`/items/${itemId}`));
        expect(response.status).toBe(200);
        const body = (await response.json()) as { item: { fields?: Record<string, string> } };
        return { etag: response.headers.get('etag') ?? '', fields: body.item.fields ?? {} };
      };
      const write = (itemId: string, seen: Read, key: string) =>
        fetch(url(`/items/${itemId}`), {
          method: 'PATCH',
          headers: { ...AUTH, 'content-type': 'application/json', 'if-match': seen.etag },
          body: JSON.stringify({ set: { fields: { ...seen.fields, [key]: 'done' } }, message: key }),
        });

      // Every client reads before any writes, so all first attempts share one base: exactly one
      // of them can win, whatever the timing.
      const firstReads = await Promise.all(
        Array.from({ length: CLIENTS }, (_, c) => read(ITEMS[c % ITEMS.length] as string)),
      );
      const firstOutcomes: number[] = [];
      const acknowledged: { itemId: string; key: string; revision: string }[] = [];
      let refused = 0;

      const client = async (c: number) => {
        for (let k = 0; k < WRITES_PER_CLIENT; k++) {
          const itemId = ITEMS[(c + k) % ITEMS.length] as string;
          const key = `client-${c}-write-${k}`;
          let seen = k === 0 ? (firstReads[c] as Read) : await read(itemId);
          for (;;) {
            const response = await write(itemId, seen, key);
            if (k === 0 && firstOutcomes.length < CLIENTS && seen === firstReads[c])
              firstOutcomes.push(response.status);
            if (response.status === 200) {
              const body = (await response.json()) as { revision: { id: string }; created: boolean };
              expect(body.created).toBe(true);
              expect(response.headers.get('etag')).toBe(`"${body.revision.id}"`);
              acknowledged.push({ itemId, key, revision: body.revision.id });
              break;
            }
            const error = (await response.json()) as { error: { code: string; currentRevision?: string } };
            expect(response.status, JSON.stringify(error)).toBe(412);
            expect(error.error.code).toBe('stale_revision');
            refused++;
            seen = await read(itemId);
          }
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

      expect(firstOutcomes.filter((status) => status === 200)).toHaveLength(1);
      expect(firstOutcomes.filter((status) => status === 412)).toHaveLength(CLIENTS - 1);
      expect(refused).toBeGreaterThanOrEqual(CLIENTS - 1);
      expect(acknowledged).toHaveLength(CLIENTS * WRITES_PER_CLIENT);

      // Every acknowledged change is in the final state, next to the fields the item had before.
      for (const itemId of ITEMS) {
        const { fields } = await read(itemId);
        const expected = acknowledged.filter((ack) => ack.itemId === itemId).map((ack) => ack.key);
        for (const key of expected) expect(fields[key], `${itemId} lost ${key}`).toBe('done');
        const original = Object.keys(
          (sampleDocument().roadmap.sections?.[0]?.items ?? []).find((item) => item.id === itemId)?.fields ??
            {},
        );
        expect(Object.keys(fields).sort()).toEqual([...original, ...expected].sort());
      }

      // One revision per acknowledged write, numbered without gaps after the import.
      const revisions = (await opened.store.listRevisions('default', RID, { limit: 1000 })).reverse();
      expect(revisions.map((r) => r.seq)).toEqual(
        Array.from({ length: acknowledged.length + 1 }, (_, i) => i + 1),
      );
      expect(
        revisions
          .slice(1)
          .map((r) => r.id)
          .sort(),
      ).toEqual(acknowledged.map((ack) => ack.revision).sort());
      expect(
        revisions
          .slice(1)
          .map((r) => r.message)
          .sort(),
      ).toEqual(acknowledged.map((ack) => ack.key).sort());
      for (let i = 1; i < revisions.length; i++) expect(revisions[i]?.parentId).toBe(revisions[i - 1]?.id);
    } finally {
      await opened.dispose();
    }
  }, 120_000);
});
