// Org constructs one at a time, on small texts written for the test.
import { describe, expect, it } from 'vitest';
import { parseOrg } from '../../../src/formats/org/index.ts';
import type { FieldBlock, HeadingBlock, ListBlock } from '../../../src/formats/outline/types.ts';

const first = <K extends string>(text: string, kind: K) => parseOrg(text).blocks.find((b) => b.kind === kind);

describe('parseOrg headlines', () => {
  it('reads keyword, priority, cookies and tags, leaving the title clean', () => {
    const h = first('** DONE [#A] Ship the importer [2/3] :release:v1:', 'heading') as HeadingBlock;
    expect(h).toMatchObject({ level: 2, text: 'Ship the importer', markdown: 'Ship the importer' });
    expect(h.marks).toEqual([
      { source: 'keyword', text: 'DONE' },
      { source: 'checkbox', text: '[2/3]' },
    ]);
    expect(h.properties).toEqual({ PRIORITY: 'A', TAGS: ':release:v1:' });
  });

  it('takes #+TITLE as the title and honours #+SEQ_TODO keywords with fast-access keys', () => {
    const o = parseOrg(
      '#+TITLE: Plan *2024*\n#+SEQ_TODO: NEXT(n) WAIT(w@/!) | DONE(d!)\n* WAIT Review [66%]\n* TODO x',
    );
    expect(o.title).toBe('Plan 2024');
    expect(o.meta.title).toBe('Plan *2024*');
    const [wait, todo] = o.blocks as HeadingBlock[];
    expect(wait?.marks).toEqual([
      { source: 'keyword', text: 'WAIT' },
      { source: 'checkbox', text: '[66%]' },
    ]);
    expect(todo?.text).toBe('TODO x');
  });

  it('reads planning lines and the property drawer into properties', () => {
    const h = first(
      '* TODO Item\nSCHEDULED: <2024-05-01 Wed> DEADLINE: <2024-06-01 Sat>\n:PROPERTIES:\n:Owner: Ana\n:Effort: 2d\n:Owner+: Bo\n:END:\nBody',
      'heading',
    ) as HeadingBlock;
    expect(h.properties).toEqual({
      SCHEDULED: '<2024-05-01 Wed>',
      DEADLINE: '<2024-06-01 Sat>',
      Owner: 'Ana Bo',
      Effort: '2d',
    });
  });

  it('warns about a property drawer without :END: and keeps going', () => {
    const o = parseOrg('* A\n:PROPERTIES:\n:x: 1\n* B');
    expect(o.warnings).toEqual([{ line: 2, column: 1, message: 'property drawer without :END:' }]);
    expect(o.blocks.filter((b) => b.kind === 'heading')).toHaveLength(2);
  });

  it('needs a space after the stars: bold at the start of a line is text', () => {
    expect(parseOrg('*bold* start').blocks[0]).toMatchObject({
      kind: 'paragraph',
      markdown: '**bold** start',
    });
  });
});

describe('parseOrg inline markup', () => {
  it('converts emphasis to Markdown and strips it from the text', () => {
    const p = first('A *bold* /it/ _under_ =code= ~verb~ +gone+ word.', 'paragraph');
    expect(p).toMatchObject({
      text: 'A bold it under code verb gone word.',
      markdown: 'A **bold** *it* _under_ `code` `verb` ~~gone~~ word.',
    });
  });

  it('leaves markers that are not emphasis alone, escaped for Markdown', () => {
    const p = first('2*3*4 and a_b_c and C++ and 5 * 6', 'paragraph');
    expect(p).toMatchObject({ text: '2*3*4 and a_b_c and C++ and 5 * 6' });
    expect((p as { markdown: string }).markdown).toBe('2\\*3\\*4 and a_b_c and C++ and 5 \\* 6');
  });

  it('reads [[url]], [[url][desc]] with markup, Markdown links and bare URLs', () => {
    const p = first(
      'See [[https://a.example/x]] and [[https://b.example][the *B* site]], [c](https://c.example) or https://d.example/y.',
      'paragraph',
    );
    expect(p).toMatchObject({
      text: 'See https://a.example/x and the B site, c or https://d.example/y.',
      markdown:
        'See <https://a.example/x> and [the **B** site](https://b.example), [c](https://c.example) or <https://d.example/y>.',
      links: [
        { url: 'https://a.example/x' },
        { url: 'https://b.example', title: 'the B site' },
        { url: 'https://c.example', title: 'c' },
        { url: 'https://d.example/y' },
      ],
    });
  });
});

