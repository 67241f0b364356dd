// Waymark Markdown round trips: any valid roadmap survives export → import unchanged, the
// canonical text is a fixed point, and every real Markdown roadmap of ../shared survives
// import → export md → import.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument, Roadmap } from '../../../src/domain/interchange/index.ts';
import { validateDocument } from '../../../src/domain/interchange/index.ts';
import { importText } from '../../../src/formats/import-text.ts';
import { readWaymarkMarkdown, renderWaymarkMarkdown } from '../../../src/formats/waymark-md/index.ts';
import { arbRoadmap } from '../../support/arbitraries.ts';
import { importShared } from '../documents/load.ts';

const documentOf = (roadmap: Roadmap): InterchangeDocument => ({ format: 'waymark/v1', roadmap });

describe('Waymark Markdown round trip of generated roadmaps', () => {
  it('reads back every generated roadmap exactly, without warnings', () => {
    fc.assert(
      fc.property(arbRoadmap(), (roadmap) => {
        const document = documentOf(roadmap);
        const { document: back, warnings } = readWaymarkMarkdown(renderWaymarkMarkdown(document));
        expect(warnings).toEqual([]);
        expect(back).toEqual(document);
        validateDocument(back);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same text again from what it read, byte for byte', () => {
    fc.assert(
      fc.property(arbRoadmap(), (roadmap) => {
        const text = renderWaymarkMarkdown(documentOf(roadmap));
        expect(renderWaymarkMarkdown(readWaymarkMarkdown(text).document)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps deep nesting beyond six heading levels', () => {
    fc.assert(
      fc.property(arbRoadmap({ sectionDepth: 4, workDepth: 4, maxChildren: 2 }), (roadmap) => {
        const document = documentOf(roadmap);
        expect(readWaymarkMarkdown(renderWaymarkMarkdown(document)).document).toEqual(document);
      }),
      { numRuns: 40 },
    );
  });
});

// Every Markdown document of the shared corpus and seeds, found at run time.
const SHARED = new URL('../../../../shared/', import.meta.url);
const markdownDocuments = ['corpus/', 'seeds/'].flatMap((folder) =>
  readdirSync(new URL(folder, SHARED), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .sort()
    .map((name) => `${folder}${name}`),
);

describe('Waymark Markdown round trip of the real Markdown roadmaps', () => {
  it('finds the Markdown documents', () => {
    expect(markdownDocuments.length).toBeGreaterThan(10);
  });

  // `source` names the file a document was imported from, so it is the one key that differs:
  // the first import read the original file, the second the exported one.
  it.each(markdownDocuments)('%s: import → export md → import keeps every id and field', (relative) => {
    const { warnings: _count, ...first } = importShared(relative);
    const exported = renderWaymarkMarkdown(documentOf(first));
    const second = importText(exported, { path: 'roadmap.md' });
    expect(second.warnings).toEqual([]);
    const { source: firstSource, ...firstRest } = first;
    const { source: secondSource, ...secondRest } = second.document.roadmap;
    expect(secondRest).toEqual(firstRest);
    expect(firstSource?.format).toBe('md');
    expect(secondSource).toMatchObject({ format: 'md', path: 'roadmap.md' });
    expect(renderWaymarkMarkdown(second.document)).toBe(
      renderWaymarkMarkdown(documentOf({ ...firstRest, ...(secondSource ? { source: secondSource } : {}) })),
    );
  });
});
