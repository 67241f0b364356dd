// parseMarkdown on real roadmap documents from the shared corpus. Every fact asserted here was
// checked by reading the document itself.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/formats/markdown/index.ts';
import type { Block, ListBlock, TableBlock } from '../../../src/formats/outline/types.ts';
import { allBlocks, allItems, checkShape, corpus, headings, section } from './outline-helpers.ts';

const tables = (blocks: readonly Block[]): TableBlock[] =>
  allBlocks(blocks).filter((block): block is TableBlock => block.kind === 'table');

describe('CPAN Testers ROADMAP.md', () => {
  const outline = parseMarkdown(corpus('md/cpan-testers__cpantesters-project__ROADMAP.md'));

  it('reads the title and the component headings', () => {
    checkShape(outline);
    const [title] = headings(outline);
    expect(title).toMatchObject({
      level: 1,
      text: 'CPAN Testers Project Roadmap',
      pos: { line: 2, column: 1 },
    });
    expect(
      headings(outline)
        .filter((h) => h.level === 2)
        .map((h) => h.text),
    ).toEqual([
      'Operations and Documentation',
      'Backend: Data Processing (ETL)',
      'Data APIs',
      'Web App',
      'Metabase',
      'Testers',
    ]);
  });

  it('keeps the coloured status spans as colour marks, and their words as text', () => {
    const statusItem = (component: string) => {
      const list = section(outline, component).find((block): block is ListBlock => block.kind === 'list');
      return list?.items[0];
    };
    expect(statusItem('Operations and Documentation')).toMatchObject({
      text: 'Status: In Development',
      marks: [{ source: 'color', text: 'In Development', color: 'yellow' }],
      pos: { line: 6, column: 1 },
    });
    expect(statusItem('Backend: Data Processing (ETL)')?.marks).toEqual([
      { source: 'color', text: 'Planning', color: 'blue' },
    ]);
    expect(statusItem('Web App')?.marks).toEqual([{ source: 'color', text: 'Pending', color: 'red' }]);
    expect(statusItem('Metabase')?.marks).toEqual([
      { source: 'color', text: 'Under Discussion', color: 'red' },
    ]);
  });

  it('nests list items and resolves autolinks', () => {
    const requirements = section(outline, 'Requirements')[0] as ListBlock;
    expect(requirements.items.map((item) => item.text)).toEqual([
      'Monitoring',
      'Logging',
      'Statistics',
      'Deployment',
    ]);
    const monitoring = requirements.items[0]?.children[0] as ListBlock;
    expect(monitoring.items[0]?.text).toBe(
      'Each component of CPAN Testers should be monitored for correct operation',
    );
    const problems = allItems(section(outline, 'Current Problems'));
    expect(problems.flatMap((item) => item.links)).toContainEqual({
      url: 'http://stats.cpantesters.org/osmatrix-month.html',
    });
  });
});

describe('TC39 proposals README', () => {
  const outline = parseMarkdown(corpus('md/tc39__proposals__README.md'));
  const [stage3] = tables(section(outline, 'Stage 3'));

  it('reads the table header, <sub> and all', () => {
    checkShape(outline);
    expect(stage3?.header.map((cell) => cell.text)).toEqual([
      'Proposal',
      'Author',
      'Champion',
      'Test262 Feature Flag',
      'Meeting Notes',
    ]);
  });

  it('resolves reference links to URLs in a row', () => {
    const row = stage3?.rows[0];
    expect(row?.[0]).toMatchObject({
      text: 'Legacy RegExp features in JavaScript',
      markdown:
        '[Legacy RegExp features in JavaScript](https://github.com/tc39/proposal-regexp-legacy-features)',
      links: [
        {
          url: 'https://github.com/tc39/proposal-regexp-legacy-features',
          title: 'Legacy RegExp features in JavaScript',
        },
      ],
    });
    expect(row?.[1]?.text).toBe('Claude Pache');
    expect(row?.[3]?.links).toEqual([
      { url: 'https://github.com/tc39/test262/search?l=JavaScript&q=legacy-regexp', title: 'legacy-regexp' },
    ]);
  });

  it('keeps <br /> separated champions as lines, entities decoded', () => {
    const row = stage3?.rows[0];
    expect(row?.[2]?.text).toBe('Mark Miller\nClaude Pache');
    expect(row?.[2]?.markdown).toBe('Mark Miller<br>Claude Pache');
    // `&nbsp;-[2026&#8209;01][…]`: the no-break space collapses, U+2011 stays.
    expect(row?.[4]?.text.split('\n')).toEqual(['-2026\u201101', '-2024\u201106', '-2017\u201105']);
    expect(row?.[4]?.links.map((link) => link.url)).toEqual([
      'https://github.com/tc39/notes/blob/HEAD/meetings/2026-01/january-21.md#legacy-regexp-features-in-javascript',
      'https://github.com/tc39/notes/blob/HEAD/meetings/2024-06/june-11.md#legacy-regexp-features-in-javascript',
      'https://github.com/tc39/notes/blob/HEAD/meetings/2017-05/may-25.md#15ia-regexp-legacy-features-for-stage-3',
    ]);
  });

  it('keeps :question: as text, with an emoji mark', () => {
    const join = stage3?.rows.find((row) => row[0]?.text === 'Iterator Join');
    expect(join?.[3]).toMatchObject({ text: ':question:', marks: [{ source: 'emoji', text: ':question:' }] });
  });

  it('leaves references the document never defines as written', () => {
    const sourcePhase = stage3?.rows.find((row) => row[0]?.text === 'Source Phase Imports');
    expect(sourcePhase?.[4]?.text).toContain('[2023\u201107][source-phase-imports-notes-2023-07]');
  });
});

