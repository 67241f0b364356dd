import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { StaleRevisionError } from '../../src/domain/errors.ts';
import type { Roadmap } from '../../src/domain/interchange/schema.ts';
import { POSTGRES_URL, storeFactories, testDialects, useFreshStore } from '../support/dialects.ts';
import { eventually, sharedPostgresSchema } from './events-support.ts';
import { by, edited, FakeClock, firstItem, rejection, small, WS } from './fixtures.ts';

const withCheckin = (roadmap: Roadmap): Roadmap =>
  edited(roadmap, (copy) => {
    copy.checkins = [{ id: 'q1', date: '2024-03-31', summary: 'Quarter one', health: 'on_track' }];
  });

describe.each(storeFactories())('event outbox on $dialect', (factory) => {
  const clock = new FakeClock('2024-03-01T09:00:00.000Z');
  const db = useFreshStore(factory, { now: clock.now });

  beforeEach(async () => {
    clock.set('2024-03-01T09:00:00.000Z');
    await db.store.ensureWorkspace(WS, 'Acme');
  });

  const create = () =>
    db.store.createRoadmap({ workspaceId: WS, roadmap: small, actor: 'alice', kind: 'import' });

  it('records roadmap.created with the revision and counts when a roadmap is created', async () => {
    const revision = await create();
    const events = await db.store.events.list({ workspaceId: WS });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'roadmap.created',
      workspaceId: WS,
      roadmapId: 'platform',
      createdAt: revision.createdAt,
      revision: { id: revision.id, seq: 1, kind: 'import', actor: 'alice' },
      data: {
        roadmap: { id: 'platform', title: 'Platform roadmap' },
        counts: { sections: 1, items: 3, checkins: 0 },
      },
    });
  });

  it('derives item, status and check-in events from the diff of parent and new roadmap', async () => {
    const first = await create();
    const changed = withCheckin(
      edited(small, (copy) => {
        firstItem(copy).status = 'done';
        copy.items = [{ id: 'ci', title: 'Continuous integration' }];
      }),
    );
    const second = await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: changed,
      baseRevisionId: first.id,
      ...by,
    });
    const events = await db.store.events.list({ workspaceId: WS, afterSeq: 1 });
    expect(events.every((event) => event.revision.id === second.id && event.revision.seq === 2)).toBe(true);
    expect(events.map((event) => event.type).sort()).toEqual(
      [
        'checkin.created',
        'item.created',
        'item.deleted',
        'item.status_changed',
        'item.updated',
        'roadmap.updated',
      ].sort(),
    );
    const status = events.find((event) => event.type === 'item.status_changed');
    expect(status?.data).toMatchObject({ id: 'gitlab', before: 'in_progress', after: 'done' });
    expect(events.find((event) => event.type === 'item.created')?.data).toMatchObject({ id: 'ci' });
    expect(events.find((event) => event.type === 'item.deleted')?.data).toMatchObject({ id: 'mirrors' });
    expect(events.find((event) => event.type === 'checkin.created')?.data).toMatchObject({ id: 'q1' });
    const seqs = events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs[0]).toBeGreaterThan(1);
  });

  it('raises revision.restored for a restore, and nothing for a write that changes nothing', async () => {
    const first = await create();
    const second = await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: edited(small, (copy) => {
        copy.title = 'Platform';
      }),
      baseRevisionId: first.id,
      ...by,
    });
    const unchanged = await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: edited(small, (copy) => {
        copy.title = 'Platform';
      }),
      baseRevisionId: second.id,
      ...by,
    });
    expect(unchanged.created).toBe(false);
    const before = await db.store.events.latestSeq(WS);
    await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: small,
      baseRevisionId: second.id,
      actor: 'bob',
      kind: 'restore',
    });
    const types = (await db.store.events.list({ workspaceId: WS, afterSeq: before })).map(
      (event) => event.type,
    );
    expect(types).toEqual(['roadmap.updated', 'revision.restored']);
  });

  it('leaves no event behind when a write fails', async () => {
    const first = await create();
    const count = await db.store.events.latestSeq(WS);
    await rejection(
      db.store.writeRoadmap({
        workspaceId: WS,
        roadmap: withCheckin(small),
        baseRevisionId: 'not-the-head',
        ...by,
      }),
      StaleRevisionError,
    );
    await rejection(db.store.createRoadmap({ workspaceId: WS, roadmap: small, ...by }), Error);
    expect(await db.store.events.latestSeq(WS)).toBe(count);
    expect(await db.store.events.list({ workspaceId: WS })).toHaveLength(1);
    expect(first.seq).toBe(1);
  });

  it('lists per roadmap and per workspace, in seq order, after a given seq', async () => {
    const first = await create();
    await db.store.createRoadmap({ workspaceId: WS, roadmap: { ...small, id: 'other' }, ...by });
    await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: withCheckin(small),
      baseRevisionId: first.id,
      ...by,
    });
    const all = await db.store.events.list({ workspaceId: WS });
    const platform = await db.store.events.list({ workspaceId: WS, roadmapId: 'platform' });
    expect(all.map((event) => event.roadmapId)).toEqual(['platform', 'other', 'platform', 'platform']);
    expect(platform.map((event) => event.type)).toEqual([
      'roadmap.created',
      'roadmap.updated',
      'checkin.created',
    ]);
    expect(await db.store.events.latestSeq(WS, 'other')).toBe(all[1]?.seq);
    expect(await db.store.events.list({ workspaceId: WS, afterSeq: all[1]?.seq, limit: 1 })).toEqual([
      all[2],
    ]);
    expect(await db.store.events.list({ workspaceId: 'elsewhere' })).toEqual([]);
  });

  it('wakes listeners once per commit, not for a failed write, and no longer after they leave', async () => {
    let wakes = 0;
    let leaverWakes = 0;
    await db.store.events.listen(() => {
      wakes += 1;
    });
    const first = await create();
    await eventually(() => wakes >= 1);
    expect(wakes).toBe(1);
    await rejection(db.store.createRoadmap({ workspaceId: WS, roadmap: small, ...by }), Error);
    const leave = await db.store.events.listen(() => {
      leaverWakes += 1;
    });
    await leave();
    const second = await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: withCheckin(small),
      baseRevisionId: first.id,
      ...by,
    });
    // Wake-ups arrive in commit order, so had the failed write woken anyone it would show by now.
    await eventually(() => wakes >= 2);
    expect(wakes).toBe(2);
    expect(leaverWakes).toBe(0);
    expect(second.created).toBe(true);
  });
});

