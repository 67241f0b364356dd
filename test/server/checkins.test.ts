import { describe, expect, it } from 'vitest';
import { cases, ROADMAP, revisionOf, tag, useApi, WS_ROADMAP } from './entities-support.ts';

describe.each(cases())('check-in routes on $dialect over $transport', ({ factory, transport }) => {
  const ctx = useApi(factory, transport);

  it('lists and reads check-ins and entries with the head as ETag', async () => {
    const { api } = ctx;
    const list = await api.request('GET', `${ROADMAP}/checkins`);
    expect(list.etag).toBe(tag(ctx.head));
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual(['2026-02-02-ingest']);
    const one = await api.request('GET', `${WS_ROADMAP}/checkins/2026-02-02-ingest`);
    expect(one.body).toMatchObject({ id: '2026-02-02-ingest', scope: 'ingest', health: 'on_track' });
    const entry = await api.request('GET', `${ROADMAP}/checkins/2026-02-02-ingest/entries/1`);
    expect(entry.body).toEqual({
      item: 'legacy-ftp-import',
      title: 'Retire the legacy FTP import',
      status: 'postponed',
      statusText: 'N Postponed',
    });
    const cached = await api.request('GET', `${ROADMAP}/checkins`, {
      headers: { 'if-none-match': tag(ctx.head) },
    });
    expect(cached.status).toBe(304);
    const missing = await api.request('GET', `${ROADMAP}/checkins/2026-02-02-ingest/entries/5`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      'check-in "2026-02-02-ingest" has no entry 5 (it has 2, numbered from 0)',
    );
  });

  it('records, puts, edits and deletes check-ins and entries as check-in revisions', async () => {
    const { api } = ctx;
    const created = await api.request('POST', `${ROADMAP}/checkins`, {
      ifMatch: ctx.head,
      body: { checkin: { date: '2026-03-02', scope: 'storage', entries: [{ item: 'meta-pg-migration' }] } },
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${ROADMAP}/checkins/2026-03-02-storage`);
    expect(created.body.checkin.entries).toEqual([
      { item: 'meta-pg-migration', title: 'Move the metadata store to PostgreSQL 17', status: 'blocked' },
    ]);
    expect(created.body.revision.kind).toBe('checkin');

    const put = await api.request('PUT', `${WS_ROADMAP}/checkins/jan`, {
      ifMatch: revisionOf(created),
      body: { checkin: { date: '2026-01-10', health: 'at_risk' } },
    });
    expect(put.status).toBe(201);
    const replaced = await api.request('PUT', `${ROADMAP}/checkins/jan`, {
      ifMatch: revisionOf(put),
      body: { checkin: { date: '2026-01-12', health: 'on_track' } },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ created: true, checkin: { id: 'jan', date: '2026-01-12' } });

    const patched = await api.request('PATCH', `${ROADMAP}/checkins/jan`, {
      ifMatch: revisionOf(replaced),
      body: { set: { summary: 'Quiet.' }, unset: ['health'] },
    });
    expect(patched.body.checkin).toEqual({ id: 'jan', date: '2026-01-12', summary: 'Quiet.' });
    const added = await api.request('POST', `${ROADMAP}/checkins/jan/entries`, {
      ifMatch: revisionOf(patched),
      body: { entry: { item: 'on-call-handbook', note: 'Published' } },
    });
    expect(added.status).toBe(201);
    expect(added.headers.location).toBe(`${ROADMAP}/checkins/jan/entries/0`);
    expect(added.body).toMatchObject({
      index: 0,
      entry: { title: 'One on-call handbook for every team', status: 'done' },
    });
    const editedEntry = await api.request('PATCH', `${ROADMAP}/checkins/jan/entries/0`, {
      ifMatch: revisionOf(added),
      body: { set: { status: 'partial' }, unset: ['note'] },
    });
    expect(editedEntry.body.entry).toEqual({
      item: 'on-call-handbook',
      title: 'One on-call handbook for every team',
      status: 'partial',
    });
    const removedEntry = await api.request('DELETE', `${ROADMAP}/checkins/jan/entries/0`, {
      ifMatch: revisionOf(editedEntry),
    });
    expect(removedEntry.body.checkin).not.toHaveProperty('entries');
    const removed = await api.request('DELETE', `${ROADMAP}/checkins/2026-02-02-ingest`, {
      ifMatch: revisionOf(removedEntry),
    });
    expect(removed.status).toBe(200);
    const list = await api.request('GET', `${ROADMAP}/checkins`);
    expect(list.etag).toBe(removed.etag);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual(['jan', '2026-03-02-storage']);
    const revisions = await ctx.store.listRevisions('default', 'lanternfish-2026h1');
    expect(revisions.map((r) => r.kind)).toEqual([...Array(8).fill('checkin'), 'import']);
  });

  it('refuses incomplete entries, mismatched ids, stale bases and missing tokens', async () => {
    const { api } = ctx;
    const untitled = await api.request('POST', `${ROADMAP}/checkins`, {
      ifMatch: ctx.head,
      body: { checkin: { date: '2026-03-02', entries: [{ status: 'done' }] } },
    });
    expect(untitled.status).toBe(422);
    expect(untitled.body.error.pointer).toBe('/checkin/entries/0/title');
    const entryUntitled = await api.request('POST', `${ROADMAP}/checkins/2026-02-02-ingest/entries`, {
      ifMatch: ctx.head,
      body: { entry: { note: 'about nothing' } },
    });
    expect(entryUntitled.status).toBe(422);
    expect(entryUntitled.body.error.pointer).toBe('/entry/title');
    const mismatch = await api.request('PUT', `${ROADMAP}/checkins/a`, {
      ifMatch: ctx.head,
      body: { checkin: { id: 'b', date: '2026-03-02' } },
    });
    expect(mismatch.body.error.pointer).toBe('/checkin/id');
    const badDate = await api.request('POST', `${ROADMAP}/checkins`, {
      ifMatch: ctx.head,
      body: { checkin: { date: 'March' } },
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.pointer).toBe('/checkin/date');
    const duplicate = await api.request('POST', `${ROADMAP}/checkins`, {
      ifMatch: ctx.head,
      body: { checkin: { id: '2026-02-02-ingest', date: '2026-03-02' } },
    });
    expect(duplicate.status).toBe(409);
    const ok = await api.request('DELETE', `${ROADMAP}/checkins/2026-02-02-ingest/entries/0`, {
      ifMatch: ctx.head,
    });
    expect(ok.status).toBe(200);
    const stale = await api.request('DELETE', `${ROADMAP}/checkins/2026-02-02-ingest/entries/0`, {
      ifMatch: ctx.head,
    });
    expect(stale.status).toBe(412);
    expect(stale.etag).toBe(ok.etag);
    const anonymous = await api.request('DELETE', `${ROADMAP}/checkins/2026-02-02-ingest`, {
      auth: false,
      ifMatch: revisionOf(ok),
    });
    expect(anonymous.status).toBe(401);
    expect((await ctx.store.listRevisions('default', 'lanternfish-2026h1')).length).toBe(2);
  });
});
