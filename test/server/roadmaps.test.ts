// The roadmap resources in-process (inject) on every dialect: create, read with ETag/304,
// preconditions (428/412), metadata and visibility, replace, delete, listing and the mirrors' feed.
import { describe, expect, it } from 'vitest';
import { storeFactories } from '../support/dialects.ts';
import { AUTH, createRoadmap, roadmapDocument, useApp } from './support.ts';

describe.each(storeFactories())('roadmap resources on $dialect', (factory) => {
  const ctx = useApp(factory);

  it('creates a roadmap and reads it back with its ETag; If-None-Match gives 304', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/roadmaps',
      headers: AUTH,
      payload: { document: roadmapDocument('alpha') },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/v1/roadmaps/alpha');
    const revision = created.json().revision.id;
    expect(created.headers.etag).toBe(`"${revision}"`);

    const read = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha' });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe(`"${revision}"`);
    expect(read.headers['cache-control']).toBe('private, no-cache');
    expect(read.json().document).toEqual(roadmapDocument('alpha'));
    expect(read.json().roadmap).toMatchObject({ id: 'alpha', visibility: 'private', headSeq: 1 });

    const again = await ctx.app.inject({
      url: '/api/v1/roadmaps/alpha',
      headers: { 'if-none-match': `"${revision}"` },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const weak = await ctx.app.inject({
      url: '/api/v1/roadmaps/alpha',
      headers: { 'if-none-match': `W/"${revision}"` },
    });
    expect(weak.statusCode).toBe(304);
    const other = await ctx.app.inject({
      url: '/api/v1/roadmaps/alpha',
      headers: { 'if-none-match': '"something-else"' },
    });
    expect(other.statusCode).toBe(200);
  });

  it('refuses to create a roadmap twice (409) and names invalid fields by JSON pointer (422)', async () => {
    await createRoadmap(ctx.app, 'alpha');
    const twice = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/roadmaps',
      headers: AUTH,
      payload: { document: roadmapDocument('alpha') },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_exists');

    const invalid = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/roadmaps',
      headers: AUTH,
      payload: { document: { format: 'waymark/v1', roadmap: { id: 'beta', title: '' } } },
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error).toMatchObject({
      code: 'invalid_document',
      status: 422,
      pointer: '/document/roadmap/title',
    });
    expect(await ctx.store.headRevision('default', 'beta')).toBeUndefined();
  });

  it('requires a base revision for writes (428), refuses a stale one (412) and loses nothing', async () => {
    const first = await createRoadmap(ctx.app, 'alpha');
    const missing = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/roadmaps/alpha',
      headers: AUTH,
      payload: { set: { title: 'Renamed' } },
    });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().error.code).toBe('precondition_required');

    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/roadmaps/alpha',
      headers: { ...AUTH, 'if-match': `"${first}"` },
      payload: { set: { title: 'Renamed' } },
    });
    expect(renamed.statusCode).toBe(200);
    const second = renamed.json().revision.id;
    expect(renamed.headers.etag).toBe(`"${second}"`);

    // A second writer still holding the first revision is refused and told the current one.
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/roadmaps/alpha',
      headers: AUTH,
      payload: { set: { title: 'Other name' }, baseRevision: first },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error).toMatchObject({ code: 'stale_revision', currentRevision: second });
    expect(stale.headers.etag).toBe(`"${second}"`);
    const read = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha' });
    expect(read.json().document.roadmap.title).toBe('Renamed');

    const conflicting = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/roadmaps/alpha',
      headers: { ...AUTH, 'if-match': `"${second}"` },
      payload: { set: { title: 'X' }, baseRevision: first },
    });
    expect(conflicting.statusCode).toBe(400);
    const star = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/roadmaps/alpha',
      headers: { ...AUTH, 'if-match': '*' },
      payload: { set: { title: 'X' } },
    });
    expect(star.statusCode).toBe(400);
    expect(star.json().error.pointer).toBe('/headers/if-match');
  });

  it('of two concurrent writers on the same base exactly one wins', async () => {
    const base = await createRoadmap(ctx.app, 'alpha');
    const write = (title: string) =>
      ctx.app.inject({
        method: 'PATCH',
        url: '/api/v1/roadmaps/alpha',
        headers: { ...AUTH, 'if-match': `"${base}"` },
        payload: { set: { title } },
      });
    const results = await Promise.all([write('One'), write('Two')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const revisions = await ctx.store.listRevisions('default', 'alpha');
    expect(revisions).toHaveLength(2);
  });

  it('sets visibility with or without a revision, and public roadmaps are cacheable by shared caches', async () => {
    const first = await createRoadmap(ctx.app, 'alpha', { visibility: 'public' });
    const read = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha' });
    expect(read.headers['cache-control']).toBe('public, max-age=60');

    const privately = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/roadmaps/alpha',
      headers: { ...AUTH, 'if-match': `"${first}"` },
      payload: { visibility: 'private' },
    });
    expect(privately.statusCode).toBe(200);
    expect(privately.json().created).toBe(false);
    expect(privately.json().revision.id).toBe(first);
    const after = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha' });
    expect(after.headers['cache-control']).toBe('private, no-cache');
    expect(after.json().roadmap.visibility).toBe('private');
  });

  it('replaces the whole document (PUT) and refuses a document for another roadmap', async () => {
    const first = await createRoadmap(ctx.app, 'alpha');
    const replaced = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/roadmaps/alpha',
      headers: { ...AUTH, 'if-match': `"${first}"` },
      payload: { document: roadmapDocument('alpha', 'Replaced', ['Only goal']) },
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().revision.seq).toBe(2);
    const wrong = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/roadmaps/alpha',
      headers: { ...AUTH, 'if-match': replaced.headers.etag as string },
      payload: { document: roadmapDocument('beta') },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.pointer).toBe('/document/roadmap/id');
  });

  it('deletes only with the current revision', async () => {
    const first = await createRoadmap(ctx.app, 'alpha');
    expect(
      (await ctx.app.inject({ method: 'DELETE', url: '/api/v1/roadmaps/alpha', headers: AUTH })).statusCode,
    ).toBe(428);
    expect(
      (
        await ctx.app.inject({
          method: 'DELETE',
          url: '/api/v1/roadmaps/alpha',
          headers: { ...AUTH, 'if-match': '"old"' },
        })
      ).statusCode,
    ).toBe(412);
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/v1/roadmaps/alpha',
      headers: { ...AUTH, 'if-match': `"${first}"` },
    });
    expect(deleted.statusCode).toBe(204);
    expect((await ctx.app.inject({ url: '/api/v1/roadmaps/alpha' })).statusCode).toBe(404);
  });

  it('lists roadmaps with cursor pages and returns only those changed since a time', async () => {
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) await createRoadmap(ctx.app, id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/roadmaps?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await ctx.app.inject({ url });
      expect(page.statusCode).toBe(200);
      seen.push(...page.json().items.map((item: { id: string }) => item.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);

    const all = (await ctx.app.inject({ url: '/api/v1/roadmaps' })).json().items as {
      id: string;
      updatedAt: string;
      headRevisionId: string;
    }[];
    const a2 = all.find((item) => item.id === 'a2');
    if (!a2) throw new Error('a2 missing');
    // Touch a2 after everything else: it alone changed since the newest updatedAt so far.
    const newest = all
      .map((item) => item.updatedAt)
      .sort()
      .at(-1) as string;
    await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/roadmaps/a2',
      headers: { ...AUTH, 'if-match': `"${a2.headRevisionId}"` },
      payload: { set: { title: 'Changed' } },
    });
    const since = new Date(Date.parse(newest) + 1).toISOString();
    const changed = await ctx.app.inject({
      url: `/api/v1/roadmaps?updatedSince=${encodeURIComponent(since)}`,
    });
    expect(changed.json().items.map((item: { id: string }) => item.id)).toEqual(['a2']);

    const pages: string[] = [];
    cursor = null;
    do {
      const url: string = `/api/v1/roadmaps?updatedSince=2000-01-01T00:00:00Z&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await ctx.app.inject({ url });
      pages.push(...page.json().items.map((item: { id: string }) => item.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(pages).toHaveLength(5);
    expect(pages.at(-1)).toBe('a2');

    const garbage = await ctx.app.inject({ url: '/api/v1/roadmaps?cursor=not-a-cursor' });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.pointer).toBe('/query/cursor');
    const badDate = await ctx.app.inject({ url: '/api/v1/roadmaps?updatedSince=yesterday' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.pointer).toBe('/query/updatedSince');
  });

  it('manages workspaces and keeps roadmaps apart by ?workspace=', async () => {
    const made = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers: AUTH,
      payload: { id: 'team', name: 'Team' },
    });
    expect(made.statusCode).toBe(201);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/workspaces',
          headers: AUTH,
          payload: { id: 'team' },
        })
      ).statusCode,
    ).toBe(409);
    expect((await ctx.app.inject({ url: '/api/v1/workspaces/team' })).json()).toMatchObject({
      id: 'team',
      name: 'Team',
    });
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/roadmaps?workspace=team',
      headers: AUTH,
      payload: { document: roadmapDocument('alpha') },
    });
    expect((await ctx.app.inject({ url: '/api/v1/roadmaps/alpha?workspace=team' })).statusCode).toBe(200);
    expect((await ctx.app.inject({ url: '/api/v1/roadmaps/alpha' })).statusCode).toBe(404);
    const list = await ctx.app.inject({ url: '/api/v1/workspaces' });
    expect(list.json().items.map((w: { id: string }) => w.id)).toContain('team');
  });
});
