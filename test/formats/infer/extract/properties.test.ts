// Every extractor is total on any string, returns only pieces of its input, and stays linear on
// long adversarial inputs (checked by returning at all within the test timeout, never by timing).
import fc from 'fast-check';
import Schema from 'typebox/schema';
import { describe, expect, it } from 'vitest';
import { Ref } from '../../../../src/domain/interchange/schema.ts';
import {
  classifyFieldKey,
  extractLabels,
  extractRefs,
  FIELD_ROLES,
  parseDatedEntry,
  parseDatedHeading,
  parseLooseDate,
  splitFieldLine,
  splitPeople,
} from '../../../../src/formats/infer/extract/index.ts';

const refValidator = Schema.Compile(Ref);
const ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

// Pieces of the shapes the extractors look for, so random texts hit their branches.
const FRAGMENTS = [
  'T',
  'T4079',
  '#',
  '12',
  '740576',
  '!',
  '/',
  'owner',
  'repo',
  '-',
  'BVAL',
  'UTF',
  'HV-1991',
  'https://',
  'github.com/',
  'issues/',
  'pull/',
  'gitlab.com/a/-/',
  'merge_requests/',
  'milestones/',
  'bugs.debian.org/',
  'cgi-bin/bugreport.cgi?bug=',
  'show_bug.cgi?id=',
  '/browse/',
  'bug ',
  'task ',
  'Debian ',
  'Closes: ',
  ' and ',
  ', ',
  '&',
  '@',
  'x',
  '[BUG]',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  'stretch',
  'UNREPRODUCIBLE',
  ':',
  ' ',
  '\n',
  'Lead',
  'Status',
  'October',
  ' 28, ',
  '2019',
  '.',
  'st',
  ' status',
  'Update ',
  'as of ',
  '@b.org',
  'TBD',
  '<br />',
  'é',
  '\u2011',
  '*',
];

const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join('')),
);
const links = fc.array(fc.record({ url: text, title: fc.option(text, { nil: undefined }) }), {
  maxLength: 3,
});

describe('extractors on random text', () => {
  it('extractRefs returns valid, unique refs made of the input', () => {
    fc.assert(
      fc.property(text, links, (t, ls) => {
        const haystack = [t, ...ls.flatMap((l) => [l.url, l.title ?? ''])].join('\u0000');
        const refs = extractRefs(t, ls);
        const keys = refs.map((ref) => `${ref.tracker} ${ref.id}`);
        expect(new Set(keys).size).toBe(keys.length);
        const trackerUrls = refs.filter((ref) => ref.tracker !== 'url').map((ref) => ref.url);
        for (const ref of refs) {
          expect(refValidator.Check(ref)).toBe(true);
          if (ref.url !== undefined) expect(haystack).toContain(ref.url);
          if (ref.url === undefined) expect(haystack).toContain(ref.id);
          if (ref.tracker === 'url') expect(trackerUrls).not.toContain(ref.id);
        }
      }),
    );
  });

  it('extractLabels returns known lower-case labels and a substring of the input', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { labels, rest } = extractLabels(t);
        expect(t).toContain(rest);
        expect(rest).toBe(rest.trim());
        for (const label of labels) {
          expect(label).toBe(label.toLowerCase());
          expect(t.toLowerCase()).toContain(label);
        }
      }),
    );
  });

  it('splitFieldLine returns a key and value taken from the input; classifyFieldKey a declared role', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(FIELD_ROLES).toContain(classifyFieldKey(t));
        const field = splitFieldLine(t);
        if (!field) return;
        expect(t).toContain(field.key);
        expect(t).toContain(field.value);
        expect(field.key.length).toBeGreaterThan(0);
      }),
    );
  });

  it('splitPeople returns non-empty pieces of the input', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const person of splitPeople(t)) {
          expect(person.length).toBeGreaterThan(0);
          expect(t).toContain(person);
        }
      }),
    );
  });

  it('date parsers return ISO dates and rests taken from the input', () => {
    fc.assert(
      fc.property(text, (t) => {
        const loose = parseLooseDate(t);
        if (loose !== undefined) expect(loose).toMatch(ISO);
        for (const dated of [parseDatedHeading(t), parseDatedEntry(t)]) {
          if (!dated) continue;
          expect(dated.date).toMatch(ISO);
          expect(t).toContain(dated.rest);
        }
      }),
    );
  });
});

describe('extractors on 100 KB adversarial input', () => {
  const size = 100_000;
  const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const inputs = [
    repeat('a'),
    repeat('A'),
    repeat('A-'),
    repeat('a/'),
    repeat('a.'),
    repeat('a-'),
    repeat('1'),
    repeat('T1'),
    repeat('#1'),
    repeat('#'),
    repeat('!1'),
    repeat(' '),
    repeat('\n'),
    repeat('('),
    repeat(')'),
    repeat('['),
    repeat('[]'),
    repeat('<'),
    repeat(':'),
    repeat('. '),
    repeat(' and'),
    repeat('@a '),
    repeat('bug '),
    `https://${repeat('a')}`,
    `https://x/${repeat('.')}a`,
    `https://x/${repeat(')')}`,
    `https://x/${repeat('()')}`,
    `https://github.com/${repeat('a/')}`,
    `${repeat('a/')}#`,
    `${repeat('a')}#1`,
    `${repeat('October 28, ')}`,
    `Status ${repeat(' ')}x`,
    `[${repeat('x')}`,
    `${repeat('x')}]`,
  ];

  it('every extractor returns on each input', () => {
    for (const input of inputs) {
      const link = { url: input, title: input.slice(0, 1000) };
      expect(Array.isArray(extractRefs(input, [link], { githubRepo: 'o/r' }))).toBe(true);
      expect(Array.isArray(extractRefs(input, [], { gitlabProject: 'g/p' }))).toBe(true);
      expect(typeof extractLabels(input).rest).toBe('string');
      expect(splitFieldLine(input) === undefined || typeof splitFieldLine(input)?.key === 'string').toBe(
        true,
      );
      expect(FIELD_ROLES).toContain(classifyFieldKey(input));
      expect(Array.isArray(splitPeople(input))).toBe(true);
      expect(parseLooseDate(input)).toBeUndefined();
      expect(
        parseDatedHeading(input) === undefined || typeof parseDatedHeading(input)?.date === 'string',
      ).toBe(true);
      expect(parseDatedEntry(input) === undefined || typeof parseDatedEntry(input)?.date === 'string').toBe(
        true,
      );
    }
  });
});
