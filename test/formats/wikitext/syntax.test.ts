import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  FieldBlock,
  ListBlock,
  ParagraphBlock,
  TableBlock,
} from '../../../src/formats/outline/types.ts';
import { parseWikitext } from '../../../src/formats/wikitext/index.ts';
import { nested, shared } from './outline-helpers.ts';

/** The first block, or the first item of a first list. */
function first(text: string) {
  const block = parseWikitext(text).blocks[0];
  return block?.kind === 'list' ? block.items[0] : block;
}

describe('status templates', () => {
  it.each([
    ['{{done}}', 'Done'],
    ['{{in progress}}', 'In progress'],
    ['{{notdone|Postponed}}', 'Postponed'],
    ['{{partially done}}', 'Partially done'],
    ['{{todo}}', 'To do'],
    ['{{yes}}', 'Yes'],
    ['{{no}}', 'No'],
    ['{{Status|Blocked}}', 'Blocked'],
  ])('%s → a template mark and the words %s', (template, words) => {
    expect(first(`* Migrate the cluster ${template}`)).toMatchObject({
      text: `Migrate the cluster ${words}`,
      marks: [{ source: 'template', text: template }],
    });
  });

  it('reads task templates as the reference, linked when the tracker is known', () => {
    expect(first('* Upgrade Kafka {{Phab|T1234}} {{done}}')).toMatchObject({
      text: 'Upgrade Kafka T1234 Done',
      markdown: 'Upgrade Kafka [T1234](https://phabricator.wikimedia.org/T1234) Done',
      links: [{ url: 'https://phabricator.wikimedia.org/T1234', title: 'T1234' }],
    });
  });

  it('keeps other inline templates as written and drops block-level ones', () => {
    const outline = parseWikitext(
      '{{Roadmap header|quarter=Q2}}\n\nShip {{version|2.1}} {{nowrap|on time}}.',
    );
    expect(outline.blocks).toHaveLength(1);
    expect(outline.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Ship {{version|2.1}} on time.' });
  });
});

describe('inline markup', () => {
  it('turns quotes into Markdown emphasis', () => {
    expect(first("'''Bold''' and ''italic'' and '''''both'''''")).toMatchObject({
      text: 'Bold and italic and both',
      markdown: '**Bold** and *italic* and ***both***',
    });
  });

  it('reads internal links as text and external ones as links', () => {
    expect(
      first('See [[Main Page|the home page]], [[Other]] and [https://example.org/x the site].'),
    ).toMatchObject({
      text: 'See the home page, Other and the site.',
      links: [{ url: 'https://example.org/x', title: 'the site' }],
      markdown: 'See the home page, Other and [the site](https://example.org/x).',
    });
  });

  it('marks a fully struck-through text, not a partly struck one', () => {
    expect(first('* <s>Drop IE support</s>')).toMatchObject({
      text: 'Drop IE support',
      markdown: '~~Drop IE support~~',
      marks: [{ source: 'strike', text: 'Drop IE support' }],
    });
    expect(first('* <del>Old</del> and new')).toMatchObject({ marks: [] });
  });

  it('drops comments, behaviour switches, categories and HTML tags', () => {
    const outline = parseWikitext(
      '__TOC__\n<!-- hidden\nnote -->\nVisible <small>text</small>.[[Category:Roadmaps]]',
    );
    expect(outline.blocks).toEqual([expect.objectContaining({ kind: 'paragraph', text: 'Visible text.' })]);
    expect(outline.meta).toEqual({ categories: 'Roadmaps' });
  });

  it('reads MoinMoin colour macros as coloured text and drops other macros', () => {
    const outline = parseWikitext(
      '<<TableOfContents>>\n* <<Color2(green, Owner: task)>>\n* <<Color2(Later, red)>>',
    );
    expect(outline.blocks).toHaveLength(1);
    const list = outline.blocks[0] as ListBlock;
    expect(list.items[0]).toMatchObject({
      text: 'Owner: task',
      marks: [{ source: 'color', text: 'Owner: task', color: 'green' }],
    });
    expect(list.items[1]).toMatchObject({
      text: 'Later',
      marks: [{ source: 'color', text: 'Later', color: 'red' }],
    });
  });

  it('decodes entities', () => {
    expect(first('R&amp;D &lt;b&gt; &#x41;&nbsp;B')).toMatchObject({ text: 'R&D <b> A B' });
  });
});

describe('blocks', () => {
  it('nests mixed list prefixes', () => {
    const list = parseWikitext('* Area\n*# First step\n*# Second step\n** Note\n* Next area')
      .blocks[0] as ListBlock;
    expect(list.items.map((entry) => entry.text)).toEqual(['Area', 'Next area']);
    const [steps, notes] = [nested(list.items[0], 0), nested(list.items[0], 1)];
    expect(steps).toMatchObject({ ordered: true, items: [{ text: 'First step' }, { text: 'Second step' }] });
    expect(notes).toMatchObject({ ordered: false, items: [{ text: 'Note' }] });
  });

  it('reads definition lists as fields', () => {
    const [inline, split] = parseWikitext(';Owner : Nuria Ruiz\n;Estimate\n:2 days\n:then review')
      .blocks as FieldBlock[];
    expect(inline).toMatchObject({ kind: 'field', key: 'Owner', value: { text: 'Nuria Ruiz' } });
    expect(split).toMatchObject({ kind: 'field', key: 'Estimate', value: { text: '2 days' } });
    expect(split?.children).toEqual([expect.objectContaining({ kind: 'paragraph', text: 'then review' })]);
  });

  it('continues a list item with `*:` lines', () => {
    const list = parseWikitext('* Goal\n*: More about the goal').blocks[0] as ListBlock;
    expect(list.items[0]?.children).toEqual([
      expect.objectContaining({ kind: 'paragraph', text: 'More about the goal' }),
    ]);
  });

  it('joins the lines of a paragraph and separates paragraphs at blank lines', () => {
    const blocks = parseWikitext('One line\nand the next.\n\nSecond paragraph.').blocks as ParagraphBlock[];
    expect(blocks.map((block) => block.text)).toEqual(['One line and the next.', 'Second paragraph.']);
    expect(blocks[1]?.pos).toEqual({ line: 4, column: 1 });
  });

  it('reads tables with and without a header row', () => {
    const text =
      '{| class="wikitable"\n|+ Goals\n! Goal !! Status\n|-\n| Search || {{done}}\n|-\n| Sync || {{todo}}\n|}\n\n{|\n| a || b\n|}';
    const [headed, plain] = parseWikitext(text).blocks as TableBlock[];
    expect(headed?.header.map((cell) => cell.text)).toEqual(['Goal', 'Status']);
    expect(headed?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Search', 'Done'],
      ['Sync', 'To do'],
    ]);
    expect(headed?.rows[0]?.[1]?.marks).toEqual([{ source: 'template', text: '{{done}}' }]);
    expect(plain).toMatchObject({
      header: [],
      rows: [[{ text: 'a' }, { text: 'b' }]],
      pos: { line: 10, column: 1 },
    });
  });

  it('reads code: syntaxhighlight, pre, leading spaces and stray ``` fences', () => {
    const text =
      '<syntaxhighlight lang="python">\nprint(1)\n</syntaxhighlight>\n\n x = 1\n\n```sh\nmake\n```';
    expect(parseWikitext(text).blocks).toEqual([
      { kind: 'code', lang: 'python', text: 'print(1)', pos: { line: 1, column: 1 } },
      { kind: 'code', text: 'x = 1', pos: { line: 5, column: 2 } },
      { kind: 'code', lang: 'sh', text: 'make', pos: { line: 7, column: 1 } },
    ]);
  });

  it('warns, with the position, about a fence that is never closed', () => {
    const outline = parseWikitext('Intro\n\n```\ncode');
    expect(outline.warnings).toEqual([{ line: 3, column: 1, message: 'code fence ``` is never closed' }]);
    expect(outline.blocks[1]).toMatchObject({ kind: 'code', text: 'code' });
  });

  it('gives headings their levels and positions', () => {
    expect(parseWikitext('text\n\n=== Q3 goals ===\n').blocks[1]).toMatchObject({
      kind: 'heading',
      level: 3,
      text: 'Q3 goals',
      pos: { line: 3, column: 1 },
    });
  });
});

describe('wikiparser-node offline', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('never fetches anything while parsing', () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network')));
    vi.stubGlobal('fetch', fetch);
    parseWikitext(shared('corpus/wikitext/libsdl-org__sdlwiki__Roadmap.mediawiki'));
    parseWikitext('{{#invoke:Module|main}} {{Template:Remote}} [[File:Logo.svg]] {{int:lang}}');
    expect(fetch).not.toHaveBeenCalled();
  });
});
