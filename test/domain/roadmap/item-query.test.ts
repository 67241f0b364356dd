import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import { parseDateRange, queryItems } from '../../../src/domain/roadmap/item-query.ts';
import { sampleRoadmap } from './sample.ts';

const ids = (filter: Parameters<typeof queryItems>[1]) =>
  queryItems(sampleRoadmap(), filter).map((l) => l.item.id);

describe('queryItems', () => {
  it('lists every item in document order with where it sits and its work by id', () => {
    const listed = queryItems(sampleRoadmap());
    expect(listed.map((l) => l.item.id)).toEqual([
      't4101',
      'gateway-retry-after',
      'gateway-queue-metrics',
      'gateway-load-test',
      'connector-sdk',
      'legacy-ftp-import',
      'erasure-coding',
      'meta-pg-migration',
      'on-call-handbook',
    ]);
    expect(listed[0]).toMatchObject({
      section: 'ingest',
      workIds: ['gateway-retry-after', 'gateway-queue-metrics', 'gateway-load-test'],
    });
    expect(listed[0]?.item).not.toHaveProperty('work');
    expect(listed[1]).toMatchObject({ section: 'ingest', parent: 't4101' });
    expect(listed[8]).not.toHaveProperty('section');
  });

  it('filters by status, priority, lead, tag and label (any value of one, all filters)', () => {
    expect(ids({ status: ['done'] })).toEqual(['gateway-retry-after', 'on-call-handbook']);
    expect(ids({ status: ['in_progress', 'blocked'] })).toEqual([
      't4101',
      'gateway-queue-metrics',
      'meta-pg-migration',
    ]);
    expect(ids({ priority: ['critical', 'high'] })).toEqual(['t4101', 'meta-pg-migration']);
    expect(ids({ lead: ['amara osei'] })).toEqual(['on-call-handbook']);
    expect(ids({ tag: ['SDK', 'gateway'] })).toEqual(['t4101', 'connector-sdk']);
    expect(ids({ label: ['stretch'] })).toEqual(['legacy-ftp-import']);
    expect(ids({ status: ['todo'], label: ['feat'] })).toEqual(['connector-sdk']);
    expect(ids({ status: ['unknown'] })).toEqual([]);
  });

  it('filters by section, nested sections and work included', () => {
    expect(ids({ section: 'storage' })).toEqual(['erasure-coding', 'meta-pg-migration']);
    expect(ids({ section: 'storage-metadata' })).toEqual(['meta-pg-migration']);
    expect(() => ids({ section: 'nope' })).toThrow(NotFoundError);
  });

  it('filters by target period overlap, open ends and one-sided targets included', () => {
    // t4101 ends 2026-03-31 (no start), connector-sdk is Q2, meta-pg-migration is 2026-05-15.
    expect(ids({ target: { start: '2026-03-31', end: '2026-03-31' } })).toEqual(['t4101']);
    expect(ids({ target: { start: '2026-04-01' } })).toEqual(['connector-sdk', 'meta-pg-migration']);
    expect(ids({ target: { end: '2026-04-01' } })).toEqual(['t4101', 'connector-sdk']);
    expect(ids({ target: { start: '2026-05-16', end: '2026-12-31' } })).toEqual(['connector-sdk']);
  });
});

describe('parseDateRange', () => {
  it('reads ranges, open ranges, single dates and period labels', () => {
    expect(parseDateRange('2026-01-01..2026-03-31', '/q')).toEqual({
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(parseDateRange('2026-04-01..', '/q')).toEqual({ start: '2026-04-01' });
    expect(parseDateRange('..2026-06-30', '/q')).toEqual({ end: '2026-06-30' });
    expect(parseDateRange('2026-05-15', '/q')).toEqual({ start: '2026-05-15', end: '2026-05-15' });
    expect(parseDateRange('Q2 2026', '/q')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
  });

  it('refuses what it cannot read, at the given pointer', () => {
    for (const text of ['..', 'soon', '2026-03-01..2026-02-01', '2026-1-1..']) {
      let error: unknown;
      try {
        parseDateRange(text, '/query/target');
      } catch (caught) {
        error = caught;
      }
      expect(error, text).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.pointer).toBe('/query/target');
    }
  });
});
