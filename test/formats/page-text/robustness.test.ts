import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../../src/formats/page-text/index.ts';
import { anyText, mutatedDocument } from '../support/robustness.ts';
import { expectWellFormed, items, shared } from '../wikitext/outline-helpers.ts';

const documents = [
  shared('seeds/wikimedia-technology-goals-2019-20-q2.page-text.txt'),
  shared('seeds/cpan-testers-roadmap.page-text.txt'),
  shared('seeds/mini-buildd-roadmap-2020-11.page-text.txt'),
];

const TOKENS = [
  '\n',
  '\n\n',
  '  ',
  '\t',
  '• ',
  '  ◦ ',
  '    ▪ ',
  '- ',
  '1. ',
  'o ',
  'Contents\n',
  '1 Goals\n',
  '1.1 Sub\n',
  '[edit]',
  'Title Case Line',
  'Yes\u00a0Done',
  'In progress In progress',
  ' - ',
  'N\u00a0Postponed',
  'Status: ',
  'Retrieved from "x"',
  'Jump to navigation',
  'http://x.org/a)',
  '=====',
  '-----',
  'XXX',
  'Team Manager: A',
  '(',
  ')',
  '.',
  'word',
  '\r',
  '\0',
  '\uD800',
  '\u{1F600}',
  'Arrow.svg',
  '   ',
];
const mutated = mutatedDocument(documents);

const check = (text: string) => expectWellFormed(parsePageText(text), 'text', text);

describe('parsePageText is total', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(anyText(TOKENS), check), { numRuns: 400 });
  });

  it('never throws on mutated real documents', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 200 });
  });

  it('reads 3,000 levels of indented bullets, nesting at most 64 deep', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}• item ${i}`).join('\n');
    const outline = parsePageText(text);
    check(text);
    const depths = items(outline.blocks).map(({ depth }) => depth);
    expect(depths).toHaveLength(3000);
    expect(Math.max(...depths)).toBe(63);
  });

  it('reads a 10 MB document and a 10 MB line', () => {
    let text = '';
    while (text.length < 10 * 1024 * 1024) text += `${documents.join('\n\n')}\n\n`;
    expect(parsePageText(text).blocks.length).toBeGreaterThan(10_000);
    check('Goal In progress In progress - x http://a.b/c , '.repeat(220_000));
  });
});
