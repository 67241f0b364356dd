// Revisions, restore, as-of reads, diff (JSON and text) and search, in-process on every dialect.
import { describe, expect, it } from 'vitest';
import { storeFactories } from '../support/dialects.ts';
import { AUTH, createRoadmap, useApp } from './support.ts';

describe.each(storeFactories())('history resources on $dialect', (factory) => {
  const ctx = useApp(factory);

  async function rename(title: string, base: string): Promise<string> {
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/roadmaps/alpha',
      headers: { ...AUTH, 'if-match': `"${base}"` },
      payload: { set: { title } },
    });
    expect(response.statusCode).toBe(200);
    return response.json().revision.id;
  }

  it('lists revisions newest first with a cursor and reads the roadmap at each', async () => {
    const r1 = await createRoadmap(ctx.app, 'alpha');
    const r2 = await rename('Second', r1);
    const r3 = await rename('Third', r2);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/roadmaps/alpha/revisions?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await ctx.app.inject({ url });
      expect(page.statusCode).toBe(200);
      ids.push(...page.json().items.map((revision: { id: string }) => revision.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(ids).toEqual([r3, r2, r1]);

    const byNumber = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha/revisions/2' });
    expect(byNumber.json().document.roadmap.title).toBe('Second');
    expect(byNumber.headers.etag).toBe(`"${r2}"`);
    const byId = await ctx.app.inject({ url: `/api/v1/roadmaps/alpha/revisions/${r1}` });
    expect(byId.json().revision.seq).toBe(1);
    const atQuery = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha?revision=2' });
    expect(atQuery.json().document.roadmap.title).toBe('Second');

    const created = (await ctx.store.getRevision('default', 'alpha', r2)).createdAt;
    const asOf = await ctx.app.inject({ url: `/api/v1/roadmaps/alpha?asOf=${encodeURIComponent(created)}` });
    expect(asOf.json().revision.id).toBe(r2);
    const beforeAll = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha?asOf=1990-01-01' });
    expect(beforeAll.statusCode).toBe(404);
    const both = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha?asOf=2020-01-01&revision=1' });
    expect(both.statusCode).toBe(400);
    const unknown = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha/revisions/99' });
    expect(unknown.statusCode).toBe(404);
  });

  it('restores an old revision as a new one, only on the current base', async () => {
    const r1 = await createRoadmap(ctx.app, 'alpha');
    const r2 = await rename('Second', r1);
    const stale = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/roadmaps/alpha/revisions/1/restore',
      headers: { ...AUTH, 'if-match': `"${r1}"` },
    });
    expect(stale.statusCode).toBe(412);
    const restored = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/roadmaps/alpha/revisions/1/restore',
      headers: AUTH,
      payload: { baseRevision: r2 },
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().revision).toMatchObject({ seq: 3, kind: 'restore' });
    const head = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha' });
    expect(head.json().document.roadmap.title).toBe('Roadmap alpha');
  });

  it('diffs two revisions as JSON or text and caches the answer by the pair', async () => {
    const r1 = await createRoadmap(ctx.app, 'alpha');
    await rename('Second', r1);
    const json = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha/diff?from=1&to=2' });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toContain('application/json');
    const body = json.json();
    expect(body.from.seq).toBe(1);
    expect(body.to.seq).toBe(2);
    expect(body.diff.roadmap).toEqual([
      expect.objectContaining({ field: 'title', before: 'Roadmap alpha', after: 'Second' }),
    ]);

    const text = await ctx.app.inject({
      url: '/api/v1/roadmaps/alpha/diff?from=1',
      headers: { accept: 'text/plain' },
    });
    expect(text.headers['content-type']).toContain('text/plain');
    expect(text.body).toContain('"Roadmap alpha" → "Second"');
    const byQuery = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha/diff?from=1&format=text' });
    expect(byQuery.body).toBe(text.body);
    expect(byQuery.headers.etag).not.toBe(json.headers.etag);

    const cached = await ctx.app.inject({
      url: '/api/v1/roadmaps/alpha/diff?from=1&to=2',
      headers: { 'if-none-match': json.headers.etag as string },
    });
    expect(cached.statusCode).toBe(304);
    const same = await ctx.app.inject({ url: `/api/v1/roadmaps/alpha/diff?from=${r1}&to=${r1}&format=text` });
    expect(same.body.trim()).toBe('No changes.');
    const missingFrom = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha/diff' });
    expect(missingFrom.statusCode).toBe(400);
    expect(missingFrom.json().error.pointer).toBe('/query/from');
  });

  it('searches the items of a workspace', async () => {
    await createRoadmap(ctx.app, 'alpha');
    const hits = await ctx.app.inject({ url: '/api/v1/search?q=second' });
    expect(hits.statusCode).toBe(200);
    expect(hits.json().items).toEqual([
      expect.objectContaining({ roadmapId: 'alpha', itemId: 'alpha-item-1', title: 'Second goal' }),
    ]);
    const nothing = await ctx.app.inject({ url: '/api/v1/search?q=zebra' });
    expect(nothing.json().items).toEqual([]);
    const unknownWorkspace = await ctx.app.inject({ url: '/api/v1/search?q=x&workspace=nope' });
    expect(unknownWorkspace.statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/v1/search' })).statusCode).toBe(400);
  });
});
