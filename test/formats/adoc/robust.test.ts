// parseAsciidoc is total: random text, mutated real documents, a 10 MB input and 2,000-deep
// nesting all parse without throwing into sound outlines. (Speed is measured in benchmarks.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAsciidoc } from '../../../src/formats/adoc/index.ts';
import { MAX_DEPTH } from '../../../src/formats/adoc/lists.ts';
import { corpus, expectSound, mutate } from '../org/invariants.ts';

const files = [
  'Blazebit__blaze-persistence__roadmap.asciidoc',
  'hibernate__hibernate.org__validator__roadmap.adoc',
];
const documents = files.map((f) => corpus(`adoc/${f}`));

/** Fragments of AsciiDoc syntax, so random lines reach the parser's branches. */
const fragment = fc.constantFrom(
  '= ',
  '== ',
  '====== ',
  '* ',
  '** ',
  '- ',
  '. ',
  '.. ',
  '1. ',
  'Term:: ',
  ';; ',
  '+',
  ' +',
  '----',
  '....',
  '====',
  '****',
  '____',
  '--',
  '////',
  '|===',
  ',===',
  '```js',
  '[source,js]',
  '[%header,cols="1,2"]',
  '[[id]]',
  '.Title',
  ':attr: v',
  ':attr!:',
  '{attr}',
  '{missing}',
  '\\{x}',
  'ifdef::attr[]',
  'ifndef::x[]',
  'ifeval::[1]',
  'endif::[]',
  'include::x.adoc[]',
  'image::x.png[]',
  '*b*',
  '_i_',
  '`c`',
  '**',
  '__',
  '##',
  '+p+',
  '^s^',
  '~t~',
  '[x]',
  '[ ]',
  'link:u[t]',
  'https://e.example[e]',
  '<<a,b>>',
  'xref:a[b]',
  '*[DONE]*',
  '|a |b',
  '2+|',
  '\t',
  '\r',
  '\n',
  '\u0000',
  '\ud800',
);
const adocish = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((p) => p.join(''));

describe('parseAsciidoc on any input', () => {
  it('never throws on random strings, including binary and lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 }), adocish),
        (text) => {
          expectSound(parseAsciidoc(text), text, 'adoc');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on mutated corpus documents (truncated, lines deleted, duplicated, rotated, junk)', () => {
    const op = fc.record({ kind: fc.integer({ min: 0, max: 5 }), at: fc.nat(), junk: adocish });
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(op, { minLength: 1, maxLength: 8 }), (doc, ops) => {
        const text = mutate(doc, ops);
        expectSound(parseAsciidoc(text), text, 'adoc');
      }),
      { numRuns: 300 },
    );
  });

  it('parses a 10 MB document', () => {
    const unit = `${documents.join('\n\n')}\n\n|===\n|a |b\n|===\n\nTerm:: *x* _y_ https://e.example[e] +\nmore\n\n`;
    const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const outline = parseAsciidoc(text);
    expect(outline.blocks.length).toBeGreaterThan(40_000);
    expect(outline.title).toBe('Blaze-Persistence - Roadmap');
  });

  it('survives 2,000-deep nesting: keeps list depth bounded, with a warning', () => {
    const lists = Array.from({ length: 2000 }, (_, i) => `${'*'.repeat(i + 1)} item ${i}`).join('\n');
    const outline = parseAsciidoc(lists);
    expect(expectSound(outline, lists, 'adoc')).toBeLessThanOrEqual(MAX_DEPTH);
    expect(outline.warnings).toEqual([
      {
        line: MAX_DEPTH + 1,
        column: 1,
        message: `list nesting deeper than ${MAX_DEPTH} levels kept at level ${MAX_DEPTH}`,
      },
    ]);

    const ordered = Array.from({ length: 2000 }, (_, i) => `${'.'.repeat(i + 1)} step`).join('\n');
    expectSound(parseAsciidoc(ordered), ordered, 'adoc');

    const delimiters = Array.from({ length: 2000 }, (_, i) => '='.repeat(4 + i));
    const blocks = [...delimiters, 'deep text', ...[...delimiters].reverse()].join('\n');
    const nested = parseAsciidoc(blocks);
    expect(nested.blocks).toMatchObject([{ kind: 'paragraph', text: 'deep text' }]);
    expect(nested.warnings).toEqual([]);

    const quotes = `${'*_`#'.repeat(2000)}x${'#`_*'.repeat(2000)}`;
    expectSound(parseAsciidoc(quotes), quotes, 'adoc');
  });

  it('stays correct on pathological repetition (unclosed blocks, markers and references)', () => {
    for (const text of [
      '----\n'.repeat(20_001),
      '*a '.repeat(50_000),
      '{x} '.repeat(50_000),
      'link:x['.repeat(20_000),
      '|===\n|a'.repeat(10_000),
    ]) {
      expectSound(parseAsciidoc(text), text, 'adoc');
    }
  });
});
