// Block constructs of reStructuredText, one small document each.
import { describe, expect, it } from 'vitest';
import type { FieldBlock, ListBlock, TableBlock } from '../../../src/formats/outline/types.ts';
import { parseRst } from '../../../src/formats/rst/index.ts';

const rst = (...lines: string[]) => parseRst(lines.join('\n'));

describe('section titles', () => {
  it('numbers levels by first use of each style; overline + underline differs from underline alone', () => {
    const outline = rst('=====', 'Title', '=====', '', 'A', '=', '', 'B', '-', '', 'C', '=', '');
    expect(outline.blocks.map((b) => (b.kind === 'heading' ? [b.text, b.level] : b.kind))).toEqual([
      ['Title', 1],
      ['A', 2],
      ['B', 3],
      ['C', 2],
    ]);
    expect(outline.title).toBe('Title');
  });

  it('warns about an inconsistent level and keeps the title one level down', () => {
    const outline = rst('A', '=', '', 'B', '-', '', 'C', '=', '', 'D', '~', '');
    expect(outline.blocks.map((b) => (b.kind === 'heading' ? b.level : 0))).toEqual([1, 2, 1, 2]);
    expect(outline.warnings).toEqual([
      { line: 10, column: 1, message: "title level inconsistent: new adornment '~' under a level 1 section" },
    ]);
    expect(outline.title).toBeUndefined();
  });

  it('warns about short underlines and mismatched overlines, and ignores transitions', () => {
    const outline = rst(
      'Long title',
      '====',
      '',
      'text',
      '',
      '--------',
      '',
      '~~~~~~',
      'Other',
      '======',
      '',
    );
    expect(outline.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading']);
    expect(outline.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'title underline too short'],
      [10, 'title overline and underline do not match'],
    ]);
  });

  it('reads an underlined line that follows text at once as a title, with a warning', () => {
    const outline = rst('Some text.', 'Heading', '=======', '', 'Body.');
    expect(outline.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(outline.warnings).toEqual([
      { line: 2, column: 1, message: 'section title without a blank line before it' },
    ]);
  });

  it('gives a title the anchor of the internal target before it', () => {
    const outline = rst(
      '.. _first:',
      '.. _goals:',
      '',
      'Goals',
      '=====',
      '',
      'Text',
      '',
      '.. _lost:',
      '',
      'Para.',
    );
    expect(outline.blocks[0]).toMatchObject({ kind: 'heading', anchor: 'goals' });
    expect(outline.blocks[1]).not.toHaveProperty('anchor');
  });

  it('does not take a title preceded by text or a contents directive as the document title', () => {
    expect(rst('Intro.', '', 'Title', '=====').title).toBeUndefined();
    expect(rst('.. contents::', '', 'Title', '=====').title).toBeUndefined();
    expect(rst('.. comment', '', 'Title', '=====').title).toBe('Title');
  });
});

describe('docinfo and field lists', () => {
  it('moves a field list right after the title into meta, and keeps later ones as fields', () => {
    const outline = rst(
      'Plan',
      '====',
      '',
      ':Version: 1.2',
      ':Last modified: 2024-01-02',
      '',
      'Body.',
      '',
      ':Owner: bob',
      ':Status: **(done)**',
      '   and more',
    );
    expect(outline.meta).toEqual({ Version: '1.2', 'Last modified': '2024-01-02' });
    const fields = outline.blocks.filter((b): b is FieldBlock => b.kind === 'field');
    expect(fields.map((f) => [f.key, f.value.text])).toEqual([
      ['Owner', 'bob'],
      ['Status', '(done) and more'],
    ]);
    expect(fields[1]?.value.marks).toEqual([{ source: 'marker', text: '(done)' }]);
    expect(fields[0]?.pos).toEqual({ line: 9, column: 1 });
  });

  it('reads a docinfo field list at the very top when there is no title', () => {
    expect(rst(':Author: me', ':Date: 2020', '', 'Text').meta).toEqual({ Author: 'me', Date: '2020' });
  });
});

