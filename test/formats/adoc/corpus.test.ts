// Facts checked by reading the real AsciiDoc documents of the shared corpus.
import { describe, expect, it } from 'vitest';
import { parseAsciidoc } from '../../../src/formats/adoc/index.ts';
import type { Block, FieldBlock, HeadingBlock, ListBlock } from '../../../src/formats/outline/types.ts';
import { corpus, expectSound } from '../org/invariants.ts';

const headings = (blocks: Block[]) => blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
const lists = (blocks: Block[]) => blocks.filter((b): b is ListBlock => b.kind === 'list');

describe('Blazebit/blaze-persistence roadmap.asciidoc', () => {
  const text = corpus('adoc/Blazebit__blaze-persistence__roadmap.asciidoc');
  const outline = parseAsciidoc(text);
  const heads = headings(outline.blocks);

  it('reads the underlined (setext) document title and the link in the preamble', () => {
    expectSound(outline, text, 'adoc');
    expect(outline.title).toBe('Blaze-Persistence - Roadmap');
    expect(outline.blocks[0]).toMatchObject({
      kind: 'paragraph',
      pos: { line: 4, column: 1 },
      links: [{ url: 'http://marvel.com/comics/characters', title: 'Marvel comic characters' }],
    });
  });

  it('has one top-level section per release; the commented-out releases are gone', () => {
    expect(heads.map((h) => [h.level, h.text, h.pos.line])).toEqual([
      [1, '2.0 Enchantress', 38],
      [1, '1.6 Lockjaw', 43],
      [1, '1.5 Zemo', 52],
      [1, '1.4 Coulson', 62],
      [1, '1.3 Fury', 70],
      [1, '1.2 Ink', 76],
      [1, '1.1 - Loki', 86],
      [1, '1.0 - Yellow Claw', 98],
    ]);
  });

  it('turns *[RELEASED]* into a marker on every release but the planned one', () => {
    expect(heads[0]?.marks).toEqual([]);
    for (const h of heads.slice(1)) expect(h.marks).toEqual([{ source: 'marker', text: '[RELEASED]' }]);
  });

  it('reads the ** bullets of each release', () => {
    expect(lists(outline.blocks).map((l) => l.items.length)).toEqual([2, 6, 7, 5, 3, 7, 9, 1]);
    const lockjaw = lists(outline.blocks)[1];
    expect(lockjaw?.items[3]).toMatchObject({
      text: 'GROUPING SETS and other summarization support',
      markdown: '`GROUPING SETS` and other summarization support',
      pos: { line: 48, column: 1 },
    });
  });

  it('warns, as Asciidoctor does, about level-0 sections in an article', () => {
    expect(outline.warnings.map((w) => w.line)).toEqual([38, 43, 52, 62, 70, 76, 86, 98]);
  });
});

describe('hibernate.org validator roadmap.adoc', () => {
  const text = corpus('adoc/hibernate__hibernate.org__validator__roadmap.adoc');
  const outline = parseAsciidoc(text);

  it('reads title, author line and attribute entries into meta', () => {
    expectSound(outline, text, 'adoc');
    expect(outline.title).toBe('Roadmap');
    expect(outline.meta).toEqual({
      author: 'Hardy Ferentschik',
      'awestruct-layout': 'project-roadmap',
      'awestruct-project': 'validator',
      toc: '',
      'toc-placement': 'preamble',
      'toc-title': 'Releases',
    });
  });

  it('keeps the undefined {hsearch-jira-url-prefix} as text and warns once, where it first appears', () => {
    expect(outline.warnings).toEqual([
      {
        line: 20,
        column: 8,
        message: 'undefined attribute {hsearch-jira-url-prefix} kept as text (4 references)',
      },
    ]);
    const [list] = lists(outline.blocks);
    expect(list?.items[0]).toMatchObject({
      text: 'HV-1991 Upgrade to JDK 17 as the baseline and drop JDK 11 compatibility',
      links: [{ url: '{hsearch-jira-url-prefix}/HV-1991', title: 'HV-1991' }],
    });
  });

  it('has the version sections, the issue list and its continuation line', () => {
    expect(headings(outline.blocks).map((h) => [h.level, h.text])).toEqual([
      [1, 'Hibernate Validator 9.0'],
      [1, 'Future versions'],
    ]);
    const [list] = lists(outline.blocks);
    expect(list?.items.map((i) => i.pos.line)).toEqual([20, 21, 22, 24, 25, 26]);
    expect(list?.items[2]?.text).toBe(
      'HV-1975 Remove the Security Manager integration. With Security Manager being deprecated for some time and planned for removal, its integration in Hibernate Validator becomes obsolete.',
    );
  });

  it('turns the description list into fields whose values keep hard line breaks', () => {
    const fields = outline.blocks.filter((b): b is FieldBlock => b.kind === 'field');
    expect(fields.map((f) => [f.key, f.pos.line])).toEqual([
      ['Engine', 30],
      ['Java modularization', 39],
      ['Remote API', 44],
      ['Annotation processor improvements', 47],
    ]);
    const engine = fields[0]?.value;
    expect(engine?.links.map((l) => l.title)).toEqual([
      'HV-1831',
      'BVAL-214',
      'BVAL-248',
      'Jandex',
      'HV-644',
      'HV-1436',
    ]);
    expect(engine?.markdown).toContain(
      '([BVAL-214](https://hibernate.atlassian.net/browse/BVAL-214))\\\nExplore support for constraint ordering',
    );
    expect(engine?.text).not.toContain('+');
    expect(fields[2]?.value.markdown).not.toContain('\n');
  });
});
