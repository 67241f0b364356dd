import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/normalise/index.ts';

const span = (label: string, start: string, end: string) => ({ label, start, end });

describe('parsePeriod', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31'],
    ['Q2 2022', '2022-04-01', '2022-06-30'],
    ['2022 Q2', '2022-04-01', '2022-06-30'],
    ['2022-Q2', '2022-04-01', '2022-06-30'],
    ['Q2/2022', '2022-04-01', '2022-06-30'],
    ['q4 2023', '2023-10-01', '2023-12-31'],
    ['1Q 2024', '2024-01-01', '2024-03-31'],
    ['First Quarter 2019', '2019-01-01', '2019-03-31'],
    ['2025h1', '2025-01-01', '2025-06-30'],
    ['2025H2', '2025-07-01', '2025-12-31'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['H1 2025', '2025-01-01', '2025-06-30'],
    ['first half of 2025', '2025-01-01', '2025-06-30'],
    ['second half of 2025', '2025-07-01', '2025-12-31'],
    ['2022-06-30', '2022-06-30', '2022-06-30'],
    ['2024-02-29', '2024-02-29', '2024-02-29'],
    ['Tuesday, 2024-05-07', '2024-05-07', '2024-05-07'],
    ['28/03/2022', '2022-03-28', '2022-03-28'],
    ['03/28/2022', '2022-03-28', '2022-03-28'],
    ['June 2026', '2026-06-01', '2026-06-30'],
    ['March 2023', '2023-03-01', '2023-03-31'],
    ['2023-03', '2023-03-01', '2023-03-31'],
    ['February 2024', '2024-02-01', '2024-02-29'],
    ['February 2023', '2023-02-01', '2023-02-28'],
    ['February 2000', '2000-02-01', '2000-02-29'],
    ['February 1900', '1900-02-01', '1900-02-28'],
    ['Jun 1st, 2026', '2026-06-01', '2026-06-01'],
    ['Sept 28th, 2023', '2023-09-28', '2023-09-28'],
    ['Sep. 28, 2023', '2023-09-28', '2023-09-28'],
    ['October 28, 2019', '2019-10-28', '2019-10-28'],
    ['1 June 2026', '2026-06-01', '2026-06-01'],
    ['2nd week of September 2026', '2026-09-08', '2026-09-14'],
    ['first week of March 2023', '2023-03-01', '2023-03-07'],
    ['last week of February 2024', '2024-02-23', '2024-02-29'],
    ['5th week of March 2023', '2023-03-29', '2023-03-31'],
    ['Mid-September 2017', '2017-09-11', '2017-09-20'],
    ['late November 2024', '2024-11-21', '2024-11-30'],
    ['Target: Mid-September 2017', '2017-09-11', '2017-09-20'],
    ['**Q3 2017**', '2017-07-01', '2017-09-30'],
    ['2022-2023', '2022-01-01', '2023-12-31'],
    ['Jan - Mar 2023', '2023-01-01', '2023-03-31'],
    ['Q1 – Q2 2023', '2023-01-01', '2023-06-30'],
    ['November 2023 to February 2024', '2023-11-01', '2024-02-29'],
  ])('resolves %j to %s..%s', (label, start, end) => {
    expect(parsePeriod(label)).toEqual(span(label, start, end));
  });

  it('keeps the label as written, trimmed', () => {
    expect(parsePeriod('  2025h1\n')).toEqual(span('2025h1', '2025-01-01', '2025-06-30'));
  });

  describe('fiscal years', () => {
    const july = { fiscalYearStartMonth: 7 };
    it.each([
      ['Q2 FY19/20', '2019-10-01', '2019-12-31'],
      ['FY2019-20 Q2', '2019-10-01', '2019-12-31'],
      ['FY19-20', '2019-07-01', '2020-06-30'],
      ['FY2019/2020', '2019-07-01', '2020-06-30'],
      ['FY2020', '2019-07-01', '2020-06-30'],
      ['FY20 Q1', '2019-07-01', '2019-09-30'],
      ['Q4 FY2019-20', '2020-04-01', '2020-06-30'],
      ['H2 FY2019-20', '2020-01-01', '2020-06-30'],
      ['FY1999-00', '1999-07-01', '2000-06-30'],
    ])('resolves %j with a July start', (label, start, end) => {
      expect(parsePeriod(label, july)).toEqual(span(label, start, end));
    });

    it('names a fiscal year by the year it ends in', () => {
      expect(parsePeriod('Q4 FY2024', { fiscalYearStartMonth: 10 })).toEqual(
        span('Q4 FY2024', '2024-07-01', '2024-09-30'),
      );
      expect(parsePeriod('H2 FY24', { fiscalYearStartMonth: 4 })).toEqual(
        span('H2 FY24', '2023-10-01', '2024-03-31'),
      );
    });

    it('treats FY as the calendar year by default', () => {
      expect(parsePeriod('FY2020')).toEqual(span('FY2020', '2020-01-01', '2020-12-31'));
      expect(parsePeriod('Q3 FY21')).toEqual(span('Q3 FY21', '2021-07-01', '2021-09-30'));
    });

    it('gives a split fiscal year no dates when the start month is not known', () => {
      expect(parsePeriod('FY19-20')).toEqual({ label: 'FY19-20' });
      expect(parsePeriod('Q2 FY19/20')).toEqual({ label: 'Q2 FY19/20' });
    });

    it('does not apply the fiscal start to calendar quarters', () => {
      expect(parsePeriod('Q2 2022', july)).toEqual(span('Q2 2022', '2022-04-01', '2022-06-30'));
    });

    it('rejects inconsistent fiscal labels and options', () => {
      expect(parsePeriod('FY2019-21', july)).toEqual({ label: 'FY2019-21' });
      expect(parsePeriod('Q2 FY20 Q3', july)).toEqual({ label: 'Q2 FY20 Q3' });
      expect(() => parsePeriod('2022', { fiscalYearStartMonth: 13 })).toThrow(RangeError);
      expect(() => parsePeriod('2022', { fiscalYearStartMonth: 0 })).toThrow(RangeError);
      expect(() => parsePeriod('2022', { fiscalYearStartMonth: 1.5 })).toThrow(RangeError);
    });
  });

  describe('open ends and a reference year', () => {
    it('reads "end of" and "by" as an end date only', () => {
      expect(parsePeriod('end of Q2', { referenceYear: 2024 })).toEqual({
        label: 'end of Q2',
        end: '2024-06-30',
      });
      expect(parsePeriod('by end of Q2', { referenceYear: 2024 })).toEqual({
        label: 'by end of Q2',
        end: '2024-06-30',
      });
      expect(parsePeriod('by 2022-06-30')).toEqual({ label: 'by 2022-06-30', end: '2022-06-30' });
      expect(parsePeriod('End of June 2026')).toEqual({ label: 'End of June 2026', end: '2026-06-30' });
    });

    it('reads "from" and "since" as a start date only', () => {
      expect(parsePeriod('since March 2023')).toEqual({ label: 'since March 2023', start: '2023-03-01' });
      expect(parsePeriod('starting Q3 2024')).toEqual({ label: 'starting Q3 2024', start: '2024-07-01' });
    });

    it('fills in the reference year where the label leaves it out', () => {
      const options = { referenceYear: 2023 };
      expect(parsePeriod('Q3', options)).toEqual(span('Q3', '2023-07-01', '2023-09-30'));
      expect(parsePeriod('H2', options)).toEqual(span('H2', '2023-07-01', '2023-12-31'));
      expect(parsePeriod('June', options)).toEqual(span('June', '2023-06-01', '2023-06-30'));
      expect(parsePeriod('June 12', options)).toEqual(span('June 12', '2023-06-12', '2023-06-12'));
      expect(parsePeriod('Q3 2025', options)).toEqual(span('Q3 2025', '2025-07-01', '2025-09-30'));
    });

    it('keeps only the label when the year is needed and unknown', () => {
      expect(parsePeriod('end of Q2')).toEqual({ label: 'end of Q2' });
      expect(parsePeriod('Q3')).toEqual({ label: 'Q3' });
      expect(parsePeriod('June')).toEqual({ label: 'June' });
    });
  });

  it.each([
    'v2.0',
    '2.0',
    '1.9.4',
    'v1.2.0-rc1',
    'Zed',
    '2023.1',
    '2023.2 Bobcat',
    'Jbuilder V1',
    'After V1',
    'Next release',
    '2019-20',
    '2023-02-29',
    '2023-13',
    '2023-00-10',
    'February 30, 2024',
    '03/04/2022',
    'June 1850',
    '5th week of February 2023',
    'Q2 2023 - Q1 2023',
    '2022-06-30T10:00:00Z',
    'Summer 2024',
  ])('keeps %j as a label without dates', (label) => {
    expect(parsePeriod(label)).toEqual({ label });
  });

  it.each(['', '   ', 'Final: ??', '?', '??', 'TBD', 'n/a', '—', '-', 'Target:'])(
    'says nothing for %j',
    (text) => {
      expect(parsePeriod(text)).toBeUndefined();
    },
  );

  it('stays linear on very long or hostile input', () => {
    const long = `Q2 ${'2022 '.repeat(200_000)}`;
    expect(parsePeriod(long)).toEqual({ label: long.trim() });
    expect(parsePeriod('1'.repeat(1_000_000))).toEqual({ label: '1'.repeat(1_000_000) });
    expect(parsePeriod(`${'?'.repeat(100_000)}x`)).toEqual({ label: `${'?'.repeat(100_000)}x` });
    expect(parsePeriod('- '.repeat(100_000))).toBeUndefined();
  });

  it('only ever produces real dates, start before end', () => {
    const iso = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1990, max: 2100 }),
        (text, fiscalYearStartMonth, referenceYear) => {
          const period = parsePeriod(text, { fiscalYearStartMonth, referenceYear });
          if (period === undefined) return;
          expect(period.label).toBe(text.trim());
          for (const date of [period.start, period.end]) {
            if (date === undefined) continue;
            expect(date).toMatch(iso);
            expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
          }
          if (period.start && period.end) expect(period.start <= period.end).toBe(true);
        },
      ),
    );
  });

  it('resolves every quarter of every year to contiguous, gap-free months', () => {
    for (let year = 1999; year <= 2031; year++) {
      const ends = [1, 2, 3, 4].map((q) => parsePeriod(`Q${q} ${year}`));
      expect(ends.map((p) => p?.start)).toEqual([
        `${year}-01-01`,
        `${year}-04-01`,
        `${year}-07-01`,
        `${year}-10-01`,
      ]);
      expect(ends.map((p) => p?.end)).toEqual([
        `${year}-03-31`,
        `${year}-06-30`,
        `${year}-09-30`,
        `${year}-12-31`,
      ]);
    }
  });
});