describe('TypeScript wiki Roadmap (CRLF)', () => {
  const text = corpus('md/microsoft__TypeScript-wiki__Roadmap.md');
  const outline = parseMarkdown(text);

  it('is read with CRLF line endings, positions counting lines as an editor does', () => {
    expect(text).toContain('\r\n');
    checkShape(outline);
    expect(headings(outline).slice(0, 3)).toMatchObject([
      { level: 1, text: 'Future', pos: { line: 10, column: 1 } },
      { level: 1, text: '5.0 (March 2023)', pos: { line: 21, column: 1 } },
      { level: 1, text: '4.9 (November 2022)', pos: { line: 49, column: 1 } },
    ]);
  });

  it('counts checked and unchecked tasks under a version', () => {
    const items = allItems(section(outline, '3.9 (May 2020)'));
    expect(items.filter((item) => item.checked === true)).toHaveLength(11);
    const open = items.filter((item) => item.checked === false);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      text: 'Declare a private method',
      markdown: '[Declare a `private` method](https://github.com/microsoft/TypeScript/issues/37782)',
      marks: [{ source: 'checkbox', text: '[ ]' }],
      pos: { line: 215, column: 3 },
    });
    expect(
      allItems(section(outline, '5.0 (March 2023)')).filter((item) => item.checked === true),
    ).toHaveLength(22);
  });

  it('keeps the checkbox as written', () => {
    const legend = allItems(outline.blocks)[4];
    expect(legend).toMatchObject({ checked: true, marks: [{ source: 'checkbox', text: '[X]' }] });
  });
});

describe('Bean Validation roadmap', () => {
  const outline = parseMarkdown(corpus('md/beanvalidation__beanvalidation.org__roadmap.md'));

  it('reads the front matter into meta and title', () => {
    checkShape(outline);
    expect(outline.title).toBe('Jakarta Bean Validation roadmap');
    expect(outline.meta).toEqual({
      title: 'Jakarta Bean Validation roadmap',
      layout: 'default',
      author: 'Emmanuel Bernard',
    });
  });

  it('takes <a id> anchors out of the heading text', () => {
    expect(headings(outline)).toMatchObject([
      { level: 3, text: 'Next revision', anchor: 'next', pos: { line: 16, column: 1 } },
      { level: 3, text: '(Archived) Next revision', anchor: 'archived', pos: { line: 25, column: 1 } },
    ]);
  });

  it('gives short rows empty cells', () => {
    const [next] = tables(section(outline, 'Next revision'));
    expect(next?.rows).toHaveLength(4);
    expect(next?.rows[1]?.map((cell) => cell.text)).toEqual(['BVAL-499', '', '', '']);
    expect(next?.rows[0]?.[3]?.text).toBe('Validating elements contained in a container (like collections)');
  });
});

