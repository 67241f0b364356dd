import { beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/domain/errors.ts';
import type { Roadmap } from '../../src/domain/interchange/schema.ts';
import type { RevisionInfo } from '../../src/storage/index.ts';
import { storeFactories, useFreshStore } from '../support/dialects.ts';
import { by, edited, WS } from './fixtures.ts';

const forges: Roadmap = {
  id: 'forges',
  title: 'Forges',
  items: [
    { id: 'in-fields', title: 'Mirrors', fields: { Forge: 'GitLab instances' } },
    { id: 'in-summary', title: 'Backups', summary: 'Nightly copies of every GitLab mirror.' },
    { id: 'in-title', title: 'Archive GitLab', summary: 'Crawl the forge.' },
    { id: 'cafe', title: 'Café roadmap', summary: 'Archiving the café menu, with ütf-8 text.' },
    { id: 'unrelated', title: 'Packaging', summary: 'Debian packages.' },
  ],
};

const hostile = [
  '"',
  '""',
  '*',
  'AND OR NOT',
  'gitlab AND',
  'OR',
  '-',
  '-gitlab',
  ':',
  'title:gitlab',
  'NEAR(gitlab backups)',
  '(',
  ')',
  '^gitlab',
  'gitlab*',
  '"unterminated',
  "'; drop table roadmaps; --",
  '\\',
  '\u0000',
  '日本語のドキュメント',
  '🚧 ✅',
  'e\u0301',
  ' ',
  '',
  'x'.repeat(5000),
  Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '),
];

describe.each(storeFactories())('search on $dialect', (factory) => {
  const db = useFreshStore(factory);
  let head: RevisionInfo;

  beforeEach(async () => {
    await db.store.ensureWorkspace(WS);
    head = await db.store.createRoadmap({ workspaceId: WS, roadmap: forges, actor: 'a', kind: 'import' });
  });

  const ids = async (query: string, workspace = WS) =>
    (await db.store.search(workspace, query)).map((h) => h.itemId);

  it('ranks a title match above a summary match above a fields match', async () => {
    const hits = await db.store.search(WS, 'gitlab');
    expect(hits.map((h) => h.itemId)).toEqual(['in-title', 'in-summary', 'in-fields']);
    expect(hits[0]).toMatchObject({ roadmapId: 'forges', title: 'Archive GitLab' });
    expect(hits[0]?.rank).toBeGreaterThan(hits[1]?.rank ?? 0);
    expect(hits[1]?.rank).toBeGreaterThan(hits[2]?.rank ?? 0);
    expect(hits.find((h) => h.itemId === 'in-summary')?.snippet).toContain('**GitLab**');
  });

  it('needs every word, stems them, and ignores case and operators', async () => {
    expect(await ids('gitlab nightly')).toEqual(['in-summary']);
    expect((await ids('gitlab mirror')).sort()).toEqual(['in-fields', 'in-summary']);
    expect(await ids('ARCHIVED')).toEqual(expect.arrayContaining(['in-title', 'cafe']));
    expect(await ids('café')).toEqual(['cafe']);
    expect(await ids('-gitlab')).toHaveLength(3);
    expect(await ids('"gitlab" OR debian')).toEqual([]);
    expect(await db.store.search(WS, 'gitlab', { limit: 1 })).toHaveLength(1);
  });

  it('never fails on hostile query text', async () => {
    for (const query of hostile) {
      const hits = await db.store.search(WS, query);
      expect(Array.isArray(hits), query).toBe(true);
    }
  });

  it('reports an unknown workspace', async () => {
    await expect(db.store.search('nobody', 'gitlab')).rejects.toThrow(NotFoundError);
  });

  it('never crosses workspaces', async () => {
    await db.store.ensureWorkspace('other');
    await db.store.createRoadmap({
      workspaceId: 'other',
      roadmap: { id: 'forges', title: 'Theirs', items: [{ id: 'secret', title: 'GitLab secret plan' }] },
      actor: 'b',
      kind: 'import',
    });
    expect(await ids('gitlab')).not.toContain('secret');
    expect(await ids('secret')).toEqual([]);
    expect(await ids('gitlab', 'other')).toEqual(['secret']);
  });

  it('follows the head: changed and removed items are re-indexed', async () => {
    const next = edited(forges, (r) => {
      const items = r.items ?? [];
      items[2] = { id: 'in-title', title: 'Archive Gitea', summary: 'Crawl the forge.' };
      items.splice(1, 1);
      items.push({ id: 'nested', title: 'Parent', work: [{ id: 'child', title: 'Gitea importer' }] });
    });
    await db.store.writeRoadmap({ workspaceId: WS, roadmap: next, baseRevisionId: head.id, ...by });
    expect(await ids('gitlab')).toEqual(['in-fields']);
    expect((await ids('gitea')).sort()).toEqual(['child', 'in-title']);
    expect(await ids('backups')).toEqual([]);
  });

  it('indexes text a PostgreSQL text column cannot hold', async () => {
    const odd = edited(forges, (r) =>
      r.items?.push({ id: 'odd', title: 'nul\u0000byte \ud800lone surrogate' }),
    );
    await db.store.writeRoadmap({ workspaceId: WS, roadmap: odd, baseRevisionId: head.id, ...by });
    expect(await ids('surrogate')).toEqual(['odd']);
    expect((await db.store.readRoadmap(WS, 'forges')).roadmap).toStrictEqual(odd);
  });
});
