// parseMarkdown on small hand-written documents: one construct at a time.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/formats/markdown/index.ts';
import type { ListBlock, ParagraphBlock, TableBlock } from '../../../src/formats/outline/types.ts';
import { checkShape } from './outline-helpers.ts';

const first = (text: string) => {
  const outline = parseMarkdown(text);
  checkShape(outline);
  return outline.blocks[0];
};

describe('headings', () => {
  it('reads ATX and setext headings with their levels and positions', () => {
    const outline = parseMarkdown('Title\n=====\n\nPart\n----\n\n### Deep ###\n');
    expect(outline.blocks).toMatchObject([
      { kind: 'heading', level: 1, text: 'Title', pos: { line: 1, column: 1 } },
      { kind: 'heading', level: 2, text: 'Part', pos: { line: 4, column: 1 } },
      { kind: 'heading', level: 3, text: 'Deep', pos: { line: 7, column: 1 } },
    ]);
  });

  it('takes an anchor from <a id>, <a name> or a trailing {#id}', () => {
    expect(first('## Plans <a id="plans"></a>')).toMatchObject({ text: 'Plans', anchor: 'plans' });
    expect(first('## <a name="q1"></a>Q1')).toMatchObject({ text: 'Q1', anchor: 'q1' });
    expect(first('## Later {#later}')).toMatchObject({ text: 'Later', markdown: 'Later', anchor: 'later' });
    expect(first('## Plain')).not.toHaveProperty('anchor');
  });
});

describe('inline content', () => {
  it('gives text, Markdown and links', () => {
    expect(first('Ship **the** *new* `api()` via [docs](https://x.org "T") and <https://y.org>.')).toEqual({
      kind: 'paragraph',
      text: 'Ship the new api() via docs and https://y.org.',
      markdown: 'Ship **the** *new* `api()` via [docs](https://x.org) and [https://y.org](https://y.org).',
      links: [{ url: 'https://x.org', title: 'docs' }, { url: 'https://y.org' }],
      marks: [],
      pos: { line: 1, column: 1 },
    });
  });

  it('resolves full, collapsed and shortcut references, defined before or after', () => {
    const outline = parseMarkdown(
      '[a]: https://a.org\n\nSee [one][a], [b][] and [B].\n\n[b]: https://b.org\n',
    );
    expect(outline.blocks).toHaveLength(1);
    expect((outline.blocks[0] as ParagraphBlock).links).toEqual([
      { url: 'https://a.org', title: 'one' },
      { url: 'https://b.org', title: 'b' },
      { url: 'https://b.org', title: 'B' },
    ]);
  });

  it('escapes literal markup characters in the Markdown', () => {
    expect(first('\\*not emphasis\\* in snake_case and \\_edge_, `a*b`')).toMatchObject({
      text: '*not emphasis* in snake_case and _edge_, a*b',
      markdown: '\\*not emphasis\\* in snake_case and \\_edge\\_, `a*b`',
    });
  });

  it('decodes entities and collapses whitespace, a no-break space included', () => {
    expect(first('A&nbsp;&amp;&#8209;B \n  C')).toMatchObject({ text: 'A &\u2011B C' });
  });

  it('reads a coloured span as a colour mark, its words kept', () => {
    expect(first('Status: <span style="font-weight: bold; color: #0a0">Done</span>')).toMatchObject({
      text: 'Status: Done',
      marks: [{ source: 'color', text: 'Done', color: '#0a0' }],
    });
    expect(first('<font color="red">**Late**</font>')).toMatchObject({
      text: 'Late',
      markdown: '**Late**',
      marks: [{ source: 'color', text: 'Late', color: 'red' }],
    });
  });

  it('pairs inline HTML tags across Markdown nodes', () => {
    expect(first('<sub>see [docs](https://d.org) <b>now</b></sub> after')).toMatchObject({
      text: 'see docs now after',
      markdown: 'see [docs](https://d.org) **now** after',
      links: [{ url: 'https://d.org', title: 'docs' }],
    });
  });

  it('keeps words in angle brackets that are no HTML element', () => {
    expect(first('- <package>: <date> - <current test coverage>')).toMatchObject({
      kind: 'list',
      items: [{ text: '<package>: <date> - <current test coverage>' }],
    });
  });

  it('keeps hard breaks as lines', () => {
    expect(first('one\\\ntwo  \nthree<br/>four')).toMatchObject({
      text: 'one\ntwo\nthree\nfour',
      markdown: 'one<br>two<br>three<br>four',
    });
  });

  it('reads badges as markers and status emoji as emoji marks', () => {
    expect(first('![Complete](https://img.shields.io/badge/Complete-green) ✅ :construction:')).toMatchObject(
      {
        text: 'Complete ✅ :construction:',
        marks: [
          { source: 'marker', text: 'Complete' },
          { source: 'emoji', text: '✅' },
          { source: 'emoji', text: ':construction:' },
        ],
      },
    );
    expect(first('![diagram](arch.png)')).toMatchObject({ text: 'diagram', marks: [] });
  });

  it('strikes a whole item but not a partly struck one', () => {
    const list = first('- ~~Dropped~~\n- ~~Half~~ kept\n') as ListBlock;
    expect(list.items[0]?.marks).toEqual([{ source: 'strike', text: '~~Dropped~~' }]);
    expect(list.items[1]?.marks).toEqual([]);
  });
});

