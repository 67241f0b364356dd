// `npm run fuzz [-- SECONDS]`: the long fuzz run the CI suite is too short for. Mutated corpus
// documents and random text go through every text importer until the time is up; any exception,
// invalid document or position-less warning is printed with the fast-check seed and path that
// replay it. Time per input is reported against the mean, to spot super-linear inputs.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { validateDocument } from '../src/domain/interchange/index.ts';
import { FORMAT_NAMES, type InputFormat } from '../src/formats/detect.ts';
import { importText } from '../src/formats/import-text.ts';
import { anyText, mutatedDocument } from '../test/formats/support/robustness.ts';

const SHARED = new URL('../../shared/', import.meta.url);
const seconds = Number(process.argv[2] ?? 60);
const TEXT_FORMATS = FORMAT_NAMES.filter((f) => f !== 'json' && f !== 'yaml' && f !== 'toml');

function sharedTexts(): string[] {
  const texts: string[] = [];
  for (const dir of ['md', 'rst', 'wikitext', 'org', 'adoc', 'other']) {
    for (const name of readdirSync(new URL(`corpus/${dir}/`, SHARED)))
      texts.push(readFileSync(new URL(`corpus/${dir}/${name}`, SHARED), 'utf8'));
  }
  for (const name of readdirSync(new URL('seeds/', SHARED)))
    texts.push(readFileSync(new URL(`seeds/${name}`, SHARED), 'utf8'));
  return texts;
}

function check(text: string, format: InputFormat): void {
  const { document, warnings } = importText(text, { format });
  validateDocument(document);
  for (const warning of warnings) {
    if (!(warning.line >= 0 && warning.column >= 0 && warning.message))
      throw new Error(`warning without a position: ${JSON.stringify(warning)}`);
  }
}

const texts = sharedTexts();
const tokens = [
  '\n',
  '\n\n',
  '# ',
  '== ',
  '* ',
  '- ',
  '1. ',
  '  ',
  '|',
  ':',
  '`',
  '[[',
  ']]',
  '{{',
  '}}',
  '<b>',
  '</b>',
  '::',
  '.. ',
  '---',
  '===',
  '[x] ',
  'TODO ',
  'Q3 2025',
  'T1234',
  '#12',
];
const input = fc.record({
  format: fc.constantFrom(...TEXT_FORMATS),
  text: fc.oneof(mutatedDocument(texts, 16), anyText(tokens, 400)),
});

const deadline = Date.now() + seconds * 1000;
let runs = 0;
let bytes = 0;
let slowest = { msPerKb: 0, format: '', size: 0 };
let totalMs = 0;
let failures = 0;
while (Date.now() < deadline) {
  const seed = Date.now() ^ runs;
  const result = fc.check(
    fc.property(input, ({ format, text }) => {
      const started = performance.now();
      check(text, format);
      const ms = performance.now() - started;
      runs += 1;
      bytes += text.length;
      totalMs += ms;
      const msPerKb = ms / Math.max(1, text.length / 1024);
      if (text.length > 4096 && msPerKb > slowest.msPerKb) slowest = { msPerKb, format, size: text.length };
    }),
    { seed, numRuns: 200 },
  );
  if (result.failed) {
    failures += 1;
    console.error(`failure (replay with seed ${seed}, path ${result.counterexamplePath}):`);
    console.error(fc.defaultReportMessage(result));
  }
}
const meanMsPerKb = totalMs / Math.max(1, bytes / 1024);
console.log(`${runs} inputs, ${(bytes / 1e6).toFixed(1)} MB in ${seconds} s; ${failures} failing seeds`);
console.log(
  `mean ${meanMsPerKb.toFixed(3)} ms/KB; slowest input over 4 KB: ${slowest.msPerKb.toFixed(3)} ms/KB (${slowest.format}, ${slowest.size} B), ratio to mean ${(slowest.msPerKb / Math.max(meanMsPerKb, 1e-9)).toFixed(1)}`,
);
process.exitCode = failures > 0 ? 1 : 0;
