// AsciiDoc constructs one at a time, on small texts written for the test.
import { describe, expect, it } from 'vitest';
import { parseAsciidoc } from '../../../src/formats/adoc/index.ts';
import type { FieldBlock, HeadingBlock, ListBlock, TableBlock } from '../../../src/formats/outline/types.ts';

const blocks = (text: string) => parseAsciidoc(text).blocks;

describe('parseAsciidoc header', () => {
  it('reads title, authors, revision line and attributes, substituting references', () => {
    const o = parseAsciidoc(
      '= Plan {year}\nAna Lima <ana@x.org>; Bo Chen\nv2.1, 2024-03-01: Spring\n:year: 2024\n\n== Goals',
    );
    expect(o.title).toBe('Plan {year}');
    expect(o.meta).toEqual({
      author: 'Ana Lima',
      authors: 'Ana Lima, Bo Chen',
      email: 'ana@x.org',
      revnumber: '2.1',
      revdate: '2024-03-01',
      revremark: 'Spring',
      year: '2024',
    });
    expect(o.warnings).toEqual([{ line: 1, column: 8, message: 'undefined attribute {year} kept as text' }]);
  });

  it('substitutes attributes defined before use, also in the body, and honours unsetting', () => {
    const o = parseAsciidoc(':p: Waymark\n\n== {p} goals\n:p!:\n\n{p} again \\{p}');
    expect((o.blocks[0] as HeadingBlock).text).toBe('Waymark goals');
    expect(o.blocks[1]).toMatchObject({ text: '{p} again {p}' });
    expect(o.meta).toEqual({});
    expect(o.warnings).toEqual([{ line: 6, column: 1, message: 'undefined attribute {p} kept as text' }]);
  });
});

describe('parseAsciidoc sections', () => {
  it('reads == … ====== levels, anchors and markers', () => {
    const heads = blocks(
      '== A [[a]]\n\n[#b]\n=== B *[DONE]*\n\n====== F\n\n======= not a section',
    ) as HeadingBlock[];
    expect(heads.map((h) => [h.kind, h.level, h.text, h.anchor])).toEqual([
      ['heading', 1, 'A', 'a'],
      ['heading', 2, 'B', 'b'],
      ['heading', 5, 'F', undefined],
      ['paragraph', undefined, '======= not a section', undefined],
    ]);
    expect(heads[1]?.marks).toEqual([{ source: 'marker', text: '[DONE]' }]);
  });

  it('reads setext (underlined) section titles when the underline length matches', () => {
    expect(
      blocks('Section\n-------\n\nSub\n~~~\n\nNot\n~~~~~~~~~~').map((b) => [b.kind, b.pos.line]),
    ).toEqual([
      ['heading', 1],
      ['heading', 4],
      ['paragraph', 7],
    ]);
  });

  it('does not start a section inside a paragraph', () => {
    expect(blocks('text\n== not a title')).toMatchObject([
      { kind: 'paragraph', text: 'text == not a title' },
    ]);
  });
});

describe('parseAsciidoc lists', () => {
  it('nests by marker, reads checklists and ordered lists', () => {
    const [list] = blocks('. first\n.. nested *b* _i_ `c`\n. second\n* [x] done\n* [ ] open') as ListBlock[];
    expect(list?.ordered).toBe(true);
    expect(list?.items.map((i) => i.text)).toEqual(['first', 'second']);
    const nested = list?.items[0]?.children[0] as ListBlock;
    expect(nested.items[0]).toMatchObject({ markdown: 'nested **b** *i* `c`', text: 'nested b i c' });
    const checks = list?.items[1]?.children[0] as ListBlock;
    expect(checks.items.map((i) => [i.text, i.checked])).toEqual([
      ['done', true],
      ['open', false],
    ]);
  });

  it('ends a list at a paragraph after a blank line, not at a continuation line', () => {
    expect(blocks('* a\ncontinued\n\nafter').map((b) => b.kind)).toEqual(['list', 'paragraph']);
    expect((blocks('* a\ncontinued')[0] as ListBlock).items[0]?.text).toBe('a continued');
  });

  it('attaches blocks after a + line to the item', () => {
    const [list] = blocks('* item\n+\n----\ncode\n----\n+\nmore text\n* next') as ListBlock[];
    expect(list?.items[0]?.children).toMatchObject([
      { kind: 'code', text: 'code' },
      { kind: 'paragraph', text: 'more text' },
    ]);
    expect(list?.items[1]?.text).toBe('next');
  });

  it('turns description lists into fields, with nested lists as children', () => {
    const [one, two] = blocks('Term one:: first +\nsecond\nTerm two::\n* a\n* b') as FieldBlock[];
    expect(one).toMatchObject({
      key: 'Term one',
      value: { text: 'first second', markdown: 'first\\\nsecond' },
    });
    expect(two?.key).toBe('Term two');
    expect((two?.children[0] as ListBlock | undefined)?.items.map((i) => i.text)).toEqual(['a', 'b']);
  });
});

