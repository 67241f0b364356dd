// Deleting a roadmap leaves a tombstone, so mirrors that follow "changed since" learn of it; a
// roadmap created again under the same id is listed as changed again.
import { describe, expect, it } from 'vitest';
import { storeFactories, useFreshStore } from '../support/dialects.ts';

describe.each(storeFactories())('deleted roadmaps on $dialect', (factory) => {
  let now = Date.parse('2025-03-01T00:00:00.000Z');
  const tick = () => {
    now += 1000;
    return new Date(now);
  };
  const ctx = useFreshStore(factory, { now: () => new Date(now) });

  it('lists deletions since a time, oldest first, page by page, with who deleted and the last revision', async () => {
    await ctx.store.ensureWorkspace('w');
    const heads: Record<string, string> = {};
    for (const id of ['a', 'b', 'c']) {
      tick();
      const created = await ctx.store.createRoadmap({
        workspaceId: 'w',
        roadmap: { id, title: id },
        actor: 't',
        kind: 'import',
      });
      heads[id] = created.id;
    }
    tick();
    const before = new Date(now).toISOString();
    for (const id of ['c', 'a']) {
      tick();
      await ctx.store.deleteRoadmap('w', id, { actor: 'ana' });
    }
    const all = await ctx.store.listDeletedRoadmaps('w', { since: before });
    expect(all.map((d) => [d.id, d.actor, d.lastRevisionId])).toEqual([
      ['c', 'ana', heads.c],
      ['a', 'ana', heads.a],
    ]);
    const [first] = await ctx.store.listDeletedRoadmaps('w', { since: before, limit: 1 });
    expect(first?.id).toBe('c');
    const rest = await ctx.store.listDeletedRoadmaps('w', {
      since: before,
      after: { deletedAt: first?.deletedAt ?? '', id: first?.id ?? '' },
    });
    expect(rest.map((d) => d.id)).toEqual(['a']);
    expect(await ctx.store.listDeletedRoadmaps('w', { since: new Date(now + 1).toISOString() })).toEqual([]);
    expect((await ctx.store.listRoadmaps('w')).map((r) => r.id)).toEqual(['b']);
  });

  it('leaves no tombstone when the delete is refused, and a new roadmap of that id is listed again', async () => {
    await ctx.store.ensureWorkspace('w');
    tick();
    const first = await ctx.store.createRoadmap({
      workspaceId: 'w',
      roadmap: { id: 'x', title: 'x' },
      actor: 't',
      kind: 'import',
    });
    await expect(ctx.store.deleteRoadmap('w', 'x', { baseRevisionId: 'not-the-head' })).rejects.toThrow();
    expect(await ctx.store.listDeletedRoadmaps('w', { since: '2000-01-01T00:00:00.000Z' })).toEqual([]);
    tick();
    await ctx.store.deleteRoadmap('w', 'x', { baseRevisionId: first.id, actor: 'bo' });
    tick();
    await ctx.store.createRoadmap({
      workspaceId: 'w',
      roadmap: { id: 'x', title: 'again' },
      actor: 't',
      kind: 'import',
    });
    const changed = await ctx.store.listRoadmaps('w', { updatedSince: '2000-01-01T00:00:00.000Z' });
    expect(changed.map((r) => r.title)).toEqual(['again']);
    expect(
      (await ctx.store.listDeletedRoadmaps('w', { since: '2000-01-01T00:00:00.000Z' })).map((d) => d.actor),
    ).toEqual(['bo']);
  });

  it('raises roadmap.deleted in the outbox, naming the last revision, and queues it for subscribers', async () => {
    await ctx.store.ensureWorkspace('w');
    await ctx.store.events.createSubscription({
      workspaceId: 'w',
      url: 'http://hooks.example/in',
      secret: 'a-secret-of-some-length',
      events: ['roadmap.deleted'],
    });
    tick();
    const created = await ctx.store.createRoadmap({
      workspaceId: 'w',
      roadmap: { id: 'z', title: 'z' },
      actor: 't',
      kind: 'import',
    });
    const before = await ctx.store.events.latestSeq('w');
    tick();
    await ctx.store.deleteRoadmap('w', 'z', { actor: 'cy' });
    const events = await ctx.store.events.list({ workspaceId: 'w', afterSeq: before });
    expect(events.map((event) => event.type)).toEqual(['roadmap.deleted']);
    expect(events[0]).toMatchObject({ roadmapId: 'z', revision: { id: created.id, seq: 1 } });
    const jobs = await ctx.store.events.claimDueDeliveries({
      now: new Date(now + 1000),
      limit: 10,
      leaseMs: 60_000,
    });
    expect(jobs.map((job) => job.event.type)).toEqual(['roadmap.deleted']);
  });
});