describe('lists', () => {
  it('reads task items, nesting and item bodies', () => {
    const list = first('1. [x] Done\n2. [ ] Open\n   - sub *a*\n\n   More text\n3. Plain\n') as ListBlock;
    expect(list.ordered).toBe(true);
    expect(list.items).toMatchObject([
      {
        text: 'Done',
        checked: true,
        marks: [{ source: 'checkbox', text: '[x]' }],
        pos: { line: 1, column: 1 },
      },
      {
        text: 'Open',
        checked: false,
        children: [
          { kind: 'list', items: [{ text: 'sub a', markdown: 'sub *a*', pos: { line: 3, column: 4 } }] },
          { kind: 'paragraph', text: 'More text', pos: { line: 5, column: 4 } },
        ],
      },
      { text: 'Plain', children: [] },
    ]);
    expect(list.items[2]).not.toHaveProperty('checked');
  });

  it('walks through block quotes', () => {
    expect(parseMarkdown('> # Q\n> - a\n').blocks).toMatchObject([
      { kind: 'heading', text: 'Q', pos: { line: 1, column: 3 } },
      { kind: 'list', items: [{ text: 'a', pos: { line: 2, column: 3 } }] },
    ]);
  });
});

describe('tables', () => {
  it('reads header and rows, escaped pipes, and drops cells past the header', () => {
    const table = first('| A | B |\n|---|:-:|\n| 1 \\| 2 | x | extra |\n| only |\n') as TableBlock;
    expect(table.header.map((cell) => cell.text)).toEqual(['A', 'B']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['1 | 2', 'x'],
      ['only', ''],
    ]);
  });
});

describe('code, HTML blocks and front matter', () => {
  it('reads fenced and indented code', () => {
    expect(parseMarkdown('```rust\nfn a() {}\n```\n\n    indented\n').blocks).toEqual([
      { kind: 'code', lang: 'rust', text: 'fn a() {}', pos: { line: 1, column: 1 } },
      { kind: 'code', text: 'indented', pos: { line: 5, column: 1 } },
    ]);
  });

  it('reads an HTML block through the HTML parser, positions in the document', () => {
    const outline = parseMarkdown(
      'Intro\n\n<div class="x">\n  <h2 id="q">Q2</h2>\n  <ul><li class="done">Ship</li></ul>\n</div>\n',
    );
    expect(outline.blocks).toMatchObject([
      { kind: 'paragraph', text: 'Intro' },
      { kind: 'heading', level: 2, text: 'Q2', anchor: 'q', pos: { line: 4, column: 3 } },
      {
        kind: 'list',
        items: [{ text: 'Ship', marks: [{ source: 'class', text: 'done' }], pos: { line: 5, column: 7 } }],
      },
    ]);
  });

  it('drops HTML comments', () => {
    expect(parseMarkdown('<!-- toc -->\n- [A](#a)\n<!-- /toc -->\n\nText\n').blocks).toMatchObject([
      { kind: 'list', items: [{ text: 'A' }] },
      { kind: 'paragraph', text: 'Text' },
    ]);
  });

  it('turns front matter errors into warnings with positions', () => {
    const outline = parseMarkdown('---\ntitle: A\nbad: [unclosed\n---\n\n# H\n');
    expect(outline.blocks).toMatchObject([{ kind: 'heading', text: 'H', pos: { line: 6 } }]);
    expect(outline.warnings.length).toBeGreaterThan(0);
    expect(outline.warnings[0]?.line).toBeGreaterThanOrEqual(2);
    expect(outline.warnings[0]?.message).toMatch(/front matter/);
  });

  it('reads front matter after a byte order mark, however long', () => {
    const yaml = Array.from({ length: 300 }, (_, i) => `key${i}: value ${i}\n\nnote${i}: more`).join('\n');
    const outline = parseMarkdown(`\ufeff---\ntitle: Long\n${yaml}\n---\n# After\n`);
    expect(outline.title).toBe('Long');
    expect(outline.meta.note299).toBe('more');
    expect(outline.blocks).toMatchObject([
      { kind: 'heading', text: 'After', pos: { line: 2 + 3 * 300 + 2 } },
    ]);
  });

  it('keeps lists in front matter as a joined value', () => {
    const outline = parseMarkdown('---\ntitle: Plan\ntags: [a, b]\nowner: {name: Ann}\n---\n');
    expect(outline.title).toBe('Plan');
    expect(outline.meta).toEqual({ title: 'Plan', tags: 'a, b', owner: '{"name":"Ann"}' });
  });
});
