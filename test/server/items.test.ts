import { describe, expect, it } from 'vitest';
import { PriorityValues, StatusValues } from '../../src/domain/interchange/index.ts';
import { cases, ROADMAP, revisionOf, tag, useApi, WS_ROADMAP } from './entities-support.ts';

describe.each(cases())('item routes on $dialect over $transport', ({ factory, transport }) => {
  const ctx = useApi(factory, transport);

  it('lists items with filters and pages pinned to the first page’s revision, with ETag and 304', async () => {
    const { api } = ctx;
    const first = await api.request('GET', `${ROADMAP}/items?status=todo&status=in_progress&limit=2`);
    expect(first.status).toBe(200);
    expect(first.etag).toBe(tag(ctx.head));
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(first.body.total).toBe(4);
    expect(first.body.items.map((l: { item: { id: string } }) => l.item.id)).toEqual([
      't4101',
      'gateway-queue-metrics',
    ]);
    expect(first.body.items[1]).toEqual({
      item: {
        id: 'gateway-queue-metrics',
        title: 'Expose queue depth metrics',
        status: 'in_progress',
        statusText: '[ ]',
      },
      section: 'ingest',
      parent: 't4101',
    });
    const unchanged = await api.request('GET', `${ROADMAP}/items?status=todo&status=in_progress&limit=2`, {
      headers: { 'if-none-match': tag(ctx.head) },
    });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBeUndefined();

    // A write between pages does not shift the listing.
    const deleted = await api.request('DELETE', `${ROADMAP}/items/gateway-load-test`, { ifMatch: ctx.head });
    expect(deleted.status).toBe(200);
    const second = await api.request(
      'GET',
      `${ROADMAP}/items?status=todo&status=in_progress&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.etag).toBe(tag(ctx.head));
    expect(second.body.items.map((l: { item: { id: string } }) => l.item.id)).toEqual([
      'gateway-load-test',
      'connector-sdk',
    ]);
    expect(second.body.nextCursor).toBeNull();
    const other = await api.request('GET', `${ROADMAP}/items?status=done&cursor=${first.body.nextCursor}`);
    expect(other.status).toBe(400);
    expect(other.body.error).toMatchObject({ code: 'invalid_cursor', pointer: '/query/cursor' });
    const garbage = await api.request('GET', `${ROADMAP}/items?cursor=nonsense`);
    expect(garbage.body.error.code).toBe('invalid_cursor');
    const now = await api.request('GET', `${ROADMAP}/items?status=todo&status=in_progress`);
    expect(now.etag).toBe(deleted.etag);
    expect(now.body.total).toBe(3);
  });

  it('filters by lead, tag, label, priority, section and target period', async () => {
    const { api } = ctx;
    const ids = async (query: string) => {
      const response = await api.request('GET', `${WS_ROADMAP}/items?${query}`);
      expect(response.status, query).toBe(200);
      return response.body.items.map((l: { item: { id: string } }) => l.item.id);
    };
    expect(await ids('lead=Wen%20Li')).toEqual(['meta-pg-migration']);
    expect(await ids('tag=sdk&tag=reliability')).toEqual(['t4101', 'connector-sdk']);
    expect(await ids('label=feat')).toEqual(['connector-sdk']);
    expect(await ids('priority=critical&priority=none')).toEqual(['erasure-coding', 'meta-pg-migration']);
    expect(await ids('section=storage')).toEqual(['erasure-coding', 'meta-pg-migration']);
    expect(await ids('target=2026-05-01..2026-05-31')).toEqual(['connector-sdk', 'meta-pg-migration']);
    expect(await ids(`target=${encodeURIComponent('Q1 2026')}`)).toEqual(['t4101']);
    const badTarget = await api.request('GET', `${ROADMAP}/items?target=someday`);
    expect(badTarget.status).toBe(422);
    expect(badTarget.body.error.pointer).toBe('/query/target');
    const badStatus = await api.request('GET', `${ROADMAP}/items?status=finished`);
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error.pointer).toMatch(/^\/query\/status/);
    expect((await api.request('GET', `${ROADMAP}/items?section=nowhere`)).status).toBe(404);
  });

  it('creates, reads, edits, moves and deletes an item, each write chaining on the last ETag', async () => {
    const { api } = ctx;
    const created = await api.request('POST', `${ROADMAP}/items`, {
      ifMatch: ctx.head,
      body: { item: { title: 'Tenant quotas', status: 'todo' }, section: 'storage', position: 0 },
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${ROADMAP}/items/tenant-quotas`);
    expect(created.body).toMatchObject({
      created: true,
      item: { id: 'tenant-quotas', title: 'Tenant quotas', status: 'todo' },
      revision: {
        seq: 2,
        parentId: ctx.head,
        kind: 'edit',
        actor: 'admin',
        message: 'Add item tenant-quotas',
      },
    });
    expect(created.etag).toBe(tag(created.body.revision.id));

    const read = await api.request('GET', `${WS_ROADMAP}/items/tenant-quotas`);
    expect(read.etag).toBe(created.etag);
    expect(read.body).toEqual({
      item: { id: 'tenant-quotas', title: 'Tenant quotas', status: 'todo' },
      section: 'storage',
      position: 0,
    });
    expect(
      (
        await api.request('GET', `${ROADMAP}/items/tenant-quotas`, {
          headers: { 'if-none-match': created.etag ?? '' },
        })
      ).status,
    ).toBe(304);

    const patched = await api.request('PATCH', `${WS_ROADMAP}/items/tenant-quotas`, {
      ifMatch: revisionOf(created),
      headers: { 'x-waymark-actor': 'wen' },
      body: { set: { status: 'in_progress', leads: ['Wen Li'] }, message: 'Started' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.revision).toMatchObject({ seq: 3, actor: 'wen', message: 'Started' });
    expect(patched.body.item).toEqual({
      id: 'tenant-quotas',
      title: 'Tenant quotas',
      status: 'in_progress',
      leads: ['Wen Li'],
    });

    const moved = await api.request('POST', `${ROADMAP}/items/tenant-quotas/move`, {
      body: { parent: 'erasure-coding', baseRevision: revisionOf(patched) },
    });
    expect(moved.status).toBe(200);
    const where = await api.request('GET', `${ROADMAP}/items/tenant-quotas`);
    expect(where.body).toMatchObject({ section: 'storage', parent: 'erasure-coding', position: 0 });

    const removed = await api.request('DELETE', `${ROADMAP}/items/erasure-coding`, {
      ifMatch: revisionOf(moved),
    });
    expect(removed.status).toBe(200);
    expect(removed.body.item.work.map((w: { id: string }) => w.id)).toEqual(['tenant-quotas']);
    expect((await api.request('GET', `${ROADMAP}/items/tenant-quotas`)).status).toBe(404);
    const revisions = await ctx.store.listRevisions('default', 'lanternfish-2026h1');
    expect(revisions.map((r) => r.seq)).toEqual([5, 4, 3, 2, 1]);
  });

  it('refuses writes without a base, on a stale base, without the token, and with bad input', async () => {
    const { api } = ctx;
    const noBase = await api.request('PATCH', `${ROADMAP}/items/t4101`, {
      body: { set: { status: 'done' } },
    });
    expect(noBase.status).toBe(428);
    expect(noBase.body.error.code).toBe('precondition_required');
    const first = await api.request('PATCH', `${ROADMAP}/items/t4101`, {
      ifMatch: ctx.head,
      body: { set: { status: 'done' } },
    });
    expect(first.status).toBe(200);
    const stale = await api.request('PATCH', `${ROADMAP}/items/t4101`, {
      ifMatch: ctx.head,
      body: { set: { status: 'blocked' } },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toMatchObject({ code: 'stale_revision', currentRevision: revisionOf(first) });
    expect(stale.etag).toBe(first.etag);
    const unknownBase = await api.request('PATCH', `${ROADMAP}/items/t4101`, {
      ifMatch: 'no-such-revision',
      body: { set: { status: 'blocked' } },
    });
    expect(unknownBase.status).toBe(412);
    const base = revisionOf(first);
    const anonymous = await api.request('PATCH', `${ROADMAP}/items/t4101`, {
      auth: false,
      ifMatch: base,
      body: { set: { status: 'todo' } },
    });
    expect(anonymous.status).toBe(401);
    const unknownKey = await api.request('PATCH', `${ROADMAP}/items/t4101`, {
      ifMatch: base,
      body: { set: { work: [] } },
    });
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.pointer).toBe('/set/work');
    const badTarget = await api.request('PATCH', `${ROADMAP}/items/t4101`, {
      ifMatch: base,
      body: { set: { target: { label: 'Q3', end: '2026-02-30x' } } },
    });
    expect(badTarget.status).toBe(400);
    expect(badTarget.body.error.pointer).toBe('/set/target/end');
    const intoItself = await api.request('POST', `${ROADMAP}/items/t4101/move`, {
      ifMatch: base,
      body: { parent: 'gateway-load-test' },
    });
    expect(intoItself.status).toBe(422);
    expect(intoItself.body.error).toMatchObject({ code: 'invalid_document', pointer: '/parent' });
    const taken = await api.request('POST', `${ROADMAP}/items`, {
      ifMatch: base,
      body: { item: { id: 't4101', title: 'Again' } },
    });
    expect(taken.status).toBe(409);
    const ghost = await api.request('DELETE', `${ROADMAP}/items/ghost`, { ifMatch: base });
    expect(ghost.status).toBe(404);
    expect(ghost.body.error.message).toBe('roadmap "lanternfish-2026h1" has no item "ghost"');
    const twoWorkspaces = await api.request('GET', `${WS_ROADMAP}/items?workspace=other`);
    expect(twoWorkspaces.status).toBe(400);
    expect(twoWorkspaces.body.error.pointer).toBe('/query/workspace');
    const otherRoadmap = await api.request('GET', '/api/v1/roadmaps/nope/items');
    expect(otherRoadmap.status).toBe(404);
    // None of the refused writes made a revision.
    expect((await ctx.store.listRevisions('default', 'lanternfish-2026h1')).map((r) => r.seq)).toEqual([
      2, 1,
    ]);
  });

  it('describes every entity route in the OpenAPI document with the interchange schemas', async () => {
    const { body: doc } = await ctx.api.request('GET', '/api/v1/openapi.json');
    for (const base of [
      '/api/v1/roadmaps/{roadmapId}',
      '/api/v1/workspaces/{workspaceId}/roadmaps/{roadmapId}',
    ]) {
      for (const [path, methods] of [
        ['/items', ['get', 'post']],
        ['/items/{itemId}', ['get', 'patch', 'delete']],
        ['/items/{itemId}/move', ['post']],
        ['/sections', ['get', 'post']],
        ['/sections/{sectionId}', ['get', 'patch', 'delete']],
        ['/sections/{sectionId}/move', ['post']],
        ['/checkins', ['get', 'post']],
        ['/checkins/{checkinId}', ['get', 'put', 'patch', 'delete']],
        ['/checkins/{checkinId}/entries', ['post']],
        ['/checkins/{checkinId}/entries/{entryIndex}', ['get', 'patch', 'delete']],
        ['/items/{itemId}/kpis', ['get']],
        ['/items/{itemId}/kpis/{kpiIndex}', ['get']],
        ['/items/{itemId}/kpis/{kpiIndex}/measurements', ['post']],
        ['/items/{itemId}/kpis/{kpiIndex}/measurements/{measurementIndex}', ['patch', 'delete']],
      ] as const) {
        for (const method of methods)
          expect(doc.paths[`${base}${path}`]?.[method], `${method} ${base}${path}`).toBeDefined();
      }
    }
    const patch = doc.paths['/api/v1/roadmaps/{roadmapId}/items/{itemId}'].patch;
    const set = patch.requestBody.content['application/json'].schema.properties.set.properties;
    expect(set.status.enum).toEqual([...StatusValues]);
    expect(set.priority.enum).toEqual([...PriorityValues]);
    expect(set).not.toHaveProperty('id');
    expect(set).not.toHaveProperty('work');
    expect(patch.security).toEqual([{ adminToken: [] }]);
  });
});
