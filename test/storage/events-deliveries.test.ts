import { beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/domain/errors.ts';
import { storeFactories, testDialects, useFreshStore } from '../support/dialects.ts';
import { sharedPostgresSchema } from './events-support.ts';
import { by, edited, FakeClock, firstItem, rejection, small, WS } from './fixtures.ts';

const SECRET = 'a-secret-of-enough-length';
const T0 = '2024-03-01T09:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe.each(storeFactories())('webhook subscriptions and delivery jobs on $dialect', (factory) => {
  const clock = new FakeClock(T0);
  const db = useFreshStore(factory, { now: clock.now });

  beforeEach(async () => {
    clock.set(T0);
    await db.store.ensureWorkspace(WS, 'Acme');
  });

  const subscribe = (events: string[], url = 'http://hooks.example/in') =>
    db.store.events.createSubscription({ workspaceId: WS, url, secret: SECRET, events });

  const createAndFinish = async () => {
    const first = await db.store.createRoadmap({ workspaceId: WS, roadmap: small, ...by });
    const done = edited(small, (copy) => {
      firstItem(copy).status = 'done';
    });
    return db.store.writeRoadmap({ workspaceId: WS, roadmap: done, baseRevisionId: first.id, ...by });
  };

  it('keeps subscriptions per workspace, never returning the secret, and validates them', async () => {
    const created = await subscribe(['item.status_changed']);
    expect(created).toMatchObject({
      workspaceId: WS,
      url: 'http://hooks.example/in',
      active: true,
      events: ['item.status_changed'],
    });
    expect(Object.keys(created)).not.toContain('secret');
    expect(await db.store.events.listSubscriptions(WS)).toEqual([created]);
    const updated = await db.store.events.updateSubscription(WS, created.id, {
      active: false,
      events: ['*'],
    });
    expect(updated).toMatchObject({ active: false, events: ['*'] });
    const bad = await rejection(subscribe(['item.exploded']), ValidationError);
    expect(bad.issues[0]?.pointer).toBe('/events/0');
    expect((await rejection(subscribe(['*'], 'ftp://x.example/'), ValidationError)).issues[0]?.pointer).toBe(
      '/url',
    );
    await rejection(
      db.store.events.createSubscription({
        workspaceId: WS,
        url: 'http://x.example/',
        secret: 'short',
        events: ['*'],
      }),
      ValidationError,
    );
    await rejection(db.store.events.getSubscription('other', created.id), NotFoundError);
    await db.store.events.deleteSubscription(WS, created.id);
    expect(await db.store.events.listSubscriptions(WS)).toEqual([]);
    await rejection(db.store.events.deleteSubscription(WS, created.id), NotFoundError);
  });

  it('enqueues one job per event and matching active subscription in the write transaction', async () => {
    const statusOnly = await subscribe(['item.status_changed']);
    const everything = await subscribe(['*']);
    const inactive = await subscribe(['*']);
    await db.store.events.updateSubscription(WS, inactive.id, { active: false });
    await createAndFinish();
    const events = await db.store.events.list({ workspaceId: WS });
    expect((await db.store.events.listDeliveries(WS, statusOnly.id)).map((job) => job.eventType)).toEqual([
      'item.status_changed',
    ]);
    const all = await db.store.events.listDeliveries(WS, everything.id);
    expect(all.map((job) => job.eventSeq).sort((a, b) => a - b)).toEqual(events.map((event) => event.seq));
    expect(all.every((job) => job.status === 'pending' && job.attempts === 0)).toBe(true);
    expect(await db.store.events.listDeliveries(WS, inactive.id)).toEqual([]);
  });

  it('claims a due job once per lease, records outcomes, retries and redelivers', async () => {
    const subscription = await subscribe(['item.status_changed']);
    await createAndFinish();
    // Revision times are strictly increasing, so the second one is 1 ms after the clock.
    const now = at('2024-03-01T09:00:01.000Z');
    const [job, ...rest] = await db.store.events.claimDueDeliveries({ now, limit: 10, leaseMs: 60_000 });
    expect(rest).toEqual([]);
    expect(job).toMatchObject({
      url: 'http://hooks.example/in',
      secret: SECRET,
      delivery: { status: 'delivering', attempts: 1, subscriptionId: subscription.id },
      event: { type: 'item.status_changed', roadmapId: 'platform', data: { id: 'gitlab', after: 'done' } },
    });
    if (!job) throw new Error('no job');
    // Held: neither the same worker nor another gets it again within the lease.
    expect(await db.store.events.claimDueDeliveries({ now, limit: 10, leaseMs: 60_000 })).toEqual([]);
    // A worker that died: after the lease the job is taken again, as a second attempt.
    const taken = await db.store.events.claimDueDeliveries({
      now: at('2024-03-01T09:01:01.000Z'),
      limit: 10,
      leaseMs: 60_000,
    });
    expect(taken.map((claimed) => claimed.delivery.attempts)).toEqual([2]);
    const [takeover] = taken;
    if (!takeover) throw new Error('not taken over');
    // The first worker, late, records nothing: the job is no longer its own.
    expect(await db.store.events.completeDelivery(job, { ok: true, statusCode: 200 })).toBe(false);
    expect(await db.store.events.getDelivery(WS, job.delivery.id)).toMatchObject({
      status: 'delivering',
      attempts: 2,
    });

    await db.store.events.completeDelivery(
      takeover,
      {
        ok: false,
        statusCode: 503,
        error: 'the receiver answered HTTP 503',
        retryAt: '2024-03-01T09:05:00.000Z',
      },
      at('2024-03-01T09:01:01.000Z'),
    );
    const retrying = await db.store.events.getDelivery(WS, job.delivery.id);
    expect(retrying).toMatchObject({
      status: 'pending',
      lastStatusCode: 503,
      nextAttemptAt: '2024-03-01T09:05:00.000Z',
    });
    expect(
      await db.store.events.claimDueDeliveries({
        now: at('2024-03-01T09:04:59.999Z'),
        limit: 10,
        leaseMs: 1,
      }),
    ).toEqual([]);
    const [again] = await db.store.events.claimDueDeliveries({
      now: at('2024-03-01T09:05:00.000Z'),
      limit: 10,
      leaseMs: 60_000,
    });
    if (!again) throw new Error('not claimed again');
    expect(again.delivery.attempts).toBe(3);
    await db.store.events.completeDelivery(again, {
      ok: false,
      statusCode: null,
      error: 'gave up',
      retryAt: null,
    });
    expect(await db.store.events.getDelivery(WS, job.delivery.id)).toMatchObject({
      status: 'failed',
      lastError: 'gave up',
    });

    clock.set('2024-03-01T10:00:00.000Z');
    const redelivery = await db.store.events.redeliver(WS, job.delivery.id);
    expect(redelivery).toMatchObject({
      status: 'pending',
      attempts: 0,
      redeliveryOf: job.delivery.id,
      eventSeq: job.event.seq,
    });
    const [resent] = await db.store.events.claimDueDeliveries({
      now: at('2024-03-01T10:00:00.000Z'),
      limit: 10,
      leaseMs: 60_000,
    });
    if (!resent) throw new Error('redelivery not claimed');
    expect(resent.delivery.id).toBe(redelivery.id);
    await db.store.events.completeDelivery(
      resent,
      { ok: true, statusCode: 204 },
      at('2024-03-01T10:00:01.000Z'),
    );
    expect(await db.store.events.getDelivery(WS, redelivery.id)).toMatchObject({
      status: 'succeeded',
      lastStatusCode: 204,
      deliveredAt: '2024-03-01T10:00:01.000Z',
    });
    const log = await db.store.events.listDeliveries(WS, subscription.id);
    expect(log.map((delivery) => delivery.id)).toEqual([redelivery.id, job.delivery.id]);
    expect(await db.store.events.listDeliveries(WS, subscription.id, { before: redelivery.id })).toEqual([
      log[1],
    ]);
    await rejection(db.store.events.redeliver(WS, 'no-such-delivery'), NotFoundError);
  });

  it('does not send jobs of a paused subscription until it is active again', async () => {
    const subscription = await subscribe(['*']);
    await createAndFinish();
    await db.store.events.updateSubscription(WS, subscription.id, { active: false });
    expect(
      await db.store.events.claimDueDeliveries({
        now: at('2024-03-01T09:00:01.000Z'),
        limit: 50,
        leaseMs: 1000,
      }),
    ).toEqual([]);
    await db.store.events.updateSubscription(WS, subscription.id, { active: true });
    expect(
      (
        await db.store.events.claimDueDeliveries({
          now: at('2024-03-01T09:00:01.000Z'),
          limit: 50,
          leaseMs: 1000,
        })
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe.skipIf(!testDialects().includes('postgres'))('claims across stores on PostgreSQL', () => {
  it('concurrent claimers from separate pools never take the same job', async () => {
    const shared = await sharedPostgresSchema();
    try {
      // Opened one after another: concurrent first migrations of one schema race in CREATE SCHEMA.
      const stores = [await shared.open(), await shared.open(), await shared.open()];
      const [writer] = stores;
      if (!writer) throw new Error('no store');
      await writer.ensureWorkspace(WS);
      await writer.events.createSubscription({
        workspaceId: WS,
        url: 'http://h.example/',
        secret: SECRET,
        events: ['*'],
      });
      let base = (await writer.createRoadmap({ workspaceId: WS, roadmap: small, ...by })).id;
      for (let round = 0; round < 20; round++) {
        const next = edited(small, (copy) => {
          copy.title = `Platform ${round}`;
        });
        base = (await writer.writeRoadmap({ workspaceId: WS, roadmap: next, baseRevisionId: base, ...by }))
          .id;
      }
      const total = (await writer.events.list({ workspaceId: WS, limit: 1000 })).length;
      const claimed: string[] = [];
      await Promise.all(
        stores.flatMap((store) =>
          [0, 1, 2].map(async () => {
            for (;;) {
              const jobs = await store.events.claimDueDeliveries({
                now: new Date(),
                limit: 2,
                leaseMs: 600_000,
              });
              if (jobs.length === 0) return;
              claimed.push(...jobs.map((job) => job.delivery.id));
            }
          }),
        ),
      );
      expect(claimed).toHaveLength(total);
      expect(new Set(claimed).size).toBe(total);
    } finally {
      await shared.dispose();
    }
  });
});
