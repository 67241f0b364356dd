// The compact forms of docs/formats.md, as written: derived parts left out, differences written
// in a trailing annotation, and each form read back to the value it was written from.
import { describe, expect, it } from 'vitest';
import type { Effort, Period } from '../../../src/domain/interchange/index.ts';
import {
  readEffort,
  readList,
  readPeriod,
  readRefs,
  readStatus,
  writeEffort,
  writeList,
  writePeriod,
  writeRefs,
  writeStatus,
} from '../../../src/formats/waymark-md/values.ts';

describe('compact field values', () => {
  it.each<[Period, string]>([
    [{ label: '2025h1', start: '2025-01-01', end: '2025-06-30' }, '2025h1'],
    [{ label: '2025h1' }, '2025h1 (as written)'],
    [{ label: 'v2.0', start: '2025-04-01', end: '2025-06-30' }, 'v2.0 (2025-04-01 to 2025-06-30)'],
    [{ label: 'v2.0', end: '2025-06-30' }, 'v2.0 (until 2025-06-30)'],
    [{ label: 'beta (maybe)' }, 'beta (maybe\\)'],
  ])('target %j is written %s', (period, text) => {
    expect(writePeriod(period)).toBe(text);
    expect(readPeriod(text)).toEqual(period);
  });

  it.each<[Effort, string]>([
    [{ min: 1, max: 2, unit: 'person-month', text: '1-2 PM' }, '1-2 PM'],
    [{ text: '1-2 PM' }, '1-2 PM (as written)'],
    [
      { min: 1, max: 1, unit: 'person-month', text: 'about a month' },
      'about a month (min 1, max 1, person-month)',
    ],
    [{ max: 1e21, text: 'lots' }, 'lots (max 1e+21)'],
  ])('effort %j is written %s', (effort, text) => {
    expect(writeEffort(effort)).toBe(text);
    expect(readEffort(text)).toEqual(effort);
  });

  it('writes a status, its words, or both', () => {
    expect(writeStatus('in_progress', undefined)).toBe('in progress');
    expect(writeStatus('done', 'Yes (Done)')).toBe('done (Yes \\(Done\\))');
    expect(writeStatus(undefined, 'Yes Done')).toBe('(Yes Done)');
    expect(readStatus('done (Yes \\(Done\\))')).toEqual({ value: 'done', text: 'Yes (Done)' });
    expect(readStatus('(Yes Done)')).toEqual({ text: 'Yes Done' });
    expect(readStatus('In_Progress')).toEqual({ value: 'in_progress' });
  });

  it('escapes the separator of lists and refs', () => {
    expect(writeList(['Smith, J.', 'Ana'])).toBe('Smith\\, J., Ana');
    expect(readList('Smith\\, J., Ana')).toEqual(['Smith, J.', 'Ana']);
    const refs = [
      { tracker: 'github' as const, id: 'a/b#1', url: 'https://example.org/a,b (1)' },
      { tracker: 'phabricator' as const, id: 'T1' },
    ];
    expect(writeRefs(refs)).toBe('github [a/b#1](<https://example.org/a\\,b \\(1\\)>), phabricator T1');
    expect(readRefs(writeRefs(refs))).toEqual(refs);
  });
});
