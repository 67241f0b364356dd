import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoogleCodeWiki } from '../../../src/formats/googlecode/index.ts';
import { expectWellFormed, items, shared } from '../wikitext/outline-helpers.ts';

const fofix = shared('corpus/other/fofix__fofix__doc__wiki__Roadmap.wiki');
const TOKENS = [
  '\n',
  '  ',
  '* ',
  '# ',
  '*',
  '_',
  '~~',
  '`',
  '{{{',
  '}}}',
  '[',
  ']',
  'http://x.org',
  '!Wiki',
  'Word',
  '=',
  '==',
  '||',
  '#summary ',
  '#labels ',
  '<wiki:comment>',
  '</wiki:comment>',
  '----',
  '^',
  ',,',
  'text',
  '\t',
  '\0',
  '\uD800',
];
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join('')),
);
const mutated = fc
  .record({
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    drop: fc.array(fc.nat(), { maxLength: 6 }),
    dup: fc.array(fc.nat(), { maxLength: 6 }),
  })
  .map(({ cut, drop, dup }) => {
    const lines = fofix.slice(0, Math.floor(fofix.length * cut)).split('\n');
    for (const at of drop) lines.splice(at % Math.max(1, lines.length), 1);
    for (const at of dup)
      lines.splice(at % Math.max(1, lines.length), 0, lines[at % Math.max(1, lines.length)] ?? '');
    return lines.join('\n');
  });
const check = (text: string) => expectWellFormed(parseGoogleCodeWiki(text), 'googlecode', text);

describe('parseGoogleCodeWiki is total', () => {
  it('never throws on random or mutated text', () => {
    fc.assert(fc.property(fc.oneof(anyText, mutated), check), { numRuns: 400 });
  });

  it('reads 3,000 levels of indentation, nesting at most 64 deep', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}* item`).join('\n');
    check(text);
    expect(Math.max(...items(parseGoogleCodeWiki(text).blocks).map(({ depth }) => depth))).toBe(63);
  });

  it('reads a 10 MB document and a 10 MB line', () => {
    let text = '';
    while (text.length < 10 * 1024 * 1024) text += `${fofix}\n`;
    expect(parseGoogleCodeWiki(text).blocks.length).toBeGreaterThan(10_000);
    check('*b* _i_ `c` [http://x y] !WikiWord {{{ '.repeat(260_000));
  });
});
