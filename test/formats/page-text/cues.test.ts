import { describe, expect, it } from 'vitest';
import type { ListBlock, TableBlock } from '../../../src/formats/outline/types.ts';
import { extractStatus, parsePageText } from '../../../src/formats/page-text/index.ts';
import { headings, nested } from '../wikitext/outline-helpers.ts';

describe('headings', () => {
  it('takes names and levels from a Contents block, and drops the block', () => {
    const text = [
      'Roadmap 2024',
      '',
      'Contents',
      '1 Goals',
      '1.1 Search',
      '1.2 Sync',
      '2 Risks',
      '',
      'Goals',
      'What we plan.',
      'Search',
      '• Faster ranking',
      'Sync',
      'Risks',
      'Staffing.',
    ].join('\n');
    const outline = parsePageText(text);
    expect(outline.title).toBe('Roadmap 2024');
    expect(headings(outline)).toEqual([
      { level: 2, text: 'Goals' },
      { level: 3, text: 'Search' },
      { level: 3, text: 'Sync' },
      { level: 2, text: 'Risks' },
    ]);
    expect(outline.blocks.some((block) => 'text' in block && block.text === 'Contents')).toBe(false);
    expect(outline.warnings).toEqual([]);
  });

  it('warns about a contents entry with no heading', () => {
    const outline = parsePageText('Page\n\nContents\n1 Alpha\n2 Beta\n3 Gamma\n\nAlpha\ntext\nGamma\ntext');
    expect(outline.warnings).toEqual([
      { line: 5, column: 1, message: 'contents lists "Beta" but no such heading follows' },
    ]);
  });

  it('uses [edit] links, and only them, when the page has them', () => {
    const outline = parsePageText('Page\n\n\nPlans[edit]\n\nCore Work\n\nShip it\n\n\n[edit] Later\n\nMore');
    expect(headings(outline)).toEqual([
      { level: 2, text: 'Plans' },
      { level: 2, text: 'Later' },
    ]);
  });

  it('reads underlined and numbered headings', () => {
    const outline = parsePageText(
      'Intro text.\n\nGoals\n=====\nText.\n\nDetails\n-------\nMore.\n\n2.1 Sync Engine\n\nBody.',
    );
    expect(headings(outline)).toEqual([
      { level: 2, text: 'Goals' },
      { level: 3, text: 'Details' },
      { level: 3, text: 'Sync Engine' },
    ]);
  });

  it('reads short title-like lines standing alone, not sentences or placeholders', () => {
    const outline = parsePageText(
      'Title\n\nCurrent Problems\n\n• One\n\nThis is a sentence.\n\nXXX\n\nNEXT STEPS\n\nrest of the text',
    );
    expect(headings(outline).map((heading) => heading.text)).toEqual(['Current Problems', 'NEXT STEPS']);
  });

  it('treats a Key: value line as a heading only when a heading follows it', () => {
    const outline = parsePageText(
      'Title\n\nBackend: Data Processing\n\nRequirements\n\n• Fast\n\nOwner: Ana Lima\n\nSome text here.',
    );
    expect(headings(outline).map((heading) => heading.text)).toEqual([
      'Backend: Data Processing',
      'Requirements',
    ]);
    expect(outline.blocks).toContainEqual(
      expect.objectContaining({ kind: 'paragraph', text: 'Owner: Ana Lima' }),
    );
  });
});

describe('chrome', () => {
  it('drops navigation lines and everything after the page footer', () => {
    const text = [
      'Sync roadmap',
      'From Wikipedia, the free encyclopedia',
      'Jump to navigation Jump to search',
      '',
      'Plan text.',
      '',
      'Retrieved from "https://example.org/wiki/Sync"',
      'Categories: Roadmaps',
      'Navigation menu',
      'Personal tools',
    ].join('\n');
    const outline = parsePageText(text);
    expect(outline.title).toBe('Sync roadmap');
    expect(outline.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Plan text.',
        markdown: 'Plan text.',
        links: [],
        marks: [],
        pos: { line: 5, column: 1 },
      },
    ]);
  });
});

