// parseOrg is total: random text, mutated real documents, a 10 MB input and 2,000-deep nesting
// all parse without throwing into sound outlines. (Speed is measured in benchmarks, not here.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrg } from '../../../src/formats/org/index.ts';
import { MAX_DEPTH } from '../../../src/formats/org/lists.ts';
import { corpus, expectSound, mutate } from './invariants.ts';

const files = [
  'ocaml__dune__ROADMAP.org',
  'origamitower__folktale__ROADMAP.org',
  'kubernetes-sigs__apisnoop__roadmap.org',
];
const documents = files.map((f) => corpus(`org/${f}`));

/** Fragments of Org syntax, so random lines hit the parser's branches rather than plain text. */
const fragment = fc.constantFrom(
  '* ',
  '** TODO ',
  '*** DONE [#B] ',
  ' :tag:x:',
  '[1/2]',
  '- ',
  '  - [X] ',
  '1. ',
  '+ ',
  ' :: ',
  '#+TODO: A | B',
  '#+TITLE: ',
  '#+begin_src js',
  '#+end_src',
  '#+BEGIN_QUOTE',
  ':PROPERTIES:',
  ':END:',
  ':LOGBOOK:',
  ':k: v',
  'SCHEDULED: <2024-01-01>',
  '| a | b |',
  '|---+---|',
  ': fixed',
  '# c',
  '*b*',
  '/i/',
  '_u_',
  '=v=',
  '~c~',
  '+s+',
  '[[',
  ']]',
  '][',
  '[[https://x][y]]',
  '[t](https://u)',
  'https://z.example',
  '\t',
  '\r',
  '\n',
  '\u0000',
  '\ud800',
);
const orgish = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('parseOrg on any input', () => {
  it('never throws on random strings, including binary and lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 }), orgish),
        (text) => {
          expectSound(parseOrg(text), text, 'org');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on mutated corpus documents (truncated, lines deleted, duplicated, rotated, junk)', () => {
    const op = fc.record({ kind: fc.integer({ min: 0, max: 5 }), at: fc.nat(), junk: orgish });
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(op, { minLength: 1, maxLength: 8 }), (doc, ops) => {
        const text = mutate(doc, ops);
        expectSound(parseOrg(text), text, 'org');
      }),
      { numRuns: 300 },
    );
  });

  it('parses a 10 MB document', () => {
    const unit = `${documents.join('\n')}\n- [ ] *x* /y/ [[https://e.example][e]] | a | b |\n`;
    const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const outline = parseOrg(text);
    expect(outline.blocks.length).toBeGreaterThan(100_000);
    expect(outline.warnings).toEqual([]);
  });

  it('survives 2,000-deep nesting: keeps list depth bounded, with a warning', () => {
    const lists = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}- item ${i}`).join('\n');
    const outline = parseOrg(lists);
    expect(expectSound(outline, lists, 'org')).toBeLessThanOrEqual(MAX_DEPTH);
    expect(outline.warnings).toHaveLength(1);
    expect(outline.warnings[0]?.line).toBe(MAX_DEPTH + 1);

    const stars = Array.from({ length: 2000 }, (_, i) => `${'*'.repeat(i + 1)} level ${i + 1}`).join('\n');
    const headlines = parseOrg(stars).blocks;
    expect(headlines.at(-1)).toMatchObject({ kind: 'heading', level: 2000, text: 'level 2000' });

    const emphasis = `${'*/_+'.repeat(2000)}x${'+_/*'.repeat(2000)}`;
    expectSound(parseOrg(emphasis), emphasis, 'org');
    const brackets = `${'[['.repeat(2000)}x${']]'.repeat(2000)}`;
    expectSound(parseOrg(brackets), brackets, 'org');
  });

  it('stays correct on pathological repetition (unclosed markers, openers and drawers)', () => {
    for (const text of [
      '*a '.repeat(50_000),
      '[[x][y '.repeat(20_000),
      '#+begin_src\n'.repeat(20_000),
      '* h\n:PROPERTIES:\n'.repeat(10_000),
    ]) {
      expectSound(parseOrg(text), text, 'org');
    }
  });
});
