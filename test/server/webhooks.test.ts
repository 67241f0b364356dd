import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebhook } from '../../src/commands/webhooks/subscriptions.ts';
import {
  checkTarget,
  forbiddenReason,
  parseAllowList,
  TargetRefusedError,
} from '../../src/commands/webhooks/target-check.ts';
import { retryDelayMs } from '../../src/server/events/backoff.ts';
import { signBody, verifySignature } from '../../src/server/events/signature.ts';
import { WebhookWorker } from '../../src/server/events/webhook-worker.ts';
import { by, edited, FakeClock, firstItem, rejection, small, WS } from '../storage/fixtures.ts';
import { storeFactories, useFreshStore } from '../support/dialects.ts';
import { auth, listen, type Receiver, type RunningApp, SECRET, startReceiver } from './events-support.ts';

describe('webhook signatures', () => {
  it('follow GitHub’s X-Hub-Signature-256 convention (its documented test vector)', () => {
    const signature = signBody('Hello, World!', "It's a Secret to Everybody");
    expect(signature).toBe('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
    expect(verifySignature('Hello, World!', "It's a Secret to Everybody", signature)).toBe(true);
    expect(verifySignature('Hello, World?', "It's a Secret to Everybody", signature)).toBe(false);
    expect(verifySignature('Hello, World!', 'another secret', signature)).toBe(false);
    expect(verifySignature('Hello, World!', "It's a Secret to Everybody", undefined)).toBe(false);
  });
});

describe('webhook targets', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.100.100.200', 'carrier-grade'],
    ['0.0.0.0', 'this-network'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd00:ec2::254', 'unique-local'],
    ['fc00::5', 'unique-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['0:0:0:0:0:ffff:c0a8:0101', 'private'],
    ['64:ff9b::10.0.0.1', 'private'],
  ])('refuses %s (%s)', (address, why) => {
    expect(forbiddenReason(address)).toContain(why);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'accepts public %s',
    (address) => {
      expect(forbiddenReason(address)).toBeUndefined();
    },
  );

  it('checks every resolved address, and honours host names and ranges of the allow-list', async () => {
    const none = parseAllowList([]);
    const mixed = async () => [
      { address: '93.184.216.34', family: 4 as const },
      { address: '10.0.0.7', family: 4 as const },
    ];
    await rejection(checkTarget('https://hooks.example/x', none, mixed), TargetRefusedError);
    await expect(
      checkTarget('https://hooks.example/x', parseAllowList(['hooks.example']), mixed),
    ).resolves.toEqual({
      address: '93.184.216.34',
      family: 4,
    });
    await expect(
      checkTarget('https://hooks.example/x', parseAllowList(['10.0.0.0/8']), mixed),
    ).resolves.toBeDefined();
    await rejection(checkTarget('http://[::ffff:7f00:1]:8080/', none), TargetRefusedError);
    await expect(checkTarget('http://[::1]:8080/', parseAllowList(['::1']))).resolves.toEqual({
      address: '::1',
      family: 6,
    });
  });

  it('backs off exponentially with jitter inside [half, whole] of each step, then gives up', () => {
    const policy = { baseMs: 1000, maxMs: 8000, maxAttempts: 6 };
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, policy, () => 0))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ]);
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, policy, () => 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ]);
    expect(retryDelayMs(6, policy, () => 0.5)).toBeUndefined();
  });
});

