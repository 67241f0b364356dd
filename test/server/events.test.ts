import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkEvent } from '../../src/storage/index.ts';
import { by, edited, firstItem, small, WS } from '../storage/fixtures.ts';
import { storeFactories, useFreshStore } from '../support/dialects.ts';
import { listen, openSse, type RunningApp } from './events-support.ts';

describe.each(storeFactories())('server-sent events on $dialect', (factory) => {
  const db = useFreshStore(factory);
  let server: RunningApp;

  beforeEach(async () => {
    await db.store.ensureWorkspace(WS, 'Acme');
    server = await listen(db.store);
  });
  afterEach(async () => {
    await server.close();
  });

  const create = (id = 'platform') =>
    db.store.createRoadmap({ workspaceId: WS, roadmap: { ...small, id }, ...by });
  const finishGitlab = async (base: string, id = 'platform') =>
    db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: edited({ ...small, id }, (copy) => {
        firstItem(copy).status = 'done';
      }),
      baseRevisionId: base,
      ...by,
    });
  const parse = (data: string) => JSON.parse(data) as WaymarkEvent;

  it('streams a roadmap’s new events as they commit, with the seq as the event id', async () => {
    const first = await create();
    const stream = await openSse(`${server.url}/api/v1/roadmaps/platform/events?workspace=${WS}`);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    await finishGitlab(first.id);
    const messages = await stream.waitFor(3);
    expect(messages.map((message) => message.event)).toEqual([
      'roadmap.updated',
      'item.updated',
      'item.status_changed',
    ]);
    const events = messages.map((message) => parse(message.data));
    expect(messages.map((message) => Number(message.id))).toEqual(events.map((event) => event.seq));
    expect(events[2]).toMatchObject({
      roadmapId: 'platform',
      data: { id: 'gitlab', before: 'in_progress', after: 'done' },
    });
    // The stream started "now": roadmap.created, committed before it opened, is not replayed.
    expect(events.every((event) => event.type !== 'roadmap.created')).toBe(true);
    stream.close();
  });

  it('resumes after Last-Event-ID from the outbox, including what happened while disconnected', async () => {
    const first = await create();
    const [created] = await db.store.events.list({ workspaceId: WS });
    await finishGitlab(first.id);
    const stream = await openSse(`${server.url}/api/v1/roadmaps/platform/events?workspace=${WS}`, {
      'last-event-id': String(created?.seq),
    });
    const messages = await stream.waitFor(3);
    expect(messages.map((message) => message.event)).toEqual([
      'roadmap.updated',
      'item.updated',
      'item.status_changed',
    ]);
    stream.close();
    const all = await db.store.events.list({ workspaceId: WS });
    const again = await openSse(`${server.url}/api/v1/events?workspace=${WS}&after=0`);
    expect((await again.waitFor(all.length)).map((message) => Number(message.id))).toEqual(
      all.map((event) => event.seq),
    );
    again.close();
  });

  it('a workspace stream carries every roadmap, a roadmap stream only its own', async () => {
    const workspace = await openSse(`${server.url}/api/v1/events?workspace=${WS}`);
    await create('platform');
    const other = await create('other');
    const roadmapStream = await openSse(`${server.url}/api/v1/roadmaps/other/events?workspace=${WS}`);
    await finishGitlab(other.id, 'other');
    const seen = await workspace.waitFor(5);
    expect(seen.map((message) => [parse(message.data).roadmapId, message.event])).toEqual([
      ['platform', 'roadmap.created'],
      ['other', 'roadmap.created'],
      ['other', 'roadmap.updated'],
      ['other', 'item.updated'],
      ['other', 'item.status_changed'],
    ]);
    expect(
      (await roadmapStream.waitFor(3)).every((message) => parse(message.data).roadmapId === 'other'),
    ).toBe(true);
    workspace.close();
    roadmapStream.close();
  });

  it('sends heartbeats at the interval the client asks for', async () => {
    await create();
    const stream = await openSse(`${server.url}/api/v1/roadmaps/platform/events?workspace=${WS}&heartbeat=1`);
    await stream.waitForComment('heartbeat');
    expect(stream.messages).toEqual([]);
    stream.close();
  });

  it('refuses unknown roadmaps and malformed Last-Event-ID in the error shape, before streaming', async () => {
    const missing = await server.app.inject({ url: `/api/v1/roadmaps/nothing/events?workspace=${WS}` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
    await create();
    const bad = await server.app.inject({
      url: `/api/v1/roadmaps/platform/events?workspace=${WS}`,
      headers: { 'last-event-id': 'yesterday' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: { code: 'invalid_request', pointer: '/headers/last-event-id' },
    });
  });

  it('ends open streams when the server closes', async () => {
    await create();
    const stream = await openSse(`${server.url}/api/v1/roadmaps/platform/events?workspace=${WS}`);
    await server.close();
    await stream.ended;
    server = await listen(db.store);
  });
});
