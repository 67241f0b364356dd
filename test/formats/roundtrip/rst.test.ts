// reStructuredText round trips: every real rst roadmap of ../shared survives import → export rst →
// import, and any valid roadmap survives export → import. `source` is exempt: it names the file
// a document was read from, so after a round trip it names the rst text (format, path, sha256).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument, Roadmap } from '../../../src/domain/interchange/index.ts';
import { validateDocument } from '../../../src/domain/interchange/index.ts';
import { decodeText } from '../../../src/formats/decode.ts';
import { importText } from '../../../src/formats/import-text.ts';
import { renderRst } from '../../../src/formats/rst-export/render.ts';
import { arbRoadmap } from '../../support/arbitraries.ts';

const SHARED = new URL('../../../../shared/', import.meta.url);

function withoutSource(roadmap: Roadmap): Omit<Roadmap, 'source'> {
  const { source: _source, ...rest } = roadmap;
  return rest;
}

/** Every .rst file under ../shared/corpus and ../shared/seeds, found at run time. */
function rstDocuments(): string[] {
  return ['corpus', 'seeds'].flatMap((folder) =>
    readdirSync(new URL(`${folder}/`, SHARED), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.rst'))
      .map((name) => `${folder}/${name}`),
  );
}

describe('rst round trip of the real documents', () => {
  const documents = rstDocuments();

  it('finds the rst documents of ../shared', () => {
    expect(documents.length).toBeGreaterThanOrEqual(11);
  });

  it.each(documents)('%s: import → rst → import gives the same roadmap', (relative) => {
    const { text } = decodeText(readFileSync(new URL(relative, SHARED)));
    const first = importText(text, { path: relative.split('/').pop() as string }).document;
    const exported = renderRst(first);
    const second = importText(exported, { path: 'exported.rst' });
    expect(second.format).toBe('rst');
    expect(second.warnings).toEqual([]);
    expect(withoutSource(second.document.roadmap)).toEqual(withoutSource(first.roadmap));
    expect(second.document.roadmap.source).toMatchObject({ format: 'rst', path: 'exported.rst' });
    // Exporting what was read gives the same text: the output is a fixed point.
    expect(renderRst(second.document)).toBe(exported);
  });
});

describe('rst round trip of generated roadmaps', () => {
  it('reads back every generated roadmap exactly', () => {
    fc.assert(
      fc.property(arbRoadmap(), (roadmap) => {
        const document: InterchangeDocument = { format: 'waymark/v1', roadmap };
        const back = importText(renderRst(document), { path: 'generated.rst' });
        expect(back.warnings).toEqual([]);
        expect(withoutSource(back.document.roadmap)).toEqual(withoutSource(roadmap));
        validateDocument(back.document);
      }),
      { numRuns: 300 },
    );
  });
});