describe('parseAsciidoc inline markup', () => {
  it('converts quotes and links to Markdown', () => {
    const [p] = blocks(
      ':base: https://ex.org\n\n*b* _i_ `c` **un**bold link:{base}/x[X^] https://ex.org/y[Y,window=_blank] <<goals,Goals>> mailto:a@b.org[mail] https://bare.example. \\*lit*',
    );
    expect(p).toMatchObject({
      text: 'b i c unbold X Y Goals mail https://bare.example. *lit*',
      markdown:
        '**b** *i* `c` **un**bold [X](https://ex.org/x) [Y](https://ex.org/y) [Goals](#goals) [mail](mailto:a@b.org) <https://bare.example>. \\*lit\\*',
    });
  });

  it('leaves constrained markers inside words alone', () => {
    expect(blocks('snake_case_name and 2*3*4')[0]).toMatchObject({ text: 'snake_case_name and 2*3*4' });
  });
});

describe('parseAsciidoc blocks', () => {
  it('reads listing, fenced and literal blocks as code', () => {
    expect(
      blocks(
        '[source,ts]\n----\nconst a = 1;\n----\n\n```js\nx()\n```\n\n....\nlit\n....\n\n  indented\n  literal',
      ),
    ).toEqual([
      { kind: 'code', text: 'const a = 1;', lang: 'ts', pos: { line: 2, column: 1 } },
      { kind: 'code', text: 'x()', lang: 'js', pos: { line: 6, column: 1 } },
      { kind: 'code', text: 'lit', pos: { line: 10, column: 1 } },
      { kind: 'code', text: 'indented\nliteral', pos: { line: 14, column: 3 } },
    ]);
  });

  it('reads tables: explicit header, implicit header, cols, spans and CSV', () => {
    const [a, b, c] = blocks(
      '[%header,cols="1,2"]\n|===\n|Name |Status\n|A\n|done\n|===\n\n|===\n| x | y\n\n2+| wide\n|===\n\n,===\nk,v\n\n1,2\n,===',
    ) as TableBlock[];
    expect(a?.header.map((h) => h.text)).toEqual(['Name', 'Status']);
    expect(a?.rows.map((r) => r.map((x) => x.text))).toEqual([['A', 'done']]);
    expect(b?.header.map((h) => h.text)).toEqual(['x', 'y']);
    expect(b?.rows.map((r) => r.map((x) => x.text))).toEqual([['wide']]);
    expect(c?.header.map((h) => h.text)).toEqual(['k', 'v']);
    expect(c?.rows.map((r) => r.map((x) => x.text))).toEqual([['1', '2']]);
  });

  it('keeps the content of example, sidebar and open blocks; drops comments', () => {
    const o = parseAsciidoc(
      '====\ninside\n====\n\n--\nopen\n--\n\n////\nhidden\n////\n// line comment\nafter',
    );
    expect(o.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      'inside',
      'open',
      'after',
    ]);
    expect(o.warnings).toEqual([]);
  });

  it('warns about unterminated blocks, unfollowed includes and unevaluated ifeval', () => {
    const o = parseAsciidoc(
      'include::other.adoc[]\nifeval::[1 > 0]\nkept\nendif::[]\n\n====\nopen example\n\n----\nno end',
    );
    expect(o.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, 'include::other.adoc[] not followed: the parser reads one text'],
      [2, 'ifeval:: is not evaluated; its content is kept'],
      [9, 'unterminated listing block: it runs to the end of the document'],
      [6, 'unterminated example block'],
    ]);
    expect(o.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'code']);
  });

  it('applies ifdef and ifndef with the attributes defined so far', () => {
    const text = 'ifdef::x[]\nhidden\nendif::[]\n:x:\nifdef::x[]\nshown\nendif::[]\nifndef::x[not shown]\n';
    expect(parseAsciidoc(text).blocks).toMatchObject([
      { kind: 'paragraph', text: 'shown', pos: { line: 6 } },
    ]);
  });
});