describe('parseOrg lists', () => {
  it('nests by indentation and reads checkboxes', () => {
    const list = first(
      '- [X] done\n  - [ ] open\n  - [-] partly\n    continued\n- plain',
      'list',
    ) as ListBlock;
    expect(list.items.map((i) => [i.text, i.checked])).toEqual([
      ['done', true],
      ['plain', undefined],
    ]);
    expect(list.items[0]?.marks).toEqual([{ source: 'checkbox', text: '[X]' }]);
    const nested = list.items[0]?.children[0] as ListBlock;
    expect(nested.items.map((i) => [i.text, i.checked, i.pos.column])).toEqual([
      ['open', false, 3],
      ['partly continued', false, 3],
    ]);
    expect(nested.items[1]?.marks).toEqual([{ source: 'checkbox', text: '[-]' }]);
  });

  it('marks a wholly struck item and reads ordered lists', () => {
    const list = first('1. +Dropped idea+\n2) kept', 'list') as ListBlock;
    expect(list.ordered).toBe(true);
    expect(list.items[0]).toMatchObject({
      text: 'Dropped idea',
      marks: [{ source: 'strike', text: '+Dropped idea+' }],
    });
    expect(list.items[1]?.marks).toEqual([]);
  });

  it('turns a description list into fields', () => {
    const o = parseOrg('- Lead :: Ana\n- Effort :: 3 weeks\n  - sub');
    const [lead, effort] = o.blocks as FieldBlock[];
    expect(lead).toMatchObject({
      kind: 'field',
      key: 'Lead',
      value: { text: 'Ana' },
      pos: { line: 1, column: 1 },
    });
    expect(effort?.key).toBe('Effort');
    expect(effort?.children[0]?.kind).toBe('list');
  });

  it('ends a list at two blank lines or a less indented line', () => {
    const o = parseOrg('- a\n\n\n  b\n- c\nd');
    expect(o.blocks.map((b) => b.kind)).toEqual(['list', 'paragraph', 'list', 'paragraph']);
  });
});

describe('parseOrg blocks', () => {
  it('reads tables without a header and with several header rows', () => {
    expect(first('| a | b |\n| c | d |', 'table')).toMatchObject({
      header: [],
      rows: [
        [{ text: 'a' }, { text: 'b' }],
        [{ text: 'c' }, { text: 'd' }],
      ],
    });
    expect(first('| a | b |\n| x |   |\n|---+---|\n| c | d |', 'table')).toMatchObject({
      header: [{ text: 'a x' }, { text: 'b' }],
      rows: [[{ text: 'c' }, { text: 'd' }]],
    });
  });

  it('reads example and fixed-width blocks and unescapes commas; skips comments', () => {
    const o = parseOrg(
      '#+BEGIN_EXAMPLE\n,* not a headline\n#+END_EXAMPLE\n: fixed\n:   width\n# a comment\n#+begin_comment\nx\n#+end_comment',
    );
    expect(o.blocks).toEqual([
      { kind: 'code', text: '* not a headline', pos: { line: 1, column: 1 } },
      { kind: 'code', text: 'fixed\n  width', pos: { line: 4, column: 1 } },
    ]);
  });

  it('warns about an unterminated block and reads its lines as text', () => {
    const o = parseOrg('#+begin_src js\nlet a\n* Next');
    expect(o.warnings).toEqual([{ line: 1, column: 1, message: '#+begin_src without #+end_src' }]);
    expect(o.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading']);
  });

  it('keeps the content of quote blocks as paragraphs', () => {
    expect(parseOrg('#+begin_quote\nWise words.\n#+end_quote').blocks).toMatchObject([
      { kind: 'paragraph', text: 'Wise words.' },
    ]);
  });
});