describe.each(storeFactories())('webhooks on $dialect', (factory) => {
  const clock = new FakeClock('2024-03-01T09:00:00.000Z');
  const db = useFreshStore(factory, { now: clock.now });
  let server: RunningApp;
  let receiver: Receiver;

  beforeEach(async () => {
    clock.set('2024-03-01T09:00:00.000Z');
    await db.store.ensureWorkspace(WS, 'Acme');
    server = await listen(db.store);
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await server.close();
    await receiver.close();
  });

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: object, headers = auth) =>
    server.app.inject({
      method,
      url: `/api/v1${path}${path.includes('?') ? '&' : '?'}workspace=${WS}`,
      payload,
      headers,
    });
  const subscribe = async (events: string[] = ['*'], url = receiver.url) => {
    const response = await api('POST', '/webhooks', { url, secret: SECRET, events });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string };
  };
  const finishGitlab = async () => {
    const first = await db.store.createRoadmap({ workspaceId: WS, roadmap: small, ...by });
    const done = edited(small, (copy) => {
      firstItem(copy).status = 'done';
    });
    return db.store.writeRoadmap({ workspaceId: WS, roadmap: done, baseRevisionId: first.id, ...by });
  };
  const worker = (options: Partial<ConstructorParameters<typeof WebhookWorker>[0]> = {}) =>
    new WebhookWorker({
      store: db.store,
      allowHosts: ['127.0.0.0/8'],
      clock: clock.now,
      random: () => 0,
      ...options,
    });

  it('manages subscriptions over the API: token required, secret never shown, filters checked', async () => {
    expect((await api('GET', '/webhooks', undefined, {} as typeof auth)).statusCode).toBe(401);
    const created = await subscribe(['item.status_changed', 'checkin.created']);
    const listed = await api('GET', '/webhooks');
    expect(listed.json()).toMatchObject({ items: [{ id: created.id, url: receiver.url, active: true }] });
    expect(listed.body).not.toContain(SECRET);
    const bad = await api('POST', '/webhooks', {
      url: receiver.url,
      secret: SECRET,
      events: ['item.exploded'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'invalid_request' } });
    const paused = await api('PATCH', `/webhooks/${created.id}`, { active: false });
    expect(paused.json()).toMatchObject({
      active: false,
      events: ['item.status_changed', 'checkin.created'],
    });
    expect((await api('DELETE', `/webhooks/${created.id}`)).statusCode).toBe(204);
    const gone = await api('GET', `/webhooks/${created.id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it.each([
    'http://127.0.0.1:9/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[fd00:ec2::254]/',
    'http://10.0.0.1/',
  ])('refuses to subscribe %s when the allow-list does not permit it', async (url) => {
    const strict = await listen(db.store, { WAYMARK_WEBHOOK_ALLOW: '' });
    try {
      const response = await strict.app.inject({
        method: 'POST',
        url: `/api/v1/webhooks?workspace=${WS}`,
        payload: { url, secret: SECRET, events: ['*'] },
        headers: auth,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ error: { pointer: '/url' } });
      expect(response.json().error.message).toContain('WAYMARK_WEBHOOK_ALLOW');
      expect(await db.store.events.listSubscriptions(WS)).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('POSTs signed JSON with event and delivery headers, and logs the delivery', async () => {
    const subscription = await subscribe(['item.status_changed']);
    await finishGitlab();
    clock.set('2024-03-01T09:00:01.000Z');
    expect(await worker().runOnce()).toBe(1);
    const [hook] = await receiver.waitFor(1);
    expect(hook?.signatureValid).toBe(true);
    expect(hook?.headers['x-waymark-event']).toBe('item.status_changed');
    expect(hook?.headers['content-type']).toBe('application/json');
    const body = JSON.parse(hook?.body ?? '{}');
    expect(body).toMatchObject({
      type: 'item.status_changed',
      workspaceId: WS,
      roadmapId: 'platform',
      revision: { seq: 2 },
      data: { id: 'gitlab', before: 'in_progress', after: 'done' },
    });
    const log = (await api('GET', `/webhooks/${subscription.id}/deliveries`)).json();
    expect(log.items).toEqual([
      expect.objectContaining({
        id: hook?.headers['x-waymark-delivery'],
        eventSeq: body.seq,
        status: 'succeeded',
        attempts: 1,
        lastStatusCode: 204,
      }),
    ]);
  });

  it('retries failures with backoff on the injected clock, then marks them failed; redelivers on request', async () => {
    const subscription = await subscribe(['item.status_changed']);
    await finishGitlab();
    receiver.answers.push(500, 503, 502);
    const sender = worker({ backoff: { baseMs: 10_000, maxMs: 60_000, maxAttempts: 3 } });
    clock.set('2024-03-01T09:00:01.000Z');
    expect(await sender.runOnce()).toBe(1);
    const deliveries = async () => (await api('GET', `/webhooks/${subscription.id}/deliveries`)).json().items;
    expect(await deliveries()).toEqual([
      expect.objectContaining({
        status: 'pending',
        attempts: 1,
        lastStatusCode: 500,
        nextAttemptAt: '2024-03-01T09:00:06.000Z',
      }),
    ]);
    clock.set('2024-03-01T09:00:05.999Z');
    expect(await sender.runOnce()).toBe(0);
    clock.set('2024-03-01T09:00:06.000Z');
    expect(await sender.runOnce()).toBe(1);
    expect(await deliveries()).toEqual([
      expect.objectContaining({
        status: 'pending',
        attempts: 2,
        lastStatusCode: 503,
        nextAttemptAt: '2024-03-01T09:00:16.000Z',
      }),
    ]);
    clock.set('2024-03-01T09:00:16.000Z');
    expect(await sender.runOnce()).toBe(1);
    const [failed] = await deliveries();
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 502 });
    clock.set('2024-03-01T09:30:00.000Z');
    expect(await sender.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(3);

    const redeliver = await api('POST', `/webhooks/${subscription.id}/deliveries/${failed.id}/redeliver`);
    expect(redeliver.statusCode).toBe(202);
    expect(redeliver.json()).toMatchObject({ status: 'pending', redeliveryOf: failed.id, attempts: 0 });
    expect(await sender.runOnce()).toBe(1);
    const [, , , again] = await receiver.waitFor(4);
    expect(again?.headers['x-waymark-delivery']).toBe(redeliver.json().id);
    expect(JSON.parse(again?.body ?? '{}').id).toBe(JSON.parse(receiver.received[0]?.body ?? '{}').id);
    expect((await deliveries())[0]).toMatchObject({ id: redeliver.json().id, status: 'succeeded' });
    const wrong = await api('POST', `/webhooks/${subscription.id}/deliveries/not-a-delivery/redeliver`);
    expect(wrong.statusCode).toBe(404);
  });

  it('checks the target again at delivery time and connects only to the address it checked', async () => {
    const ctx = { store: db.store, workspaceId: WS, actor: 'admin' };
    const port = new URL(receiver.url).port;
    const publicAddress = async () => [{ address: '93.184.216.34', family: 4 as const }];
    const rebound = async () => [{ address: '127.0.0.1', family: 4 as const }];
    // Public when subscribed, loopback when delivered: DNS rebinding.
    const subscription = await createWebhook(
      ctx,
      { allowHosts: [], resolve: publicAddress },
      { url: `http://rebind.invalid:${port}/hook`, secret: SECRET, events: ['item.status_changed'] },
    );
    await finishGitlab();
    clock.set('2024-03-01T09:00:01.000Z');
    expect(await worker({ allowHosts: [], resolve: rebound }).runOnce()).toBe(1);
    const [refused] = await db.store.events.listDeliveries(WS, subscription.id);
    expect(refused).toMatchObject({ status: 'failed', lastStatusCode: null });
    expect(refused?.lastError).toMatch(/^refused: .*127\.0\.0\.1.*loopback/);
    expect(receiver.received).toEqual([]);

    // Allowed: the name (which no DNS knows) is never resolved again; the checked address is used.
    await db.store.events.redeliver(WS, refused?.id ?? '');
    expect(await worker({ allowHosts: ['127.0.0.1'], resolve: rebound }).runOnce()).toBe(1);
    const [hook] = await receiver.waitFor(1);
    expect(hook?.signatureValid).toBe(true);
    expect(hook?.headers.host).toBe(`rebind.invalid:${port}`);
  });

  it('a running worker delivers as soon as the event commits', async () => {
    await subscribe(['roadmap.created']);
    const running = worker({ clock: () => new Date() });
    await running.start();
    try {
      await db.store.createRoadmap({ workspaceId: WS, roadmap: small, ...by });
      const [hook] = await receiver.waitFor(1);
      expect(JSON.parse(hook?.body ?? '{}').type).toBe('roadmap.created');
    } finally {
      await running.stop();
    }
  });
});
