// The wikitext export: Wikimedia-style pages, valid wikitext, local edits, status templates, and
// text that looks like markup coming back as the same text without ever becoming markup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument, Item, Roadmap } from '../../../src/domain/interchange/index.ts';
import { parseEffort } from '../../../src/domain/normalise/index.ts';
import { applyItemPatch, updateItem } from '../../../src/domain/roadmap/edit.ts';
import { decodeText } from '../../../src/formats/decode.ts';
import { importText } from '../../../src/formats/import-text.ts';
import type { HeadingBlock } from '../../../src/formats/outline/types.ts';
import { parseWikitext } from '../../../src/formats/wikitext/index.ts';
import { renderWikitext } from '../../../src/formats/wikitext-export/render.ts';

const BIDSYNC_R2 = 'seeds/mozilla-bidsync-storage-api-v2.r2.wiki';

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
  return {
    ...document,
    roadmap: updateItem(document.roadmap, itemId, (item) => applyItemPatch(item, { set })),
  };
}

function lineOf(text: string, id: string, line: string): number {
  const lines = text.split('\n');
  const start = lines.indexOf(`<!-- waymark: item ${id} -->`);
  expect(start).toBeGreaterThanOrEqual(0);
  const index = lines.indexOf(line, start);
  expect(index).toBeGreaterThan(start);
  return index;
}

const headingsOf = (text: string) =>
  parseWikitext(text).blocks.filter((block): block is HeadingBlock => block.kind === 'heading');

describe('wikitext export of the Mozilla BIDSync storage API plan (r2)', () => {
  const document = importShared(BIDSYNC_R2);
  const text = renderWikitext(document);
  const id = 'design-and-document-the-2-0-protocol-api';

  it('writes sections and goals as headings, fields as bold list lines', () => {
    expect(text).toContain(
      [
        `<!-- waymark: item ${id} -->`,
        '',
        '=== Design and Document the 2.0 Protocol API ===',
        '',
        "* '''Effort''': 1 day, then tweaking as needed in parallel with other tasks.",
      ].join('\n'),
    );
    expect(parseWikitext(text).warnings).toEqual([]);
    expect(headingsOf(text).map((heading) => heading.text)).toContain('Storage API v2.0');
  });

  it('changing the effort of one goal changes only its effort line', () => {
    const effort = parseEffort('2 days');
    expect(effort).toBeDefined();
    const after = renderWikitext(edit(document, id, { effort }));
    const before = "* '''Effort''': 1 day, then tweaking as needed in parallel with other tasks.";
    expect(changedLines(text, after)).toEqual([
      { index: lineOf(text, id, before), before, after: "* '''Effort''': 2 days" },
    ]);
  });

  it('an edit reads back as the edit and nothing else', () => {
    const edited = edit(document, id, { effort: parseEffort('2 days') });
    const back = importText(renderWikitext(edited), { path: 'plan.wiki' }).document;
    expect({ ...back.roadmap, source: undefined }).toEqual({ ...edited.roadmap, source: undefined });
  });
});

describe('wikitext status templates and check-ins', () => {
  const roadmap: Roadmap = {
    id: 'goals',
    title: 'Technology goals',
    sections: [
      {
        id: 'analytics',
        title: 'Analytics',
        kind: 'team',
        leads: ['Nuria Ruiz'],
        items: [
          {
            id: 't1',
            title: 'Ship it',
            status: 'done',
            refs: [{ tracker: 'phabricator', id: 'T1', url: 'https://phabricator.wikimedia.org/T1' }],
          },
          { id: 't2', title: 'Move it', status: 'in_progress' },
          { id: 't3', title: 'Later', status: 'postponed' },
        ],
      },
    ],
    checkins: [
      {
        id: 'october-28-2019-status',
        date: '2019-10-28',
        title: 'October 28, 2019 status',
        scope: 'analytics',
        entries: [{ item: 't1', title: 'Ship it', status: 'done' }],
      },
    ],
  };
  const text = renderWikitext({ format: 'waymark/v1', roadmap });

  it('writes statuses as the templates Wikimedia pages use', () => {
    expect(text).toContain(
      "* '''Status''': {{done}}\n* '''Task''': [https://phabricator.wikimedia.org/T1 T1]",
    );
    expect(text).toContain("* '''Status''': {{in progress}}");
    expect(text).toContain("* '''Status''': {{notdone|Postponed}}");
    expect(text).toContain(
      "== October 28, 2019 status ==\n\n* '''Date''': 2019-10-28\n* '''Scope''': analytics",
    );
    expect(text).toContain("'''Updates:'''\n* {{done}} Ship it");
  });

  it('reads the page back as the same roadmap, with no marker data', () => {
    expect(text).not.toMatch(/waymark: \w+ \S+ \{/);
    const back = importText(text, { path: 'goals.wiki' }).document.roadmap;
    expect({ ...back, source: undefined }).toEqual({ ...roadmap, source: undefined });
  });
});

const MARKUP = [
  '*x*',
  '`y`_',
  '.. raw:: html',
  '{{template}}',
  '{{done}}',
  '[[link]]',
  '[https://example.org x]',
  '<script>alert(1)</script>',
  "'''",
  "''italic''",
  '|}',
  '{|',
  '~~~~',
  '__NOTOC__',
  '&amp;',
  '* not a bullet',
  '# not a list',
  ': not indented',
  '; not a term',
  '= not a heading =',
  '----',
  '<nowiki>x</nowiki>',
  '<!-- waymark: item fake -->',
];

describe('wikitext escaping', () => {
  const roadmap: Roadmap = {
    id: 'escapes',
    title: "Escapes ''here''",
    sections: [
      {
        id: 'area',
        title: '{{template}}',
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
  const text = renderWikitext({ format: 'waymark/v1', roadmap });

  it('reads every title and field back as written', () => {
    const back = importText(text, { path: 'escapes.wiki' }).document.roadmap;
    expect({ ...back, source: undefined }).toEqual({ ...roadmap, source: undefined });
  });

  it('never turns user text into markup: every title is a heading with exactly its text', () => {
    const outline = parseWikitext(text);
    expect(outline.warnings).toEqual([]);
    expect(headingsOf(text).map((heading) => heading.text)).toEqual([
      roadmap.title,
      '{{template}}',
      ...MARKUP,
    ]);
    for (const block of outline.blocks) {
      if ('marks' in block) expect(block.marks).toEqual([]);
    }
    expect(text).not.toMatch(/<script>/);
  });

  it('needs no marker data for titles and fields that only look like markup', () => {
    expect(text).not.toMatch(/waymark: (item|section|work) \S+ \{/);
  });
});
