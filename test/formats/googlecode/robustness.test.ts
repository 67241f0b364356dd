import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoogleCodeWiki } from '../../../src/formats/googlecode/index.ts';
import { anyText, mutatedDocument } from '../support/robustness.ts';
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
const mutated = mutatedDocument([fofix], 12);
const check = (text: string) => expectWellFormed(parseGoogleCodeWiki(text), 'googlecode', text);

describe('parseGoogleCodeWiki is total', () => {
  it('never throws on random or mutated text', () => {
    fc.assert(fc.property(fc.oneof(anyText(TOKENS), mutated), check), { numRuns: 400 });
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
