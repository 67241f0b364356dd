import { parse } from 'parse5';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { by, edited, FakeClock, small, WS } from '../storage/fixtures.ts';
import { storeFactories, useFreshStore } from '../support/dialects.ts';
import { listen, type RunningApp } from './events-support.ts';

// The feed's <entry> titles and ids, read with a real parser rather than string matching.
function entries(xml: string): Array<{ id: string; title: string; updated: string }> {
  const found: Array<{ id: string; title: string; updated: string }> = [];
  type Node = { nodeName: string; childNodes?: Node[]; value?: string };
  const text = (node: Node | undefined): string =>
    node?.value ?? (node?.childNodes ?? []).map((child) => text(child)).join('');
  const visit = (node: Node) => {
    if (node.nodeName === 'entry') {
      const child = (name: string) => text(node.childNodes?.find((c) => c.nodeName === name));
      found.push({ id: child('id'), title: child('title'), updated: child('updated') });
    }
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parse(xml) as unknown as Node);
  return found;
}

describe.each(storeFactories())('Atom feeds on $dialect', (factory) => {
  const clock = new FakeClock('2024-03-01T09:00:00.000Z');
  const db = useFreshStore(factory, { now: clock.now });
  let server: RunningApp;

  beforeEach(async () => {
    clock.set('2024-03-01T09:00:00.000Z');
    await db.store.ensureWorkspace(WS, 'Acme');
    server = await listen(db.store);
  });
  afterEach(async () => {
    await server.close();
  });

  const seed = async () => {
    const first = await db.store.createRoadmap({
      workspaceId: WS,
      roadmap: small,
      ...by,
      message: 'Imported',
    });
    clock.set('2024-04-02T10:00:00.000Z');
    const withCheckin = edited(small, (copy) => {
      copy.checkins = [
        { id: 'q1', date: '2024-03-31', title: 'End of Q1 <review>', summary: 'On track & shipping' },
      ];
    });
    await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: withCheckin,
      baseRevisionId: first.id,
      ...by,
      message: 'Q1 check-in',
    });
    clock.set('2024-04-03T10:00:00.000Z');
    await db.store.createRoadmap({
      workspaceId: WS,
      roadmap: { ...small, id: 'other', title: 'Other' },
      ...by,
      message: 'Second',
    });
  };

  it('serves a roadmap’s revisions and check-ins as Atom, newest first, escaped, with an ETag', async () => {
    await seed();
    const response = await server.app.inject({ url: `/api/v1/roadmaps/platform/feed.atom?workspace=${WS}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.body).toContain('<title>End of Q1 &lt;review&gt;</title>');
    expect(entries(response.body).map((entry) => entry.title)).toEqual([
      'Revision 2: Q1 check-in',
      'End of Q1 <review>',
      'Revision 1: Imported',
    ]);
    const head = await db.store.headRevision(WS, 'platform');
    expect(response.headers.etag).toBe(`"${head?.id}"`);
    const again = await server.app.inject({
      url: `/api/v1/roadmaps/platform/feed.atom?workspace=${WS}`,
      headers: { 'if-none-match': String(response.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const limited = await server.app.inject({
      url: `/api/v1/roadmaps/platform/feed.atom?workspace=${WS}&limit=1`,
    });
    expect(entries(limited.body).map((entry) => entry.title)).toEqual([
      'Revision 2: Q1 check-in',
      'End of Q1 <review>',
    ]);
  });

  it('serves the workspace feed across roadmaps and changes its ETag when any roadmap changes', async () => {
    await seed();
    const response = await server.app.inject({ url: `/api/v1/feed.atom?workspace=${WS}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const titles = entries(response.body).map((entry) => entry.title);
    expect(titles).toEqual([
      'Other — revision 1: Second',
      'Platform roadmap — revision 2: Q1 check-in',
      'Platform roadmap — End of Q1 <review>',
      'Platform roadmap — revision 1: Imported',
    ]);
    expect(response.body).toContain(`<id>urn:waymark:workspace:${WS}</id>`);
    const etag = String(response.headers.etag);
    expect(
      (
        await server.app.inject({
          url: `/api/v1/feed.atom?workspace=${WS}`,
          headers: { 'if-none-match': etag },
        })
      ).statusCode,
    ).toBe(304);
    const head = await db.store.headRevision(WS, 'other');
    await db.store.writeRoadmap({
      workspaceId: WS,
      roadmap: { ...small, id: 'other', title: 'Other, renamed' },
      baseRevisionId: head?.id ?? '',
      ...by,
    });
    const changed = await server.app.inject({
      url: `/api/v1/feed.atom?workspace=${WS}`,
      headers: { 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('answers unknown roadmaps and workspaces with 404 in the error shape', async () => {
    const roadmap = await server.app.inject({ url: `/api/v1/roadmaps/nothing/feed.atom?workspace=${WS}` });
    expect(roadmap.statusCode).toBe(404);
    expect(roadmap.json()).toMatchObject({ error: { code: 'not_found' } });
    const workspace = await server.app.inject({ url: '/api/v1/feed.atom?workspace=nowhere' });
    expect(workspace.statusCode).toBe(404);
  });
});
