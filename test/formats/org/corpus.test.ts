// Facts checked by reading the real Org documents of the shared corpus.
import { describe, expect, it } from 'vitest';
import { parseOrg } from '../../../src/formats/org/index.ts';
import type {
  Block,
  CodeBlock,
  HeadingBlock,
  ListBlock,
  TableBlock,
} from '../../../src/formats/outline/types.ts';
import { allBlocks, corpus, expectSound } from './invariants.ts';

const headings = (blocks: Block[]) => blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
const at = (blocks: Block[], line: number) => allBlocks(blocks).find((b) => b.pos.line === line);

describe('ocaml/dune ROADMAP.org', () => {
  const text = corpus('org/ocaml__dune__ROADMAP.org');
  const outline = parseOrg(text);
  const heads = headings(outline.blocks);

  it('is sound and warns about nothing', () => {
    expectSound(outline, text, 'org');
    expect(outline.warnings).toEqual([]);
  });

  it('keeps headline levels: 2 top-level, 19 second-level and 4 third-level headlines', () => {
    expect(heads.filter((h) => h.level === 1).map((h) => [h.text, h.pos.line])).toEqual([
      ['V1', 3],
      ['After V1', 103],
    ]);
    expect(heads.filter((h) => h.level === 2)).toHaveLength(19);
    expect(heads.filter((h) => h.level === 3).map((h) => h.text)).toEqual([
      'Improve the man pages',
      'Delete the global variables in Clflags',
      'Improve the Action.Unexpanded.t',
      'Consolidate the S-expression parser',
    ]);
  });

  it('marks the 10 struck-through (done) headlines and keeps their words', () => {
    const struck = heads.filter((h) => h.marks.some((m) => m.source === 'strike'));
    expect(struck).toHaveLength(10);
    expect(struck[0]).toMatchObject({
      text: 'CLI',
      markdown: '~~CLI~~',
      marks: [{ source: 'strike', text: '+CLI+' }],
    });
    expect(heads.find((h) => h.text === 'odoc support')?.marks).toEqual([]);
    expect(heads.find((h) => h.pos.line === 79)?.markdown).toBe('Integrate rules for `-output-complete-obj`');
  });

  it('reads [[url][desc]] issue references inside a struck headline', () => {
    const merlin = heads.find((h) => h.pos.line === 54);
    expect(merlin?.text).toBe('Generate .merlin files #1');
    expect(merlin?.links).toEqual([{ url: 'https://github.com/janestreet/jbuilder/issues/1', title: '#1' }]);
    expect(merlin?.markdown).toBe(
      '~~Generate .merlin files [#1](https://github.com/janestreet/jbuilder/issues/1)~~',
    );
    expect(merlin?.marks.map((m) => m.source)).toEqual(['strike']);
  });

  it('keeps dated bullets as text, with bold dates and pull-request links', () => {
    const list = at(outline.blocks, 20) as ListBlock;
    expect(list.kind).toBe('list');
    const [item] = list.items;
    expect(item?.text).toBe('20/02/2017: This is now implemented thanks to Rudi Grinberg (#5)');
    expect(item?.markdown.startsWith('**20/02/2017**: ')).toBe(true);
    expect(item?.links).toEqual([{ url: 'https://github.com/janestreet/jbuilder/pull/2', title: '#5' }]);
    const manual = at(outline.blocks, 30) as ListBlock;
    expect(manual.items.map((i) => i.text)).toEqual([
      '21/02/2017: There is now a manual, it still needs a bit more about CLI usage',
      '07/03/2017: Manual is complete',
    ]);
  });

  it('turns #+begin_src blocks into code blocks, with and without a language', () => {
    const codes = outline.blocks.filter((b): b is CodeBlock => b.kind === 'code');
    expect(codes.map((c) => [c.pos.line, c.lang])).toEqual([
      [113, 'scheme'],
      [160, undefined],
    ]);
    expect(codes[0]?.text.split('\n')[0]).toBe('(context');
    expect(codes[1]?.text).toContain('  | Lib of string * string');
  });

  it('writes =verbatim= as code and finds bare URLs', () => {
    expect((at(outline.blocks, 36) as { markdown: string }).markdown).toContain('`(jbuild_version 1)`');
    expect(at(outline.blocks, 81)).toMatchObject({
      kind: 'paragraph',
      links: [{ url: 'https://github.com/janestreet/jbuilder/pull/23' }],
    });
  });
});

