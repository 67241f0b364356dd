// Import of real documents (../shared) in their own formats and export in every format, in-process
// on every dialect.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/domain/interchange/index.ts';
import { decodeText } from '../../src/formats/decode.ts';
import { importText } from '../../src/formats/import-text.ts';
import { EXPORT_FORMATS } from '../../src/formats/render.ts';
import { storeFactories } from '../support/dialects.ts';
import { AUTH, createRoadmap, useApp } from './support.ts';

const SHARED = new URL('../../../shared/', import.meta.url);
const RST = 'corpus/rst/SoftwareHeritage__swh-docs__docs__roadmap__roadmap-2022.rst';
const WIKI_R1 = 'seeds/mozilla-bidsync-storage-api-v2.r1.wiki';
const WIKI_R2 = 'seeds/mozilla-bidsync-storage-api-v2.r2.wiki';
const shared = (relative: string) => readFileSync(new URL(relative, SHARED));

describe.each(storeFactories())('import and export on $dialect', (factory) => {
  const ctx = useApp(factory);

  it('imports a reStructuredText roadmap as the CLI would parse it', async () => {
    const bytes = shared(RST);
    const expected = importText(decodeText(bytes).text, { path: 'roadmap-2022.rst' }).document;
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/import?filename=roadmap-2022.rst',
      headers: { ...AUTH, 'content-type': 'text/x-rst' },
      payload: bytes,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ created: true, revision: { seq: 1, kind: 'import' } });
    const read = await ctx.app.inject({ url: `/api/v1/roadmaps/${expected.roadmap.id}` });
    expect(read.json().document).toEqual(expected);
  });

  it('dry-runs without storing and reports the parsed document', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/import?format=wikitext&dryRun=true&id=bidsync',
      headers: { ...AUTH, 'content-type': 'application/octet-stream' },
      payload: shared(WIKI_R1),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.format).toBe('wikitext');
    expect(validateDocument(body.document).roadmap.id).toBe('bidsync');
    expect(await ctx.store.listWorkspaces()).toEqual([]);
  });

  it('re-imports a later revision of a document only on the current base', async () => {
    const first = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/import?format=wikitext&id=bidsync',
      headers: { ...AUTH, 'content-type': 'text/plain' },
      payload: shared(WIKI_R1),
    });
    expect(first.statusCode).toBe(201);
    const second = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/import?format=wikitext&id=bidsync',
        headers: { ...AUTH, 'content-type': 'text/plain', 'if-match': first.headers.etag as string },
        payload: shared(WIKI_R2),
      });
    const withoutBase = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/import?format=wikitext&id=bidsync',
      headers: { ...AUTH, 'content-type': 'text/plain' },
      payload: shared(WIKI_R2),
    });
    expect(withoutBase.statusCode).toBe(428);
    const updated = await second();
    expect(updated.statusCode).toBe(200);
    expect(updated.json().revision.seq).toBe(2);
    expect((await second()).statusCode).toBe(412);
    const diff = await ctx.app.inject({ url: '/api/v1/roadmaps/bidsync/diff?from=1&to=2' });
    expect(diff.json().diff.summary.identical).toBe(false);
  });

  it('refuses binary data and invalid interchange JSON with clear errors, storing nothing', async () => {
    const binary = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { ...AUTH, 'content-type': 'application/octet-stream' },
      payload: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    });
    expect(binary.statusCode).toBe(422);
    expect(binary.json().error.code).toBe('not_text');
    const json = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/import?filename=x.json',
      headers: { ...AUTH, 'content-type': 'application/json' },
      payload: JSON.stringify({ format: 'waymark/v1', roadmap: { id: 'x', title: 'X', extra: 1 } }),
    });
    expect(json.statusCode).toBe(422);
    expect(json.json().error.issues[0].pointer).toBe('/roadmap/extra');
    const empty = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/import',
      headers: { ...AUTH, 'content-type': 'text/plain' },
    });
    expect(empty.statusCode).toBe(400);
    expect(await ctx.store.listWorkspaces()).toEqual([]);
  });

  it('exports in every format with its media type and ETag', async () => {
    const revision = await createRoadmap(ctx.app, 'alpha');
    const types: Record<string, RegExp> = {
      json: /^application\/json/,
      yaml: /^application\/yaml/,
      html: /^text\/html/,
      md: /^text\/markdown/,
      rst: /^text\/x-rst/,
      wikitext: /^text\/x-wiki/,
      csv: /^text\/csv/,
      ics: /^text\/calendar/,
      mermaid: /^text\/vnd\.mermaid/,
      atom: /^application\/atom\+xml/,
    };
    for (const format of EXPORT_FORMATS) {
      const response = await ctx.app.inject({ url: `/api/v1/roadmaps/alpha/export?format=${format}` });
      expect(response.statusCode, format).toBe(200);
      expect(response.headers['content-type'], format).toMatch(types[format] ?? /^$/);
      expect(response.headers.etag).toBe(`"${revision}"`);
      expect(response.body.length, format).toBeGreaterThan(0);
    }
    const json = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha/export?format=json' });
    expect(validateDocument(json.json()).roadmap.id).toBe('alpha');
    const html = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha/export?format=html' });
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    const unknown = await ctx.app.inject({ url: '/api/v1/roadmaps/alpha/export?format=docx' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.pointer).toBe('/query/format');
  });
});
