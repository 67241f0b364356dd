// The listing mirrors page through: by id, or changed since a time in (updatedAt, id) order with a
// keyset cursor; visibility and its effect on updatedAt; the delete compare-and-set.
import { describe, expect, it } from 'vitest';
import { StaleRevisionError } from '../../src/domain/errors.ts';
import type { Roadmap } from '../../src/domain/interchange/index.ts';
import type { RoadmapSummary, Store } from '../../src/storage/index.ts';
import { storeFactories, useFreshStore } from '../support/dialects.ts';

const roadmap = (id: string, title = id): Roadmap => ({ id, title });

// A clock that moves only when told, so "changed since" boundaries are exact.
function manualClock(start = Date.parse('2025-01-01T00:00:00.000Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

async function pages(store: Store, options: { updatedSince?: string; limit: number }): Promise<string[]> {
  const ids: string[] = [];
  let after: { id: string; updatedAt?: string } | undefined;
  for (;;) {
    const page: RoadmapSummary[] = await store.listRoadmaps('w', { ...options, ...(after ? { after } : {}) });
    ids.push(...page.map((row) => row.id));
    const last = page.at(-1);
    if (page.length < options.limit || !last) return ids;
    after = { id: last.id, updatedAt: last.updatedAt };
  }
}

describe.each(storeFactories())('roadmap listing on $dialect', (factory) => {
  const clock = manualClock();
  const ctx = useFreshStore(factory, { now: clock.now });

  async function create(id: string, visibility?: 'public' | 'private', advance = 1000) {
    clock.advance(advance);
    return ctx.store.createRoadmap({
      workspaceId: 'w',
      roadmap: roadmap(id),
      actor: 'test',
      kind: 'import',
      ...(visibility ? { visibility } : {}),
    });
  }

  it('pages by id and by change time, with ties on the same instant', async () => {
    await ctx.store.ensureWorkspace('w');
    await create('c');
    await create('a');
    await create('e');
    await create('b', undefined, 0); // the same instant as e: ordered by id within it
    await create('d');
    expect(await pages(ctx.store, { limit: 2 })).toEqual(['a', 'b', 'c', 'd', 'e']);
    const since = '2000-01-01T00:00:00.000Z';
    for (const limit of [1, 2, 3, 10]) {
      expect(await pages(ctx.store, { limit, updatedSince: since }), `limit ${limit}`).toEqual([
        'c',
        'a',
        'b',
        'e',
        'd',
      ]);
    }

    const cutoff = clock.now().toISOString();
    const head = await ctx.store.headRevision('w', 'a');
    clock.advance(1000);
    await ctx.store.writeRoadmap({
      workspaceId: 'w',
      roadmap: roadmap('a', 'A changed'),
      baseRevisionId: head?.id ?? '',
      actor: 'test',
      kind: 'edit',
    });
    const changed = await ctx.store.listRoadmaps('w', {
      updatedSince: new Date(Date.parse(cutoff) + 1).toISOString(),
    });
    expect(changed.map((row) => row.id)).toEqual(['a']);
  });

  it('stores visibility, defaults to private, and moves updatedAt when it changes', async () => {
    await ctx.store.ensureWorkspace('w');
    await create('open', 'public');
    const closed = await create('closed');
    expect((await ctx.store.getRoadmap('w', 'open')).visibility).toBe('public');
    expect((await ctx.store.getRoadmap('w', 'closed')).visibility).toBe('private');
    expect((await ctx.store.listRoadmaps('w', { visibility: 'public' })).map((row) => row.id)).toEqual([
      'open',
    ]);

    const before = await ctx.store.getRoadmap('w', 'closed');
    clock.advance(1000);
    const result = await ctx.store.writeRoadmap({
      workspaceId: 'w',
      roadmap: roadmap('closed'),
      baseRevisionId: closed.id,
      actor: 'test',
      kind: 'edit',
      visibility: 'public',
    });
    expect(result.created).toBe(false);
    const after = await ctx.store.getRoadmap('w', 'closed');
    expect(after.visibility).toBe('public');
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.headRevisionId).toBe(closed.id);
  });

  it('deletes only on the current head when given a base', async () => {
    await ctx.store.ensureWorkspace('w');
    const first = await create('a');
    await expect(ctx.store.deleteRoadmap('w', 'a', { baseRevisionId: 'stale' })).rejects.toBeInstanceOf(
      StaleRevisionError,
    );
    expect((await ctx.store.getRoadmap('w', 'a')).id).toBe('a');
    await ctx.store.deleteRoadmap('w', 'a', { baseRevisionId: first.id });
    await expect(ctx.store.getRoadmap('w', 'a')).rejects.toThrow(/not found/);
  });

  it('creates a workspace once and reports pending migrations as none', async () => {
    await ctx.store.createWorkspace('w', 'W');
    await expect(ctx.store.createWorkspace('w', 'Other')).rejects.toThrow(/already exists/);
    expect((await ctx.store.getWorkspace('w')).name).toBe('W');
    expect(await ctx.store.pendingMigrations()).toEqual([]);
  });
});
