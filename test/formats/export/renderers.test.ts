import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument, Roadmap } from '../../../src/domain/interchange/index.ts';
import { renderAtom } from '../../../src/formats/atom/render.ts';
import { renderCsv } from '../../../src/formats/csv/render.ts';
import { renderIcs } from '../../../src/formats/ics/render.ts';
import { renderMermaid } from '../../../src/formats/mermaid/render.ts';
import { placedItems } from '../../../src/formats/walk/items.ts';

const sample = (): Roadmap =>
  (
    JSON.parse(
      readFileSync(new URL('../../../samples/lanternfish-2026h1.json', import.meta.url), 'utf8'),
    ) as InterchangeDocument
  ).roadmap;

const hostile: Roadmap = {
  id: 'hostile',
  title: 'Plan: "quotes", commas; <tags> & #hash',
  updated: '2026-03-01',
  items: [
    {
      id: 'x',
      title: '=HYPERLINK("http://evil")',
      summary: 'line one\nline two, with "quotes"',
      target: { label: 'Q1', start: '2026-01-01', end: '2026-03-31' },
      status: 'done',
    },
    { id: 'y', title: `Long ${'é'.repeat(60)} title`, target: { label: 'by March', end: '2026-03-31' } },
  ],
  checkins: [
    { id: 'c1', date: '2026-02-01', title: 'Feb <status>', entries: [{ title: 'x & y', status: 'done' }] },
  ],
};

describe('CSV export', () => {
  it('has one row per item, work items included, with the section path', () => {
    const csv = renderCsv(sample());
    expect(csv.startsWith('\ufeffid,title,section,parent,status')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + placedItems(sample()).length);
    expect(lines).toContain(
      'gateway-retry-after,Send Retry-After on overload,Ingest,t4101,done,[x],,,,,,,,,,,,,,',
    );
    expect(lines.find((line) => line.startsWith('meta-pg-migration,'))).toContain(
      ',Storage / Metadata store,',
    );
  });

  it('quotes what needs quoting and neutralises formulas', () => {
    const csv = renderCsv(hostile);
    expect(csv).toContain(`x,"'=HYPERLINK(""http://evil"")",`);
    expect(csv).toContain('"line one\nline two, with ""quotes"""');
  });
});

describe('iCalendar export', () => {
  it('makes an all-day event per dated item, folded and escaped', () => {
    const ics = renderIcs(hostile);
    const lines = ics.split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260101');
    expect(lines).toContain('DTEND;VALUE=DATE:20260401');
    expect(lines).toContain('UID:hostile/x@waymark');
    expect(lines).toContain('DTSTAMP:20260301T000000Z');
    expect(ics).toContain('X-WR-CALNAME:Plan: "quotes"\\, commas\\; <tags> & #hash');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:Long ${'é'.repeat(60)} title`);
  });

  it('exports the sample roadmap targets', () => {
    const ics = renderIcs(sample());
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('SUMMARY:Move the metadata store to PostgreSQL 17');
  });
});

describe('Mermaid gantt export', () => {
  it('lists dated items by section with status tags; due dates alone are milestones', () => {
    const text = renderMermaid(sample());
    expect(text.split('\n').slice(0, 3)).toEqual([
      'gantt',
      '  title Lanternfish Platform Roadmap 2026 H1',
      '  dateFormat YYYY-MM-DD',
    ]);
    expect(text).toContain(
      '  section Ingest\n    Back-pressure for the ingest gateway :milestone, active, t4101, 2026-03-31, 0d',
    );
    expect(text).toContain('    Connector SDK 2.0 :connector-sdk, 2026-04-01, 2026-06-30');
    expect(text).toContain(
      '  section Storage / Metadata store\n    Move the metadata store to PostgreSQL 17 :crit, meta-pg-migration, 2026-05-15, 2026-05-15',
    );
  });

  it('keeps titles from breaking the syntax', () => {
    expect(renderMermaid(hostile)).toContain('  title Plan "quotes", commas <tags> & hash');
  });
});

describe('Atom export', () => {
  it('has check-ins and revisions as entries, newest first, escaped', () => {
    const feed = renderAtom(hostile, {
      revisions: [
        {
          id: 'r1',
          seq: 1,
          actor: 'ada',
          message: 'Import <it>',
          createdAt: '2026-03-02T10:00:00.000Z',
          versionLabel: null,
        },
      ],
    });
    expect(
      feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'),
    ).toBe(true);
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed.indexOf('Revision 1: Import &lt;it&gt;')).toBeLessThan(feed.indexOf('Feb &lt;status&gt;'));
    expect(feed).toContain('<updated>2026-03-02T10:00:00.000Z</updated>');
    expect(feed).toContain('- x &amp; y: done');
    expect(feed).not.toContain('<tags>');
  });
});
