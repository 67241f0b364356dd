import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWikitext } from '../../../src/formats/wikitext/index.ts';
import { anyText as anyTextOf, mutatedDocument } from '../support/robustness.ts';
import { expectWellFormed, shared } from './outline-helpers.ts';

const documents = [
  shared('corpus/wikitext/colinleroy__cc65-wiki__Roadmap.mediawiki'),
  shared('corpus/wikitext/libsdl-org__sdlwiki__Roadmap.mediawiki'),
  shared('seeds/mozilla-bidsync-storage-api-v2.r2.wiki'),
];

const TOKENS = [
  '{{',
  '}}',
  '{{done}}',
  '{{notdone|',
  '[[',
  ']]',
  '[http://x.org ',
  ']',
  "'''",
  "''",
  '*',
  '#',
  ':',
  ';',
  '=',
  '==',
  '{|',
  '|-',
  '|}',
  '!',
  '!!',
  '|',
  '||',
  '\n',
  '\r\n',
  ' ',
  '<s>',
  '</s>',
  '<span style="color:red">',
  '</span>',
  '<!--',
  '-->',
  '<<Color2(green, ',
  ')>>',
  '<<TableOfContents>>',
  '```',
  '<pre>',
  '</pre>',
  '<syntaxhighlight>',
  '<nowiki>',
  '&amp;',
  '&#x',
  '__TOC__',
  'text',
  '\t',
  '\0',
  '\u{1F600}',
  '\uD800',
  '-{',
  '}-',
  '{{{',
  '}}}',
];
const anyText = fc.oneof(anyTextOf(TOKENS), fc.string({ unit: 'grapheme', maxLength: 100 }));
const mutated = mutatedDocument(documents);

function check(text: string): void {
  expectWellFormed(parseWikitext(text), 'wikitext', text);
}

describe('parseWikitext is total', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(anyText, check), { numRuns: 300 });
  });

  it('never throws on mutated real documents', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 150 });
  });

  it('reads 3,000-deep list nesting, on one line and over 3,000 lines', () => {
    const oneLine = parseWikitext(`${'*'.repeat(3000)} deep`);
    expect(oneLine.warnings.map((warning) => warning.message)).toContain('list nested deeper than 64 levels');
    const manyLines = Array.from({ length: 3000 }, (_, i) => `${'*#'[i % 2]?.repeat(i + 1)} item ${i}`).join(
      '\n',
    );
    check(manyLines);
  });

  it('reads 3,000-deep template and link nesting with the line-based reader', () => {
    const templates = parseWikitext(`${'{{a|'.repeat(3000)}x${'}}'.repeat(3000)}`);
    expect(templates.warnings[0]?.message).toMatch(/nested deeper than 32 levels; read line by line/);
    check(`${'[[a|'.repeat(3000)}x${']]'.repeat(3000)}`);
  });

  it('reads a 10 MB document', () => {
    let text = '';
    while (text.length < 10 * 1024 * 1024) text += `${documents.join('\n')}\n`;
    const outline = parseWikitext(text);
    expect(outline.warnings[0]?.message).toMatch(/^document is \d+ KiB.*read line by line$/);
    expect(outline.blocks.length).toBeGreaterThan(10_000);
  });

  it('reads a 10 MB line of markup', () => {
    check("x '''b''' [[a|b]] {{done}} <s>s</s> [http://a b] {{[[<!--".repeat(200_000));
  });
});
