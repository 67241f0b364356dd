// parseRst is total: whatever the input, it returns a well-formed outline and never throws.
// (Speed is measured in benchmarks, never asserted here.)
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../../src/formats/rst/index.ts';
import { mutatedDocument } from '../support/robustness.ts';
import { corpus, expectWellFormed } from './outline-helpers.ts';

const files = readdirSync(new URL('../../../../shared/corpus/rst/', import.meta.url)).filter((f) =>
  f.endsWith('.rst'),
);
const documents = files.map((f) => corpus(`rst/${f}`));

/** Pieces that start or end RST constructs, so random documents reach every branch. */
const PIECES = [
  '- ',
  '* ',
  '+ ',
  '#. ',
  '1. ',
  '(a) ',
  'ii) ',
  ':Field: ',
  ':',
  '.. ',
  '..',
  '.. _t: ',
  '.. _t:',
  '.. |s| replace:: ',
  '.. note:: ',
  '.. code-block:: py',
  '.. list-table::',
  '.. csv-table::',
  '   :header-rows: 1',
  '__ ',
  '::',
  '====',
  '----',
  '~~~~',
  '==  ==',
  '+--+--+',
  '+==+==+',
  '| a | b |',
  '| ',
  '>>> ',
  '   ',
  '  ',
  '\t',
  '`',
  '``',
  '*',
  '**',
  '|',
  '_',
  '__',
  '<https://x.org>',
  '`t <u>`_',
  ':ref:`x`',
  '[1]_',
  'text',
  'word',
  '\\',
  '\n',
  '\n\n',
  '\r\n',
  'é',
  '\u0000',
];
const rstish = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((parts) => parts.join(''));

function check(text: string): void {
  const outline = parseRst(text);
  expect(outline.format).toBe('rst');
  expectWellFormed(outline, text);
}

describe('parseRst on arbitrary input', () => {
  it('never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { numRuns: 200 });
  });

  it('never throws on random binary junk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) =>
        check(Buffer.from(bytes).toString('latin1')),
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on random RST-like text', () => {
    fc.assert(fc.property(rstish, check), { numRuns: 400 });
  });

  it('never throws on corpus documents truncated, with lines duplicated or deleted', () => {
    fc.assert(fc.property(mutatedDocument(documents, 20), check), { numRuns: 150 });
  });
});

describe('parseRst on large and deep input', () => {
  it('reads a 10 MB document', () => {
    const parts: string[] = [];
    let size = 0;
    for (let k = 0; size < 10_000_000; k++) {
      const doc = documents[k % documents.length] ?? '';
      parts.push(doc);
      size += doc.length;
    }
    const text = parts.join('\n\n');
    const outline = parseRst(text);
    expect(outline.blocks.length).toBeGreaterThan(10_000);
    expect(outline.warnings.length).toBeLessThanOrEqual(1000);
  });

  it('reads 2,000 levels of indentation: lists, definitions, quotes and directives', () => {
    const deep = (line: (i: number) => string) => Array.from({ length: 2000 }, (_, i) => line(i)).join('\n');
    for (const text of [
      deep((i) => `${' '.repeat(i * 2)}- item ${i}\n`),
      deep((i) => `${' '.repeat(i * 2)}- item ${i}`),
      deep((i) => `${' '.repeat(i)}term ${i}`),
      deep((i) => `${' '.repeat(i)}para ${i}\n`),
      deep((i) => `${' '.repeat(i * 3)}.. note::\n`),
      deep((i) => `${' '.repeat(i * 3)}#. step ${i}\n`),
    ]) {
      const outline = parseRst(text);
      expectWellFormed(outline, text);
      expect(outline.blocks.length).toBeGreaterThan(0);
    }
  });

  it('reads long runs of unclosed inline markup', () => {
    for (const unit of ['*a ', '`a ', '``a ', '|a ', ':r:`a ', 'a_ ', 'a-', '**a ', '[1] ']) {
      const outline = parseRst(unit.repeat(100_000));
      expect(outline.blocks).toHaveLength(1);
    }
  });
});