describe('origamitower/folktale ROADMAP.org', () => {
  const text = corpus('org/origamitower__folktale__ROADMAP.org');
  const outline = parseOrg(text);
  const heads = headings(outline.blocks);
  const keyword = (h: HeadingBlock) => h.marks.find((m) => m.source === 'keyword')?.text;

  it('puts #+STARTUP, #+TODO and #+TYP_TODO into meta', () => {
    expectSound(outline, text, 'org');
    expect(outline.meta).toEqual({
      startup: 'content',
      todo: 'TODO WORKING | DONE DROPPED',
      typ_todo: 'FEATURE BUG TODO | DONE',
    });
    expect(outline.title).toBeUndefined();
  });

  it('recognises the declared keywords: 34 TODO and 7 FEATURE headlines, no DONE', () => {
    const counts: Record<string, number> = {};
    for (const h of heads) {
      const k = keyword(h);
      if (k) counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts).toEqual({ TODO: 34, FEATURE: 7 });
    expect(heads.filter((h) => h.level === 4 && keyword(h) === 'TODO')).toHaveLength(28);
  });

  it('removes the keyword from the heading text', () => {
    const first = heads.find((h) => h.pos.line === 13);
    expect(first).toMatchObject({ level: 4, text: 'Use semantic-release for package publishing' });
    expect(first?.marks).toEqual([{ source: 'keyword', text: 'TODO' }]);
    expect(heads.find((h) => h.pos.line === 53)?.markdown).toBe('Rename `rightCompose` → `composeRight`');
    expect(heads.find((h) => h.pos.line === 6)?.text).toBe('- Documentation');
  });

  it('honours the custom sequence: WORKING, DONE and DROPPED on the same 4-level headlines', () => {
    const edited = text
      .replace('**** TODO Use semantic-release', '**** DONE Use semantic-release')
      .replace('**** TODO Move tests', '**** WORKING Move tests')
      .replace('**** TODO Move documentation', '**** DROPPED Move documentation');
    const got = headings(parseOrg(edited).blocks).filter((h) => h.pos.line >= 13 && h.pos.line <= 15);
    expect(got.map((h) => [h.level, keyword(h), h.text])).toEqual([
      [4, 'DONE', 'Use semantic-release for package publishing'],
      [4, 'WORKING', 'Move tests to using Specify / JSVerify'],
      [4, 'DROPPED', 'Move documentation to Dollphie / Sphinx'],
    ]);
    const undeclared = edited.replace(/^#\+(TYP_)?TODO:.*$/gm, '');
    const plain = headings(parseOrg(undeclared).blocks).find((h) => h.pos.line === 14);
    expect(plain?.text).toBe('WORKING Move tests to using Specify / JSVerify');
    expect(plain?.marks).toEqual([]);
  });
});

describe('kubernetes-sigs/apisnoop roadmap.org', () => {
  const text = corpus('org/kubernetes-sigs__apisnoop__roadmap.org');
  const outline = parseOrg(text);

  it('reads the milestone table: header before the rule, rows with links', () => {
    expectSound(outline, text, 'org');
    const table = outline.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.pos).toEqual({ line: 13, column: 3 });
    expect(table?.header.map((c) => c.text)).toEqual(['Date', 'Milestone', 'Features']);
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['February', '0.19.2', 'Automate flow of data into apisnoop'],
      ['March', '0.19.3', 'Filter APISnoop by KAPIC/user-agent'],
    ]);
    expect(table?.rows[0]?.[1]?.links).toEqual([
      { url: 'https://github.com/cncf/apisnoop/milestone/1', title: '0.19.2' },
    ]);
    expect(table?.rows[1]?.[2]?.markdown).toBe(
      '[Filter APISnoop by KAPIC/user-agent](https://github.com/cncf/apisnoop/projects/9)',
    );
  });

  it('reads the Markdown-style link in the prose and the underlined status', () => {
    const paragraphs = outline.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs[0]).toMatchObject({ text: 'Work in Progress', markdown: '_Work in Progress_' });
    const dates = paragraphs.find((p) => p.pos.line === 7);
    expect(dates?.links).toEqual([
      { url: 'https://github.com/cncf/apisnoop/milestones', title: 'milestones' },
    ]);
    expect(dates?.text).toContain('Check out our milestones for the most up-to-date progress.');
    expect(dates?.markdown).toContain('[milestones](https://github.com/cncf/apisnoop/milestones)');
  });

  it('keeps both headline levels', () => {
    expect(headings(outline.blocks).map((h) => [h.level, h.text])).toEqual([
      [1, 'APISnoop Roadmap (apisnoop.cncf.ci)'],
      [2, 'APISnoop Roadmap'],
    ]);
  });
});
