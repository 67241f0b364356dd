import { beforeEach, describe, expect, it } from 'vitest';
import { AlreadyExistsError, StaleRevisionError } from '../../src/domain/errors.ts';
import type { Roadmap } from '../../src/domain/interchange/schema.ts';
import type { Store, WriteResult } from '../../src/storage/index.ts';
import { storeFactories, type TestStore } from '../support/dialects.ts';
import { by, small, WS } from './fixtures.ts';

const WRITERS = 16;

const withItem = (roadmap: Roadmap, writer: number): Roadmap => ({
  ...roadmap,
  items: [...(roadmap.items ?? []), { id: `writer-${writer}`, title: `Change by writer ${writer}` }],
});

/** Reads the head, adds its own item and writes; on a stale base it starts over from the new head. */
async function writeUntilAccepted(
  store: Store,
  writer: number,
): Promise<{ result: WriteResult; attempts: number }> {
  for (let attempts = 1; ; attempts++) {
    const { roadmap, revision } = await store.readRoadmap(WS, 'platform');
    try {
      const result = await store.writeRoadmap({
        workspaceId: WS,
        roadmap: withItem(roadmap, writer),
        baseRevisionId: revision.id,
        ...by,
        actor: `writer-${writer}`,
      });
      return { result, attempts };
    } catch (error) {
      if (!(error instanceof StaleRevisionError)) throw error;
    }
  }
}

describe.each(storeFactories())('concurrent writers on $dialect', (factory) => {
  let db: TestStore;
  let baseId: string;
  beforeEach(async () => {
    db = await factory.open({ poolSize: 8 });
    await db.store.ensureWorkspace(WS);
    baseId = (await db.store.createRoadmap({ workspaceId: WS, roadmap: small, actor: 'a', kind: 'import' }))
      .id;
    return () => db.dispose();
  });

  it('lets exactly one of several writers on the same head win', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: WRITERS }, (_, writer) =>
        db.store.writeRoadmap({
          workspaceId: WS,
          roadmap: withItem(small, writer),
          baseRevisionId: baseId,
          ...by,
        }),
      ),
    );
    const won = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(WRITERS - 1);
    for (const error of lost) {
      expect(error).toBeInstanceOf(StaleRevisionError);
      expect(error).toMatchObject({ baseRevisionId: baseId, currentRevisionId: won[0]?.id });
    }
    expect((await db.store.listRevisions(WS, 'platform')).map((r) => r.seq)).toEqual([2, 1]);
  });

  it('lets exactly one of several creators of the same roadmap win', async () => {
    const roadmap = { ...small, id: 'fresh' };
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        db.store.createRoadmap({ workspaceId: WS, roadmap, actor: 'a', kind: 'import' }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(AlreadyExistsError);
    }
    expect(await db.store.listRevisions(WS, 'fresh')).toHaveLength(1);
  });

  it('keeps every acknowledged change when writers retry on stale bases', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) => writeUntilAccepted(db.store, writer)),
    );
    const history = await db.store.listRevisions(WS, 'platform', { limit: 100 });
    expect(history.map((r) => r.seq).reverse()).toEqual(Array.from({ length: WRITERS + 1 }, (_, i) => i + 1));
    for (const [index, revision] of history.slice(0, -1).entries()) {
      expect(revision.parentId).toBe(history[index + 1]?.id);
    }
    expect(new Set(outcomes.map((o) => o.result.id))).toEqual(new Set(history.slice(0, -1).map((r) => r.id)));
    const { roadmap } = await db.store.readRoadmap(WS, 'platform');
    const ids = new Set((roadmap.items ?? []).map((item) => item.id));
    for (let writer = 0; writer < WRITERS; writer++) expect(ids.has(`writer-${writer}`)).toBe(true);
    expect(outcomes.some((o) => o.attempts > 1)).toBe(true);
  });
});