describe.skipIf(!testDialects().includes('postgres'))(
  'event notifications across stores on PostgreSQL',
  () => {
    it('a write through one store wakes listeners of another store on the same schema only', async () => {
      const shared = await sharedPostgresSchema();
      const elsewhere = await sharedPostgresSchema();
      try {
        const writer = await shared.open();
        const reader = await shared.open();
        const stranger = await elsewhere.open();
        let woken = 0;
        let strangerWoken = 0;
        await reader.events.listen(() => {
          woken += 1;
        });
        await stranger.events.listen(() => {
          strangerWoken += 1;
        });
        await writer.ensureWorkspace(WS);
        await writer.createRoadmap({ workspaceId: WS, roadmap: small, ...by });
        await eventually(() => woken > 0);
        expect((await reader.events.list({ workspaceId: WS })).map((event) => event.type)).toEqual([
          'roadmap.created',
        ]);
        expect(strangerWoken).toBe(0);
      } finally {
        await shared.dispose();
        await elsewhere.dispose();
      }
    });

    it('reconnects a lost LISTEN connection and wakes listeners, since notifications may have been lost', async () => {
      const shared = await sharedPostgresSchema();
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      try {
        const writer = await shared.open();
        const reader = await shared.open();
        let woken = 0;
        await reader.events.listen(() => {
          woken += 1;
        });
        const killed = await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where query = 'listen "wm_events_' || left(md5($1), 16) || '"'`,
          [shared.schema],
        );
        expect(killed.rowCount).toBe(1);
        await eventually(() => woken >= 1);
        await writer.ensureWorkspace(WS);
        const before = woken;
        await writer.createRoadmap({ workspaceId: WS, roadmap: small, ...by });
        await eventually(() => woken > before);
      } finally {
        await admin.end();
        await shared.dispose();
      }
    });
  },
);