describe('Monero roadmap (an HTML block with Liquid tags)', () => {
  const outline = parseMarkdown(corpus('md/monero-project__monero-site__resources__roadmap__index.md'));

  it('reads front matter, and the Liquid tags as text', () => {
    checkShape(outline);
    expect(outline.title).toBe('titles.roadmap');
    expect(outline.meta.permalink).toBe('/resources/roadmap/index.html');
    expect(outline.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: '{% t global.lang_tag %}',
      pos: { line: 7 },
    });
  });

  it('reads the HTML block into headings and lists with class marks', () => {
    const years = headings(outline).filter((h) => h.text === '2014');
    expect(years).toMatchObject([{ level: 2, pos: { line: 33, column: 25 } }]);
    const april = section(outline, '2014');
    expect(april[0]).toMatchObject({ kind: 'heading', level: 3, text: '{% t roadmap.apr %}' });
    expect(april[1]).toMatchObject({
      kind: 'list',
      items: [
        {
          text: '{% t roadmap.launched %}',
          links: [
            { url: 'https://bitcointalk.org/index.php?topic=563821.0', title: '{% t roadmap.launched %}' },
          ],
          marks: [{ source: 'class', text: 'completed' }],
          pos: { line: 36, column: 36 },
        },
        { text: '{% t roadmap.renamed %}', marks: [{ source: 'class', text: 'completed' }] },
      ],
    });
  });

  it('counts items by status class', () => {
    const byClass = new Map<string, number>();
    for (const item of allItems(outline.blocks)) {
      for (const mark of item.marks) byClass.set(mark.text, (byClass.get(mark.text) ?? 0) + 1);
    }
    expect(Object.fromEntries(byClass)).toEqual({ completed: 92, ongoing: 5, upcoming: 2, proposed: 1 });
  });
});

describe('KEDA roadmap', () => {
  const outline = parseMarkdown(corpus('md/kedacore__keda__ROADMAP.md'));

  it('reads the release tables', () => {
    checkShape(outline);
    const [upcoming, previous] = tables(section(outline, 'Upcoming Release Cycles'));
    expect(upcoming?.header.map((cell) => cell.text)).toEqual(['Version', 'Estimated Release Date']);
    expect(upcoming?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['v2.21', '2nd week of September 2026'],
      ['v2.22', '2nd week of January 2027'],
      ['v2.23', '2nd week of May 2027'],
    ]);
    expect(previous?.rows).toHaveLength(14);
    expect(previous?.rows[0]?.[2]?.links).toEqual([
      { url: 'https://github.com/kedacore/keda/releases/tag/v2.20.0', title: 'Release Notes' },
    ]);
  });
});

describe('Rust project goals 2024h2 async', () => {
  const outline = parseMarkdown(corpus('md/rust-lang__rust-project-goals__src__2024h2__async.md'));

  it('reads the metadata table', () => {
    checkShape(outline);
    const metadata = outline.blocks[1] as TableBlock;
    expect(metadata.header.map((cell) => cell.text)).toEqual(['Metadata', '']);
    expect(metadata.rows.map((row) => row[0]?.text)).toEqual([
      'Short title',
      'Point of contact',
      'Status',
      'Flagship',
      'Tracking issue',
      'Zulip channel',
    ]);
    expect(metadata.rows[2]?.[1]?.text).toBe('Accepted');
    expect(metadata.rows[5]?.[1]?.links).toEqual([
      { url: 'https://rust-lang.zulipchat.com/#narrow/channel/187312-wg-async/', title: '#wg-async' },
    ]);
  });

  it('marks struck-through cells and badge images', () => {
    const [send] = tables(section(outline, '"Send bound" problem'));
    const [implementation, authorRfc, rfcDecision] = send?.rows ?? [];
    expect(implementation?.[0]).toMatchObject({
      text: 'Implementation',
      marks: [{ source: 'strike', text: '~~Implementation~~' }],
    });
    expect(implementation?.[1]?.marks).toEqual([{ source: 'strike', text: '~~@compiler-errors~~' }]);
    expect(implementation?.[2]).toMatchObject({
      text: 'Complete',
      marks: [{ source: 'marker', text: 'Complete' }],
    });
    expect(authorRfc?.[1]?.marks).toEqual([]);
    // `![Team][]` has no definition in this file: still read as a marker.
    expect(rfcDecision?.[1]).toMatchObject({
      text: 'Team [lang]',
      marks: [{ source: 'marker', text: 'Team' }],
    });
    expect(rfcDecision?.[0]?.marks).toEqual([]);
  });

  it('reads a stretch-goal badge and a struck task', () => {
    const stretch = section(outline, 'Stabilize trait for async iteration')[0];
    expect(stretch).toMatchObject({ kind: 'paragraph', marks: [{ source: 'marker', text: 'Stretch Goal' }] });
    const traits = allItems(outline.blocks).find((item) => item.text.startsWith('traits'));
    expect(traits).toMatchObject({ checked: true, pos: { line: 39, column: 3 } });
    // Partly struck: no strike mark.
    expect(traits?.marks.map((mark) => mark.source)).toEqual(['checkbox']);
  });
});
