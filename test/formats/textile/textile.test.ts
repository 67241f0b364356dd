import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldBlock, ListBlock, TableBlock } from '../../../src/formats/outline/types.ts';
import { parseTextile } from '../../../src/formats/textile/index.ts';
import { expectWellFormed } from '../rst/outline-helpers.ts';

// A roadmap written for these tests (not taken from anywhere).
const sample = readFileSync(new URL('./fixtures/roadmap.textile', import.meta.url), 'utf8');

describe('a Textile roadmap', () => {
  const outline = parseTextile(sample);

  it('reads h1.–h6. headings, the lone h1 as the title, an h2(#id) as an anchor', () => {
    expect(outline.format).toBe('textile');
    expect(outline.title).toBe('Lanternfish Roadmap 2026');
    const headings = outline.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => (h.kind === 'heading' ? [h.level, h.text, h.anchor] : []))).toEqual([
      [1, 'Lanternfish Roadmap 2026', undefined],
      [2, 'Storage', 'storage'],
      [2, 'Release plan', undefined],
    ]);
    expect(headings[0]?.pos).toEqual({ line: 1, column: 5 });
  });

  it('renders phrase modifiers and "text":url links', () => {
    expect(outline.blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: 'Last updated: 2026-03-01. Tracking board: Kanban.',
      markdown:
        'Last updated: **2026-03-01**. Tracking board: [Kanban](https://tracker.example.org/board/7).',
      links: [{ url: 'https://tracker.example.org/board/7', title: 'Kanban' }],
      pos: { line: 3, column: 1 },
    });
  });

  it('nests * lists by marker count, with bold markers and struck items marked', () => {
    const list = outline.blocks[3] as ListBlock;
    expect(list.items.map((i) => i.text)).toEqual([
      'Replace the write-ahead log -- owner: maria (done)',
      'Compaction in the background',
      'Drop the legacy v1 format',
    ]);
    expect(list.items[0]?.marks).toEqual([{ source: 'marker', text: '(done)' }]);
    expect(list.items[0]?.markdown).toBe('Replace the write-ahead log -- owner: `maria` **(done)**');
    const nested = list.items[1]?.children[0] as ListBlock | undefined;
    expect(nested?.items.map((i) => [i.text, i.pos.line])).toEqual([
      ['Measure read amplification', 9],
      ['Throttle on busy disks (in progress)', 10],
    ]);
    expect(list.items[2]?.marks).toEqual([{ source: 'strike', text: 'Drop the legacy v1 format' }]);
  });

  it('reads tables with _. header cells, resolving link aliases', () => {
    const table = outline.blocks[5] as TableBlock;
    expect(table.header.map((c) => c.text)).toEqual(['Version', 'Date', 'Status']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['2.0', '2026-04', 'planned'],
      ['2.1', '2026-09', 'proposed'],
    ]);
    expect(table.rows[1]?.[2]?.links).toEqual([
      { url: 'https://tracker.example.org/issues/42', title: 'proposed' },
    ]);
  });

  it('reads # lists, bc. code, definition lists and p. paragraphs with bare URLs', () => {
    const numbered = outline.blocks[6] as ListBlock;
    expect(numbered.ordered).toBe(true);
    expect(numbered.items.map((i) => i.text)).toEqual(['Freeze features', 'Cut release candidate']);
    expect((numbered.items[1]?.children[0] as ListBlock | undefined)?.items[0]?.text).toBe(
      'Run the soak test',
    );
    expect(outline.blocks[7]).toEqual({
      kind: 'code',
      text: 'make release VERSION=2.0',
      pos: { line: 23, column: 5 },
    });
    const fields = outline.blocks.filter((b): b is FieldBlock => b.kind === 'field');
    expect(fields.map((f) => [f.key, f.value.text])).toEqual([
      ['Owner', 'Maria Silva'],
      ['Reviewers', 'the storage team'],
    ]);
    expect(outline.blocks.at(-1)).toMatchObject({
      kind: 'paragraph',
      text: 'See the old plan, and https://example.org/faq.',
      links: [
        { url: 'https://example.org/old-plan', title: 'the old plan' },
        { url: 'https://example.org/faq' },
      ],
    });
    expect(outline.warnings).toEqual([]);
    expectWellFormed(outline, sample);
  });
});

describe('parseTextile on arbitrary input', () => {
  const PIECES = [
    'h1. ',
    'h2(#x). ',
    'p. ',
    'bc.. ',
    'bq. ',
    '###. ',
    '* ',
    '** ',
    '# ',
    '## ',
    '|_. a |',
    '| b |',
    'table. ',
    '- t := d',
    '"',
    '":',
    'http://x.org',
    '!',
    '!i.png(alt)!',
    '*',
    '_',
    '@',
    '-',
    '+',
    '^',
    '~',
    '%',
    '[',
    ']',
    'word',
    ' ',
    '\n',
    '\n\n',
  ];
  const textileish = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((parts) => parts.join(''));

  it('never throws and keeps positions inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(textileish, fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        expectWellFormed(parseTextile(text), text);
      }),
      { numRuns: 400 },
    );
  });

  it('reads deep nesting, long runs of modifiers, 10 MB and truncated documents', () => {
    for (const text of [
      Array.from({ length: 2000 }, (_, i) => `${'*'.repeat(i + 1)} item`).join('\n'),
      '*a _b '.repeat(100_000),
      `"${'x'.repeat(100_000)}`,
      `http://a${'.'.repeat(100_000)}b`,
      sample.repeat(Math.ceil(10_000_000 / sample.length)),
      ...[0.2, 0.4, 0.6, 0.8].map((cut) => sample.slice(0, Math.floor(sample.length * cut))),
    ]) {
      const outline = parseTextile(text);
      expect(outline.format).toBe('textile');
      expect(outline.blocks.length).toBeGreaterThan(0);
    }
  });
});
