// GET /api/v1/deleted-roadmaps: what mirrors following /roadmaps?updatedSince= must drop. In-process
// and over real HTTP, on every dialect.
import { describe, expect, it } from 'vitest';
import { storeFactories } from '../support/dialects.ts';
import { AUTH, createRoadmap, useApp } from './support.ts';

describe.each(storeFactories())('deleted roadmaps over HTTP on $dialect', (factory) => {
  const ctx = useApp(factory);

  it('lists a deletion with its actor and last revision, pages with the cursor, and refuses a bad since', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const heads: Record<string, string> = {};
    for (const id of ['alpha', 'beta', 'gamma']) heads[id] = await createRoadmap(ctx.app, id);
    for (const id of ['beta', 'alpha']) {
      const deleted = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/roadmaps/${id}`,
        headers: { ...AUTH, 'if-match': `"${heads[id]}"`, 'x-waymark-actor': 'Ana' },
      });
      expect(deleted.statusCode).toBe(204);
    }
    const first = await ctx.app.inject({ url: `/api/v1/deleted-roadmaps?since=${since}&limit=1` });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ id: 'beta', actor: 'Ana', lastRevisionId: heads.beta });
    expect(page.nextCursor).toEqual(expect.any(String));

    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const address = ctx.app.server.address();
    if (typeof address !== 'object' || !address) throw new Error('not listening');
    const rest = await fetch(
      `http://127.0.0.1:${address.port}/api/v1/deleted-roadmaps?since=${since}&cursor=${page.nextCursor}`,
    );
    expect(rest.status).toBe(200);
    const restPage = (await rest.json()) as { items: { id: string }[]; nextCursor: string | null };
    expect(restPage.items.map((d) => d.id)).toEqual(['alpha']);
    expect(restPage.nextCursor).toBeNull();

    const listed = (await ctx.app.inject({ url: `/api/v1/roadmaps?updatedSince=${since}` })).json();
    expect(listed.items.map((r: { id: string }) => r.id)).toEqual(['gamma']);
    const bad = await ctx.app.inject({ url: '/api/v1/deleted-roadmaps?since=yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.pointer).toBe('/query/since');
  });
});
