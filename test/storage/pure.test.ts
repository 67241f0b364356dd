// The storage helpers that need no database.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.ts';
import { checkpointDue } from '../../src/storage/repositories/history.ts';
import { searchDocFromItem, searchTerms } from '../../src/storage/search-text.ts';
import { asOfUpperBound, nextTimestamp } from '../../src/storage/time.ts';

describe('asOfUpperBound', () => {
  it('reads a date as the end of that day in UTC', () => {
    expect(asOfUpperBound('2024-03-28')).toBe('2024-03-28T23:59:59.999Z');
    expect(asOfUpperBound('2024-02-29')).toBe('2024-02-29T23:59:59.999Z');
  });

  it('normalises date-times to UTC with milliseconds, cutting extra digits', () => {
    expect(asOfUpperBound('2024-03-28T10:00:00+02:00')).toBe('2024-03-28T08:00:00.000Z');
    expect(asOfUpperBound('2024-03-28T10:00')).toBe('2024-03-28T10:00:00.000Z');
    expect(asOfUpperBound('2024-03-28T10:00:00.123999Z')).toBe('2024-03-28T10:00:00.123Z');
  });

  it('refuses what is not a date', () => {
    for (const text of ['2023-02-29', '2024-3-28', 'now', '2024-03-28 10:00', '2024-03-28T25:00Z']) {
      expect(() => asOfUpperBound(text), text).toThrow(ValidationError);
    }
  });
});

describe('nextTimestamp', () => {
  it('uses the clock unless it has not passed the previous revision', () => {
    const now = new Date('2024-03-28T10:00:00.000Z');
    expect(nextTimestamp(now, null)).toBe('2024-03-28T10:00:00.000Z');
    expect(nextTimestamp(now, '2024-03-28T09:00:00.000Z')).toBe('2024-03-28T10:00:00.000Z');
    expect(nextTimestamp(now, '2024-03-28T10:00:00.000Z')).toBe('2024-03-28T10:00:00.001Z');
    expect(nextTimestamp(now, '2024-03-28T11:00:00.000Z')).toBe('2024-03-28T11:00:00.001Z');
  });
});

describe('searchTerms', () => {
  it('keeps words only, lower-cased and once each', () => {
    expect(searchTerms('"GitLab" AND -mirror* title:x')).toEqual(['gitlab', 'and', 'mirror', 'title', 'x']);
    expect(searchTerms('gitlab GITLAB')).toEqual(['gitlab']);
    expect(searchTerms('café e\u0301t\u00e9 日本語')).toEqual(['café', 'été', '日本語']);
    for (const query of ['', ' ', '"', '*', '-', ':', '()', '🚧', '\u0000'])
      expect(searchTerms(query)).toEqual([]);
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(16);
  });
});

describe('searchDocFromItem', () => {
  it('gathers fields, tags, labels, leads and refs as details, minus unstorable characters', () => {
    const doc = searchDocFromItem(
      JSON.stringify({
        id: 'a',
        title: 'A\u0000b',
        tags: ['t1'],
        labels: ['bug'],
        leads: ['Nuria'],
        refs: [{ tracker: 'phabricator', id: 'T4079' }],
        fields: { Effort: '1-2 PM' },
        workIds: ['b'],
      }),
    );
    expect(doc).toEqual({
      itemId: 'a',
      title: 'A b',
      summary: '',
      details: 'Effort: 1-2 PM\nt1\nbug\nNuria\nT4079',
    });
  });
});

describe('checkpointDue', () => {
  const state = { seq: 5, checkpointSeq: 1, bytesSinceCheckpoint: 10, sizeBytes: 1000, every: 32 };
  it('checkpoints the first revision, every `every` revisions, and after a roadmap’s worth of bytes', () => {
    expect(checkpointDue({ ...state, seq: 1, checkpointSeq: 0 })).toBe(true);
    expect(checkpointDue(state)).toBe(false);
    expect(checkpointDue({ ...state, seq: 33 })).toBe(true);
    expect(checkpointDue({ ...state, bytesSinceCheckpoint: 1000 })).toBe(true);
  });
});
