import { describe, expect, it } from 'vitest';
import { cases, ROADMAP, revisionOf, tag, useApi, WS_ROADMAP } from './entities-support.ts';

describe.each(cases())('section routes on $dialect over $transport', ({ factory, transport }) => {
  const ctx = useApi(factory, transport);

  it('lists and reads sections with the head as ETag, answering 304 to a current copy', async () => {
    const { api } = ctx;
    const list = await api.request('GET', `${ROADMAP}/sections`);
    expect(list.status).toBe(200);
    expect(list.etag).toBe(tag(ctx.head));
    expect(
      list.body.items.map((s: { section: { id: string }; parent?: string }) => [s.section.id, s.parent]),
    ).toEqual([
      ['ingest', undefined],
      ['storage', undefined],
      ['storage-metadata', 'storage'],
    ]);
    const one = await api.request('GET', `${WS_ROADMAP}/sections/storage-metadata`);
    expect(one.body).toMatchObject({ parent: 'storage', position: 0, section: { id: 'storage-metadata' } });
    expect(one.body.section.items[0].id).toBe('meta-pg-migration');
    const cached = await api.request('GET', `${ROADMAP}/sections/storage-metadata`, {
      headers: { 'if-none-match': `W/${tag(ctx.head)}` },
    });
    expect(cached.status).toBe(304);
    expect((await api.request('GET', `${ROADMAP}/sections/ghost`)).status).toBe(404);
  });

  it('creates, edits, moves and deletes a section as one revision each', async () => {
    const { api } = ctx;
    const created = await api.request('POST', `${WS_ROADMAP}/sections`, {
      ifMatch: ctx.head,
      body: { section: { title: 'Developer Experience', kind: 'team' }, parent: 'storage' },
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${WS_ROADMAP}/sections/developer-experience`);
    expect(created.body.section).toEqual({
      id: 'developer-experience',
      title: 'Developer Experience',
      kind: 'team',
    });
    const patched = await api.request('PATCH', `${ROADMAP}/sections/developer-experience`, {
      ifMatch: revisionOf(created),
      body: { set: { leads: ['Priya N'], summary: 'Tools.' }, unset: ['kind'] },
    });
    expect(patched.body.section).toEqual({
      id: 'developer-experience',
      title: 'Developer Experience',
      leads: ['Priya N'],
      summary: 'Tools.',
    });
    const moved = await api.request('POST', `${ROADMAP}/sections/developer-experience/move`, {
      ifMatch: revisionOf(patched),
      body: { parent: null, position: 0 },
    });
    expect(moved.status).toBe(200);
    const top = await api.request('GET', `${ROADMAP}/sections`);
    expect(top.body.items.map((s: { section: { id: string } }) => s.section.id)[0]).toBe(
      'developer-experience',
    );
    const deleted = await api.request('DELETE', `${ROADMAP}/sections/developer-experience`, {
      ifMatch: revisionOf(moved),
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.revision).toMatchObject({ seq: 5, message: 'Delete section developer-experience' });
    const document = await api.request('GET', ROADMAP);
    expect(document.body.document.roadmap.sections.map((s: { id: string }) => s.id)).toEqual([
      'ingest',
      'storage',
    ]);
  });

  it('refuses to delete a section with contents unless asked, then keeps its check-ins', async () => {
    const { api } = ctx;
    const refused = await api.request('DELETE', `${ROADMAP}/sections/ingest`, { ifMatch: ctx.head });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('section_not_empty');
    const deleted = await api.request('DELETE', `${ROADMAP}/sections/ingest?withContents=true`, {
      ifMatch: ctx.head,
    });
    expect(deleted.status).toBe(200);
    const checkin = await api.request('GET', `${ROADMAP}/checkins/2026-02-02-ingest`);
    expect(checkin.body.scope).toBeUndefined();
    expect(checkin.body.entries).toHaveLength(2);
  });

  it('refuses bad moves and stale writes with their pointer or current revision', async () => {
    const { api } = ctx;
    const cycle = await api.request('POST', `${ROADMAP}/sections/storage/move`, {
      ifMatch: ctx.head,
      body: { parent: 'storage-metadata' },
    });
    expect(cycle.status).toBe(422);
    expect(cycle.body.error.pointer).toBe('/parent');
    const far = await api.request('POST', `${ROADMAP}/sections/storage/move`, {
      ifMatch: ctx.head,
      body: { position: 9 },
    });
    expect(far.body.error).toMatchObject({
      pointer: '/position',
      message: '/position: must be an integer from 0 to 1',
    });
    const emptyTitle = await api.request('PATCH', `${ROADMAP}/sections/storage`, {
      ifMatch: ctx.head,
      body: { set: { title: '' } },
    });
    expect(emptyTitle.status).toBe(400);
    expect(emptyTitle.body.error.pointer).toBe('/set/title');
    const noTitle = await api.request('PATCH', `${ROADMAP}/sections/storage`, {
      ifMatch: ctx.head,
      body: { unset: ['title'] },
    });
    expect(noTitle.status).toBe(422);
    expect(noTitle.body.error).toMatchObject({ code: 'invalid_document', pointer: '/roadmap/sections/1' });
    const ok = await api.request('PATCH', `${ROADMAP}/sections/storage`, {
      ifMatch: ctx.head,
      body: { set: { title: 'Data' } },
    });
    const stale = await api.request('POST', `${ROADMAP}/sections`, {
      ifMatch: ctx.head,
      body: { section: { title: 'X' } },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.currentRevision).toBe(revisionOf(ok));
    expect(
      (await api.request('POST', `${ROADMAP}/sections`, { body: { section: { title: 'X' } } })).status,
    ).toBe(428);
    expect((await ctx.store.listRevisions('default', 'lanternfish-2026h1')).length).toBe(2);
  });
});
