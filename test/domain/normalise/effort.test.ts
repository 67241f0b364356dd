import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EffortUnitValues } from '../../../src/domain/interchange/schema.ts';
import { parseEffort } from '../../../src/domain/normalise/index.ts';

describe('parseEffort', () => {
  it.each([
    ['1-2 PM', { min: 1, max: 2, unit: 'person-month', text: '1-2 PM' }],
    ['1-3 PM', { min: 1, max: 3, unit: 'person-month', text: '1-3 PM' }],
    ['3 PM', { min: 3, max: 3, unit: 'person-month', text: '3 PM' }],
    ['2PM', { min: 2, max: 2, unit: 'person-month', text: '2PM' }],
    ['1.5 PM', { min: 1.5, max: 1.5, unit: 'person-month', text: '1.5 PM' }],
    ['1,5 PM', { min: 1.5, max: 1.5, unit: 'person-month', text: '1,5 PM' }],
    ['4PM ?', { min: 4, max: 4, unit: 'person-month', text: '4PM ?' }],
    ['0.5 person-month', { min: 0.5, max: 0.5, unit: 'person-month', text: '0.5 person-month' }],
    ['2 person months', { min: 2, max: 2, unit: 'person-month', text: '2 person months' }],
    ['3 months', { min: 3, max: 3, unit: 'person-month', text: '3 months' }],
    ['1 person-year', { min: 12, max: 12, unit: 'person-month', text: '1 person-year' }],
    ['1 day', { min: 1, max: 1, unit: 'person-day', text: '1 day' }],
    ['2 days', { min: 2, max: 2, unit: 'person-day', text: '2 days' }],
    ['4 man-days', { min: 4, max: 4, unit: 'person-day', text: '4 man-days' }],
    ['½ day', { min: 0.5, max: 0.5, unit: 'person-day', text: '½ day' }],
    ['1½ days', { min: 1.5, max: 1.5, unit: 'person-day', text: '1½ days' }],
    ['1–2 days', { min: 1, max: 2, unit: 'person-day', text: '1–2 days' }],
    ['1 to 3 days', { min: 1, max: 3, unit: 'person-day', text: '1 to 3 days' }],
    ['1 day - 2 days', { min: 1, max: 2, unit: 'person-day', text: '1 day - 2 days' }],
    ['2 weeks', { min: 2, max: 2, unit: 'person-week', text: '2 weeks' }],
    ['2w', { min: 2, max: 2, unit: 'person-week', text: '2w' }],
    ['3h', { min: 3, max: 3, unit: 'hour', text: '3h' }],
    ['3 hours', { min: 3, max: 3, unit: 'hour', text: '3 hours' }],
    ['5 points', { min: 5, max: 5, unit: 'point', text: '5 points' }],
    ['5 pts', { min: 5, max: 5, unit: 'point', text: '5 pts' }],
    ['5sp', { min: 5, max: 5, unit: 'point', text: '5sp' }],
    ['8 story points', { min: 8, max: 8, unit: 'point', text: '8 story points' }],
  ] as const)('reads %j', (text, effort) => {
    expect(parseEffort(text)).toEqual(effort);
  });

  it('finds the estimate inside the words and keeps them all', () => {
    const swh = 'variable, depending on the chosen listers/loaders (4PM ?)';
    expect(parseEffort(swh)).toEqual({ min: 4, max: 4, unit: 'person-month', text: swh });
    const mozilla = 'Estimate: 1 day, then tweaking as needed in parallel with other tasks.';
    expect(parseEffort(mozilla)).toEqual({ min: 1, max: 1, unit: 'person-day', text: mozilla });
    expect(parseEffort(' Estimated Time To Testability: 2 days. ')).toEqual({
      min: 2,
      max: 2,
      unit: 'person-day',
      text: 'Estimated Time To Testability: 2 days.',
    });
    expect(parseEffort('depends on 2 teams; about 3 weeks')).toEqual({
      min: 3,
      max: 3,
      unit: 'person-week',
      text: 'depends on 2 teams; about 3 weeks',
    });
  });

  it('reads open bounds', () => {
    expect(parseEffort('up to 3 weeks')).toEqual({ max: 3, unit: 'person-week', text: 'up to 3 weeks' });
    expect(parseEffort('< 1 day')).toEqual({ max: 1, unit: 'person-day', text: '< 1 day' });
    expect(parseEffort('at least 2 PM')).toEqual({ min: 2, unit: 'person-month', text: 'at least 2 PM' });
    expect(parseEffort('2+ PM')).toEqual({ min: 2, unit: 'person-month', text: '2+ PM' });
  });

  it('reads mini-buildd optimistic/likely/pessimistic triples without a unit', () => {
    expect(parseEffort('2/3/5')).toEqual({ min: 2, max: 5, text: '2/3/5' });
    expect(parseEffort('3/6/12')).toEqual({ min: 3, max: 12, text: '3/6/12' });
    expect(parseEffort('1 / 2 / 3')).toEqual({ min: 1, max: 3, text: '1 / 2 / 3' });
  });

  it('reads bare numbers and ranges without a unit', () => {
    expect(parseEffort('3')).toEqual({ min: 3, max: 3, text: '3' });
    expect(parseEffort('1-2')).toEqual({ min: 1, max: 2, text: '1-2' });
    expect(parseEffort('3-1 PM')).toEqual({ min: 1, max: 3, unit: 'person-month', text: '3-1 PM' });
  });

  it('reads rakudo effort asterisks as points', () => {
    expect(parseEffort('*')).toEqual({ min: 1, max: 1, unit: 'point', text: '*' });
    expect(parseEffort('**')).toEqual({ min: 2, max: 2, unit: 'point', text: '**' });
    expect(parseEffort('****')).toEqual({ min: 4, max: 4, unit: 'point', text: '****' });
    expect(parseEffort('******')).toBeUndefined();
  });

  it('keeps words without a number as text only', () => {
    expect(parseEffort('variable, depending on the chosen listers')).toEqual({
      text: 'variable, depending on the chosen listers',
    });
    expect(parseEffort('a few sprints')).toEqual({ text: 'a few sprints' });
  });

  it.each([
    '',
    '   ',
    '—',
    '-',
    '–',
    '?',
    '??',
    'n/a',
    'TBD',
    'Effort: ?',
    'Estimate:',
    '#!',
    '9'.repeat(400),
  ])('says nothing for %j', (text) => {
    expect(parseEffort(text)).toBeUndefined();
  });

  it('stays linear on very long or hostile input', () => {
    expect(parseEffort('1'.repeat(1_000_000))).toBeUndefined();
    expect(parseEffort(`${'1/'.repeat(100_000)}1`)).toBeUndefined();
    expect(parseEffort(`${'1 - '.repeat(100_000)}x`)).toEqual({ text: `${'1 - '.repeat(100_000)}x` });
    // Only the head of the text is searched: an estimate is not buried half a megabyte deep.
    const long = `${'word '.repeat(100_000)}3 PM`;
    expect(parseEffort(long)).toEqual({ text: long });
  });

  it('never throws and keeps its contract on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const effort = parseEffort(text);
        if (effort === undefined) return;
        expect(effort.text).toBe(text.trim());
        if (effort.unit !== undefined) expect(EffortUnitValues).toContain(effort.unit);
        for (const n of [effort.min, effort.max]) {
          if (n !== undefined) expect(Number.isFinite(n) && n >= 0).toBe(true);
        }
        if (effort.min !== undefined && effort.max !== undefined) {
          expect(effort.min).toBeLessThanOrEqual(effort.max);
        }
      }),
    );
  });
});
