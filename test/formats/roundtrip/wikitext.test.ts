// Wikitext round trips: every real MediaWiki roadmap of ../shared survives import → export wikitext →
// import, and any valid roadmap survives export → import. `source` is exempt: it names the file
// a document was read from, so after a round trip it names the wikitext text (format, path, sha256).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument, Roadmap } from '../../../src/domain/interchange/index.ts';
import { validateDocument } from '../../../src/domain/interchange/index.ts';
import { decodeText } from '../../../src/formats/decode.ts';
import { importText } from '../../../src/formats/import-text.ts';
import { renderWikitext } from '../../../src/formats/wikitext-export/render.ts';
import { arbRoadmap } from '../../support/arbitraries.ts';

const SHARED = new URL('../../../../shared/', import.meta.url);

function withoutSource(roadmap: Roadmap): Omit<Roadmap, 'source'> {
  const { source: _source, ...rest } = roadmap;
  return rest;
}

// Every .wiki and .mediawiki file under ../shared/corpus and ../shared/seeds, found at run time
// (fofix's Roadmap.wiki is Google Code wiki syntax: it is imported as such, then round-trips as wikitext).
function wikiDocuments(): string[] {
  return ['corpus', 'seeds'].flatMap((folder) =>
    readdirSync(new URL(`${folder}/`, SHARED), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(wiki|mediawiki)$/.test(name))
      .map((name) => `${folder}/${name}`),
  );
}

describe('wikitext round trip of the real documents', () => {
  const documents = wikiDocuments();

  it('finds the wikitext documents of ../shared', () => {
    expect(documents.length).toBeGreaterThanOrEqual(4);
  });

  it.each(documents)('%s: import → wikitext → import gives the same roadmap', (relative) => {
    const { text } = decodeText(readFileSync(new URL(relative, SHARED)));
    const first = importText(text, { path: relative.split('/').pop() as string }).document;
    const exported = renderWikitext(first);
    const second = importText(exported, { path: 'exported.wiki' });
    expect(second.format).toBe('wikitext');
    expect(second.warnings).toEqual([]);
    expect(withoutSource(second.document.roadmap)).toEqual(withoutSource(first.roadmap));
    expect(second.document.roadmap.source).toMatchObject({ format: 'wikitext', path: 'exported.wiki' });
    // Exporting what was read gives the same text: the output is a fixed point.
    expect(renderWikitext(second.document)).toBe(exported);
  });
});

describe('wikitext round trip of generated roadmaps', () => {
  it('reads back every generated roadmap exactly', () => {
    fc.assert(
      fc.property(arbRoadmap(), (roadmap) => {
        const document: InterchangeDocument = { format: 'waymark/v1', roadmap };
        const back = importText(renderWikitext(document), { path: 'generated.wiki' });
        expect(back.warnings).toEqual([]);
        expect(withoutSource(back.document.roadmap)).toEqual(withoutSource(roadmap));
        validateDocument(back.document);
      }),
      { numRuns: 300 },
    );
  });
});
