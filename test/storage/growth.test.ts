import { beforeEach, describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/domain/interchange/schema.ts';
import type { RevisionInfo } from '../../src/storage/index.ts';
import { storeFactories, type TestStore } from '../support/dialects.ts';
import { bigRoadmap, by, edited, firstItem, WS } from './fixtures.ts';

describe.each(storeFactories())('revision storage on $dialect', (factory) => {
  let db: TestStore;
  beforeEach(async () => {
    db = await factory.open();
    await db.store.ensureWorkspace(WS);
    return () => db.dispose();
  });

  it('stores a one-field edit of a 500-item roadmap as one small entity', async () => {
    const big = bigRoadmap();
    const imported = await db.store.createRoadmap({
      workspaceId: WS,
      roadmap: big,
      actor: 'a',
      kind: 'import',
    });
    expect(imported.entitiesWritten).toBe(1 + 10 + 500);
    const next = edited(big, (r) => {
      firstItem(r, 4, 17).status = 'done';
    });
    const edit = await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: next,
      baseRevisionId: imported.id,
      ...by,
    });
    expect(edit.entitiesWritten).toBe(1);
    expect(edit.bytesWritten).toBeLessThan(imported.bytesWritten / 200);
    const stats = await db.store.revisionStats(WS, 'big');
    expect(stats[0]?.checkpointBytes).toBeGreaterThan(imported.bytesWritten);
    expect(stats[1]).toMatchObject({ entitiesWritten: 1, checkpointBytes: 0 });
    expect((await db.store.readRoadmap(WS, 'big')).roadmap).toStrictEqual(next);
  });

  it('replays fewer than checkpointEvery revisions to read any revision', async () => {
    // Large enough that 31 one-item edits stay below its size: only the revision count decides.
    let roadmap = bigRoadmap(4, 25);
    let head = await db.store.createRoadmap({ workspaceId: WS, roadmap, actor: 'a', kind: 'import' });
    const expected: [RevisionInfo, Roadmap][] = [[head, roadmap]];
    for (let n = 1; n <= 70; n++) {
      roadmap = edited(roadmap, (r) => {
        firstItem(r, n % 4, n % 25).title = `Edit ${n}`;
      });
      head = await db.store.writeRoadmap({ workspaceId: WS, roadmap, baseRevisionId: head.id, ...by });
      expected.push([head, roadmap]);
    }
    const costs = [];
    for (const [revision, content] of expected) {
      const read = await db.store.readRoadmap(WS, 'big', { revisionId: revision.id });
      expect(read.roadmap).toStrictEqual(content);
      costs.push(read.cost);
    }
    expect(Math.max(...costs.map((c) => c.deltasApplied))).toBe(31);
    expect(costs.every((c) => c.entityRowsRead <= c.deltasApplied)).toBe(true);
    expect(costs.map((c) => c.checkpointSeq).filter((seq, i, all) => all.indexOf(seq) === i)).toEqual([
      1, 33, 65,
    ]);
  });

  it('checkpoints early when the deltas add up to the roadmap', async () => {
    // Each rewrite is more than half the roadmap's size: every second one completes a roadmap's worth.
    let roadmap: Roadmap = bigRoadmap(1, 5);
    let head = await db.store.createRoadmap({ workspaceId: WS, roadmap, actor: 'a', kind: 'import' });
    for (let n = 1; n <= 4; n++) {
      roadmap = edited(roadmap, (r) => {
        for (const item of r.sections?.[0]?.items ?? []) item.summary = `Rewritten ${n} ${'x'.repeat(200)}`;
      });
      head = await db.store.writeRoadmap({ workspaceId: WS, roadmap, baseRevisionId: head.id, ...by });
    }
    const stats = await db.store.revisionStats(WS, 'big');
    expect(stats.map((s) => s.checkpointBytes > 0)).toEqual([true, false, true, false, true]);
    expect((await db.store.readRoadmap(WS, 'big')).cost.deltasApplied).toBe(0);
  });

  it('leaves nothing behind when a write fails half-way', async () => {
    const tables = [
      'roadmaps',
      'revisions',
      'entity_versions',
      'checkpoints',
      factory.dialect === 'sqlite' ? 'search_docs' : 'search_items',
    ];
    const counts = async () => Promise.all(tables.map((table) => db.countRows(table)));
    const small = bigRoadmap(2, 3);
    const first = await db.store.createRoadmap({
      workspaceId: WS,
      roadmap: small,
      actor: 'a',
      kind: 'import',
    });
    const before = await counts();
    // A 300-character id skipped validation; the entity insert is refused after the roadmap row,
    // the revision row and the search rows of this write were already written.
    const broken = edited(small, (r) => {
      firstItem(r, 0, 0).title = 'Renamed zanzibar';
      r.sections?.[1]?.items?.push({ id: 'z'.repeat(300), title: 'Too long zanzibar' });
    });
    await expect(
      db.store.writeRoadmap({ workspaceId: WS, roadmap: broken, baseRevisionId: first.id, ...by }),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await db.store.search(WS, 'zanzibar')).toEqual([]);
    const read = await db.store.readRoadmap(WS, 'big');
    expect(read.roadmap).toStrictEqual(small);
    expect(read.revision.id).toBe(first.id);

    const empty = await counts();
    await db.store.deleteRoadmap(WS, 'big');
    await expect(
      db.store.createRoadmap({
        workspaceId: WS,
        roadmap: { ...broken, id: 'other' },
        actor: 'a',
        kind: 'import',
      }),
    ).rejects.toThrow();
    expect(await counts()).toEqual([0, 0, 0, 0, 0]);
    expect(empty[0]).toBe(1);
  });
});