describe('lists', () => {
  it('nests bullet lists by indentation and joins multi-line items', () => {
    const outline = rst('- one', '  continued', '', '  - nested', '', '* other list');
    const [first, second] = outline.blocks as ListBlock[];
    expect(first?.items[0]?.text).toBe('one continued');
    expect((first?.items[0]?.children[0] as ListBlock | undefined)?.items[0]?.pos).toEqual({
      line: 4,
      column: 3,
    });
    expect(second?.items[0]?.text).toBe('other list');
  });

  it('reads arabic, auto, alphabetic and roman enumerators; `#.` continues a list as in docutils', () => {
    const outline = rst('1. a', '2. b', '', '#. c', '', '(a) d', '(b) e', '', 'i) f', 'ii) g');
    const lists = outline.blocks as ListBlock[];
    expect(lists.map((l) => [l.ordered, l.items.map((i) => i.text)])).toEqual([
      [true, ['a', 'b', 'c']],
      [true, ['d', 'e']],
      [true, ['f', 'g']],
    ]);
  });

  it('reads "A. Einstein was" followed by unindented text as a paragraph', () => {
    expect(rst('A. Einstein was a really', 'smart dude.').blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: 'A. Einstein was a really smart dude.',
    });
  });

  it('turns task boxes into checked items with a checkbox mark', () => {
    const list = rst('- [x] shipped', '- [ ] pending').blocks[0] as ListBlock;
    expect(list.items.map((i) => [i.checked, i.text, i.marks])).toEqual([
      [true, 'shipped', [{ source: 'checkbox', text: '[x]' }]],
      [false, 'pending', [{ source: 'checkbox', text: '[ ]' }]],
    ]);
  });

  it('reads definition lists as fields keyed by the term', () => {
    const outline = rst(
      'Term one',
      '    Definition *one*.',
      '',
      'Term two : classifier',
      '    Two.',
      '',
      '    More.',
    );
    expect(
      outline.blocks.map((b) => (b.kind === 'field' ? [b.key, b.value.markdown, b.children.length] : b.kind)),
    ).toEqual([
      ['Term one', 'Definition *one*.', 0],
      ['Term two', 'Two.', 1],
    ]);
  });
});

