import { describe, expect, it } from 'vitest';
import {
  parseDatedEntry,
  parseDatedHeading,
  parseLooseDate,
} from '../../../../src/formats/infer/extract/index.ts';

describe('parseLooseDate', () => {
  it('reads the date forms of the corpus', () => {
    const cases: [string, string][] = [
      ['Jun 1st, 2026', '2026-06-01'],
      ['Sept 28th, 2023', '2023-09-28'],
      ['Feb 2nd, 2026', '2026-02-02'],
      ['April 25th, 2024', '2024-04-25'],
      ['June 22nd, 2023', '2023-06-22'],
      ['7th Mar 2022', '2022-03-07'],
      ['28/10/2019', '2019-10-28'],
      ['*20/02/2017*', '2017-02-20'],
      ['2019-10-28', '2019-10-28'],
      ['2019/10/28', '2019-10-28'],
      ['Tuesday, 2024-10-15', '2024-10-15'],
      ['October 28, 2019', '2019-10-28'],
      ['28 October 2019', '2019-10-28'],
      ['October 2019', '2019-10-01'],
      ['Nov 2020.', '2020-11-01'],
      ['2017-07', '2017-07-01'],
      ['2026\u201103', '2026-03-01'],
      ['10/28/2019', '2019-10-28'],
      ['29/02/2024', '2024-02-29'],
    ];
    for (const [text, date] of cases) expect([text, parseLooseDate(text)]).toEqual([text, date]);
  });

  it('gives nothing for periods, impossible dates and prose', () => {
    for (const text of [
      '2019',
      '2nd week of September 2026',
      'Q2 2019',
      '31/02/2019',
      '2019-13-01',
      '13/13/2019',
      'Final: ??',
      'Updated Nov 2020 (version 1.9.4).',
      'Monero 2019-10-28',
      '1.9.4',
      '',
    ]) {
      expect(parseLooseDate(text)).toBeUndefined();
    }
  });
});

describe('parseDatedHeading', () => {
  it('reads Wikimedia status headings, date first', () => {
    expect(parseDatedHeading('October 28, 2019 status:')).toEqual({ date: '2019-10-28', rest: '' });
    expect(parseDatedHeading('December 12, 2019 status')).toEqual({ date: '2019-12-12', rest: '' });
    expect(parseDatedHeading('2019-10-28 status: all goals In progress In progress')).toEqual({
      date: '2019-10-28',
      rest: 'all goals In progress In progress',
    });
  });

  it('reads keyword-first headings with the date after it, in parentheses or after "as of"', () => {
    expect(parseDatedHeading('Status update 2024-05-03')).toEqual({ date: '2024-05-03', rest: '' });
    expect(parseDatedHeading('Status as of 28 October 2019')).toEqual({ date: '2019-10-28', rest: '' });
    expect(parseDatedHeading('Update (Nov 2019)')).toEqual({ date: '2019-11-01', rest: '' });
    expect(parseDatedHeading('Status (2019-10-28): on track')).toEqual({
      date: '2019-10-28',
      rest: 'on track',
    });
    expect(parseDatedHeading('Progress update, Jan 19th, 2024 - delayed')).toEqual({
      date: '2024-01-19',
      rest: 'delayed',
    });
  });

  it('rejects status fields, undated headings and document update notes', () => {
    for (const text of [
      'Status: In Development',
      'Status',
      'Updated Nov 2020 (version 1.9.4).',
      'Update to django 2.2 (minimal version).',
      'October 28, 2019',
      'Release 2019-10-28',
      'Status update 2019',
      'Update (Nov 2019',
      '',
    ]) {
      expect(parseDatedHeading(text)).toBeUndefined();
    }
  });
});

describe('parseDatedEntry', () => {
  it('reads dated progress bullets of dune and pythoncapi', () => {
    expect(parseDatedEntry('*20/02/2017*: This is now implemented thanks to Rudi Grinberg (#5)')).toEqual({
      date: '2017-02-20',
      rest: 'This is now implemented thanks to Rudi Grinberg (#5)',
    });
    expect(parseDatedEntry('2017-07: Idea proposed on python-ideas.')).toEqual({
      date: '2017-07-01',
      rest: 'Idea proposed on python-ideas.',
    });
    expect(parseDatedEntry('2019-10-28 - first draft')).toEqual({ date: '2019-10-28', rest: 'first draft' });
    expect(parseDatedEntry('2019-10-28')).toEqual({ date: '2019-10-28', rest: '' });
  });

  it('needs a separator after the date', () => {
    expect(parseDatedEntry('2019 goals are set')).toBeUndefined();
    expect(parseDatedEntry('October 2019 was busy')).toBeUndefined();
  });
});
