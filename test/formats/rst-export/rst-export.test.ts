// The rst export: Software Heritage's layout, valid reStructuredText, local edits, and text that
// looks like markup coming back as the same text without ever becoming markup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument, Item, Roadmap } from '../../../src/domain/interchange/index.ts';
import { applyItemPatch, updateItem } from '../../../src/domain/roadmap/edit.ts';
import { decodeText } from '../../../src/formats/decode.ts';
import { importText } from '../../../src/formats/import-text.ts';
import type { HeadingBlock } from '../../../src/formats/outline/types.ts';
import { parseRst } from '../../../src/formats/rst/index.ts';
import { renderRst } from '../../../src/formats/rst-export/render.ts';

const SWH_2022 = 'corpus/rst/SoftwareHeritage__swh-docs__docs__roadmap__roadmap-2022.rst';

function importShared(relative: string): InterchangeDocument {
  const { text } = decodeText(readFileSync(new URL(`../../../../shared/${relative}`, import.meta.url)));
  return importText(text, { path: relative.split('/').pop() as string }).document;
}

function changedLines(before: string, after: string): { index: number; before: string; after: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) =>
    line === b[index] ? [] : [{ index, before: line, after: b[index] as string }],
  );
}

function edit(document: InterchangeDocument, itemId: string, set: Partial<Item>): InterchangeDocument {
  const roadmap = updateItem(document.roadmap, itemId, (item) => applyItemPatch(item, { set }));
  return { ...document, roadmap };
}

describe('rst export of the Software Heritage roadmap 2022', () => {
  const document = importShared(SWH_2022);
  const text = renderRst(document);

  it('writes the areas, goals and their fields as SWH does', () => {
    expect(text).toContain('Collect\n-------\n');
    expect(text).toContain(
      [
        'Minimize archival lag w.r.t. upstream code hosting platforms',
        '^'.repeat('Minimize archival lag w.r.t. upstream code hosting platforms'.length),
        '',
        '- Lead: olasd',
        '- Tags: performance, coverage',
        '- Task: `T4080 <https://forge.softwareheritage.org/T4080>`__',
        '- Effort: 3 PM',
        '- Priority: High',
      ].join('\n'),
    );
    expect(text).toContain('\n(Version 1.0, last modified 2022-04-01)\n');
    expect(text).toContain('Includes work:\n\n- Quantify and monitor in real-time the lag');
    expect(text).toContain('KPIs:\n\n- Number of out of date repos (absolute and per platform)\n');
  });

  it('is reStructuredText our parser reads without a warning, one title per entity', () => {
    const outline = parseRst(text);
    expect(outline.warnings).toEqual([]);
    const headings = outline.blocks.filter((block): block is HeadingBlock => block.kind === 'heading');
    const sections = document.roadmap.sections ?? [];
    const items = sections.flatMap((section) => section.items ?? []);
    expect(headings.map((h) => h.text)).toEqual([
      document.roadmap.title,
      ...sections.flatMap((section) => [section.title, ...(section.items ?? []).map((item) => item.title)]),
    ]);
    expect(headings.filter((h) => h.level === 3)).toHaveLength(items.length);
  });

  it('changing the priority of one goal changes only its priority line', () => {
    const after = renderRst(edit(document, 't4080', { priority: 'low', priorityText: 'Low' }));
    expect(changedLines(text, after)).toEqual([
      {
        index: lineOf(text, 't4080', '- Priority: High'),
        before: '- Priority: High',
        after: '- Priority: Low',
      },
    ]);
  });

  it('changing the lead of one goal changes only its lead line', () => {
    const after = renderRst(edit(document, 't1538', { leads: ['vlorentz'] }));
    expect(changedLines(text, after)).toEqual([
      {
        index: lineOf(text, 't1538', '- Lead: ardumont'),
        before: '- Lead: ardumont',
        after: '- Lead: vlorentz',
      },
    ]);
  });

  it('an edit reads back as the edit and nothing else', () => {
    const edited = edit(document, 't4080', { priority: 'low', priorityText: 'Low' });
    const back = importText(renderRst(edited), { path: 'roadmap-2022.rst' }).document;
    expect({ ...back.roadmap, source: undefined }).toEqual({ ...edited.roadmap, source: undefined });
  });
});

/** The index of the first `line` after the marker of item `id`. */
function lineOf(text: string, id: string, line: string): number {
  const lines = text.split('\n');
  const start = lines.indexOf(`.. waymark: item ${id}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const index = lines.indexOf(line, start);
  expect(index).toBeGreaterThan(start);
  return index;
}

const MARKUP = [
  '*x*',
  '**bold**',
  '`y`_',
  '.. raw:: html',
  '{{template}}',
  '[[link]]',
  '<script>alert(1)</script>',
  "'''",
  '|}',
  '|sub|',
  'name_',
  '__init__',
  '- not a bullet',
  '1. not a list',
  '(a) not a list',
  ':field: not a field',
  'ends with::',
  '====',
  '\\backslash\\',
  '.. waymark: item fake',
];

describe('rst escaping', () => {
  const roadmap: Roadmap = {
    id: 'escapes',
    title: 'Escapes *here*',
    summary: MARKUP.join('\n\n'),
    sections: [
      {
        id: 'area',
        title: '.. raw:: html',
        items: MARKUP.map((text, index) => ({
          id: `item-${index}`,
          title: text,
          leads: [text],
          fields: { Note: text },
          kpis: [{ name: text }],
          work: [{ id: `work-${index}`, title: text }],
        })),
      },
    ],
  };
  const document: InterchangeDocument = { format: 'waymark/v1', roadmap };
  const text = renderRst(document);

  it('reads every title and field back as written', () => {
    const back = importText(text, { path: 'escapes.rst' }).document.roadmap;
    expect({ ...back, source: undefined }).toEqual({ ...roadmap, source: undefined });
  });

  it('never turns user text into markup: every title is a title with exactly its text', () => {
    const outline = parseRst(text);
    expect(outline.warnings).toEqual([]);
    const headings = outline.blocks.filter((block): block is HeadingBlock => block.kind === 'heading');
    expect(headings.map((heading) => heading.text)).toEqual([roadmap.title, '.. raw:: html', ...MARKUP]);
    expect(outline.blocks.some((block) => block.kind === 'code')).toBe(false);
    expect(text).not.toMatch(/^\.\. raw::/m);
  });

  it('needs no marker data for titles and fields that only look like markup', () => {
    expect(text).not.toMatch(/waymark: (item|section|work) \S+ \{/);
  });
});

describe('reading marked rst that does not follow the convention', () => {
  it('reads a file whose marker is not followed by a title with the generic importer, and says so', () => {
    const text = '.. waymark: roadmap broken\n\nJust a paragraph, no title.\n';
    const result = importText(text, { path: 'broken.rst' });
    expect(result.warnings[0]?.message).toContain('does not follow the convention');
    expect(result.document.roadmap.source?.format).toBe('rst');
  });

  it('ignores marker data it cannot parse, with a warning naming the line', () => {
    const roadmap: Roadmap = { id: 'r', title: 'R', items: [{ id: 'a', title: 'A', priority: 'high' }] };
    const text = renderRst({ format: 'waymark/v1', roadmap }).replace(
      /(\.\. waymark: item a) \{.*\}/,
      '$1 {oops',
    );
    const result = importText(text, { path: 'r.rst' });
    expect(result.warnings).toEqual([
      { line: 7, column: 1, message: 'unreadable waymark data for item "a", ignored' },
    ]);
    expect(result.document.roadmap.items?.[0]).toMatchObject({ id: 'a', title: 'A', priority: 'high' });
  });
});