describe('tables', () => {
  it('reads grid tables with a header, multi-line cells and spans', () => {
    const table = rst(
      '+--------+---------+',
      '| Head 1 | Head 2  |',
      '+========+=========+',
      '| a      | b       |',
      '| a2     |         |',
      '+--------+---------+',
      '| spans both       |',
      '+------------------+',
    ).blocks[0] as TableBlock;
    expect(table.header.map((c) => c.text)).toEqual(['Head 1', 'Head 2']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['a a2', 'b'],
      ['spans both', ''],
    ]);
  });

  it('reads a simple table without header', () => {
    const table = rst('===  ===', 'a    b', 'c    d', '===  ===', '').blocks[0] as TableBlock;
    expect(table.header).toEqual([]);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('warns about a simple table without a bottom border and keeps its rows', () => {
    const outline = rst('===  ===', 'a    b', '', 'After.');
    expect(outline.blocks[0]).toMatchObject({ kind: 'table', rows: [[{ text: 'a' }, { text: 'b' }]] });
    expect(outline.warnings).toEqual([
      { line: 1, column: 1, message: 'malformed simple table: no bottom border' },
    ]);
  });

  it('reads list-table and csv-table directives', () => {
    const outline = rst(
      '.. list-table:: Plan',
      '   :header-rows: 1',
      '',
      '   * - Item',
      '     - Owner',
      '   * - Build',
      '     - *ann*',
      '',
      '.. csv-table::',
      '   :header: "X", "Y"',
      '',
      '   1, "two, three"',
    );
    const [list, csv] = outline.blocks as TableBlock[];
    expect(list?.header.map((c) => c.text)).toEqual(['Item', 'Owner']);
    expect(list?.rows[0]?.map((c) => c.markdown)).toEqual(['Build', '*ann*']);
    expect(csv?.header.map((c) => c.text)).toEqual(['X', 'Y']);
    expect(csv?.rows[0]?.map((c) => c.text)).toEqual(['1', 'two, three']);
  });
});

describe('literal text, directives and comments', () => {
  it('reads :: literal blocks, quoted literal blocks and doctests as code', () => {
    const outline = rst(
      'Example::',
      '',
      '    raw  text',
      '      more',
      '',
      'Quoted::',
      '',
      '> a',
      '> b',
      '',
      '>>> 1 + 1',
      '2',
    );
    expect(outline.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Example:',
        markdown: 'Example:',
        links: [],
        marks: [],
        pos: { line: 1, column: 1 },
      },
      { kind: 'code', text: 'raw  text\n  more', pos: { line: 3, column: 5 } },
      {
        kind: 'paragraph',
        text: 'Quoted:',
        markdown: 'Quoted:',
        links: [],
        marks: [],
        pos: { line: 6, column: 1 },
      },
      { kind: 'code', text: '> a\n> b', pos: { line: 8, column: 1 } },
      { kind: 'code', lang: 'pycon', text: '>>> 1 + 1\n2', pos: { line: 11, column: 1 } },
    ]);
  });

  it('reads code directives with their language', () => {
    const outline = rst('.. code-block:: python', '   :linenos:', '', '   def f():', '       return 1');
    expect(outline.blocks).toEqual([
      { kind: 'code', lang: 'python', text: 'def f():\n    return 1', pos: { line: 1, column: 1 } },
    ]);
  });

  it('keeps admonition bodies as ordinary blocks', () => {
    const outline = rst(
      '.. note:: First line',
      '   continues.',
      '',
      '   - a point',
      '',
      '.. todo::',
      '',
      '   Write it.',
    );
    expect(
      outline.blocks.map((b) =>
        b.kind === 'list' ? b.items[0]?.text : b.kind === 'paragraph' ? b.text : b.kind,
      ),
    ).toEqual(['First line continues.', 'a point', 'Write it.']);
    expect(outline.warnings).toEqual([]);
  });

  it('skips comments, contents, toctree, images and index entries without warnings', () => {
    const outline = rst(
      '.. a comment',
      '   over two lines',
      '..',
      '   another comment',
      '',
      '.. contents:: Topics',
      '   :depth: 2',
      '',
      '.. image:: logo.png',
      '.. index:: single: x',
      '',
      'Kept.',
    );
    expect(outline.blocks).toMatchObject([{ kind: 'paragraph', text: 'Kept.' }]);
    expect(outline.warnings).toEqual([]);
  });

  it('keeps an unknown directive body with a warning', () => {
    const outline = rst('.. tabbed:: Linux', '', '   Run it.');
    expect(outline.blocks).toMatchObject([
      { kind: 'paragraph', text: 'Linux' },
      { kind: 'paragraph', text: 'Run it.' },
    ]);
    expect(outline.warnings).toEqual([
      { line: 1, column: 1, message: 'unknown directive "tabbed": its content is kept as text' },
    ]);
  });

  it('reads line blocks as one paragraph and footnotes with their label', () => {
    const outline = rst('| line one', '| line two', '', '.. [1] A note.');
    expect(outline.blocks).toMatchObject([
      { kind: 'paragraph', text: 'line one line two' },
      { kind: 'paragraph', text: '[1] A note.' },
    ]);
  });

  it('reads a title inside a directive body as a paragraph, with a warning', () => {
    const outline = rst('.. note::', '', '   Inner', '   =====');
    expect(outline.blocks).toMatchObject([{ kind: 'paragraph', text: 'Inner' }]);
    expect(outline.warnings[0]?.message).toBe('section title inside a nested body read as a paragraph');
  });
});

describe('line endings and tabs', () => {
  it('accepts CRLF and expands tabs to every 8th column', () => {
    const outline = parseRst('Title\r\n=====\r\n\r\n-\titem\r\n\tcontinued\r\n');
    expect(outline.blocks[1]).toMatchObject({
      kind: 'list',
      items: [{ text: 'item continued', pos: { line: 4, column: 1 } }],
    });
  });
});