describe('lists', () => {
  it('nests bullets of any kind by indentation', () => {
    const outline = parsePageText(
      'Title\n\n  • Top\n    ◦ Middle\n      ▪ Bottom\n    o Other\n  - Second\n  1. First\n  2. Second',
    );
    const [bullets, numbers] = outline.blocks as ListBlock[];
    expect(bullets?.items.map((entry) => entry.text)).toEqual(['Top', 'Second']);
    const middle = nested(bullets?.items[0]);
    expect(middle.items.map((entry) => entry.text)).toEqual(['Middle', 'Other']);
    expect(nested(middle.items[0]).items[0]?.text).toBe('Bottom');
    expect(numbers).toMatchObject({ ordered: true, items: [{ text: 'First' }, { text: 'Second' }] });
  });

  it('joins hard-wrapped lines', () => {
    const line = 'word '.repeat(14).trim();
    const text = Array.from({ length: 6 }, () => `${line}\n${line}\nend.\n`).join('\n');
    const outline = parsePageText(`Title\n\n${text}`);
    expect(outline.blocks).toHaveLength(6);
    expect(outline.blocks[0]).toMatchObject({ text: `${line} ${line} end.` });
  });
});

describe('tables', () => {
  it('reads tab-separated rows, with a header when it reads like one', () => {
    const outline = parsePageText('Title\n\nGoal\tStatus\tOwner\nSearch\tYes Done\tAna\nSync\tTo do\tBo');
    const table = outline.blocks[0] as TableBlock;
    expect(table.header.map((cell) => cell.text)).toEqual(['Goal', 'Status', 'Owner']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Search', 'Yes Done', 'Ana'],
      ['Sync', 'To do', 'Bo'],
    ]);
    expect(table.rows[0]?.[1]?.marks).toEqual([{ source: 'rendered', text: 'Yes Done' }]);
  });

  it('reads columns lined up with spaces under a header, with continuation rows', () => {
    const text =
      'Title\n\nStatus %   Desc              Effort\n========   ===============   ======\n50         API rewrite       a/b/c\n           (second part)\n100        Docs              1/1/1\n';
    const table = parsePageText(text).blocks[0] as TableBlock;
    expect(table.header.map((cell) => cell.text)).toEqual(['Status %', 'Desc', 'Effort']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['50', 'API rewrite (second part)', 'a/b/c'],
      ['100', 'Docs', '1/1/1'],
    ]);
  });

  it('reads rated, column-aligned lines as a list headed by the label above them, not a table', () => {
    const text = 'Title\n\nIntro text.\n\nMacros (masak)\n2 **    hygienic macros\n3 ?     Textual macros\n';
    const outline = parsePageText(text);
    expect(outline.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'list']);
    expect(outline.blocks[1]).toMatchObject({ kind: 'heading', text: 'Macros (masak)' });
    expect((outline.blocks[2] as ListBlock).items.map((entry) => entry.text)).toEqual([
      '2 ** hygienic macros',
      '3 ? Textual macros',
    ]);
  });

  it('drops the rule under a plain-text title', () => {
    const outline = parsePageText('Rakudo Roadmap\n--------------\n\nLast updated: 2015-07-26\n');
    expect(outline.title).toBe('Rakudo Roadmap');
    expect(outline.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind))).toEqual([
      'Last updated: 2015-07-26',
    ]);
  });

  it('leaves sentences with double spaces alone', () => {
    const outline = parsePageText('Title\n\nWe ship.  Then we rest.\nAnd again.  Later on.');
    expect(outline.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });
});

describe('rendered statuses', () => {
  it.each([
    ['Yes\u00a0Done - Ship the API', 'Ship the API', 'Yes\u00a0Done'],
    ['In progress In progress Prepare the newsletter', 'Prepare the newsletter', 'In progress In progress'],
    ['To do - Write docs', 'Write docs', 'To do'],
    ['Migrate the cluster N\u00a0Postponed', 'Migrate the cluster', 'N\u00a0Postponed'],
    ['Release the dataset - Blocked', 'Release the dataset', 'Blocked'],
    ['Incomplete Partially done', '', 'Incomplete Partially done'],
    [
      'Metrics In progress In progress (defined, not built)',
      'Metrics (defined, not built)',
      'In progress In progress',
    ],
  ])('%s', (line, text, status) => {
    expect(extractStatus(line)).toEqual({ text, mark: { source: 'rendered', text: status } });
  });

  it.each(['Status: Pending', 'Done is better than perfect', 'Get things done', 'Unblocked the queue'])(
    '%s has none',
    (line) => {
      expect(extractStatus(line).mark).toBeUndefined();
    },
  );
});
