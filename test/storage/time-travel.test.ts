import { beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/domain/errors.ts';
import type { RevisionInfo, WriteResult } from '../../src/storage/index.ts';
import { storeFactories, useFreshStore } from '../support/dialects.ts';
import { by, edited, FakeClock, rejection, small, WS } from './fixtures.ts';

describe.each(storeFactories())('reading the past on $dialect', (factory) => {
  const clock = new FakeClock('2024-03-01T09:00:00.000Z');
  const db = useFreshStore(factory, { now: clock.now });
  const titles = ['March 1', 'March 2', 'March 28'];
  let revisions: WriteResult[];

  beforeEach(async () => {
    await db.store.ensureWorkspace(WS);
    revisions = [];
    const times = ['2024-03-01T09:00:00.000Z', '2024-03-02T10:00:00.000Z', '2024-03-28T16:30:00.000Z'];
    for (const [index, time] of times.entries()) {
      clock.set(time);
      const roadmap = edited(small, (r) => {
        r.title = titles[index] ?? '';
      });
      revisions.push(
        await db.store.writeRoadmap({
          workspaceId: WS,
          roadmap,
          baseRevisionId: revisions.at(-1)?.id ?? null,
          ...by,
        }),
      );
    }
  });

  const titleAt = async (asOf: string) =>
    (await db.store.readRoadmap(WS, 'platform', { asOf })).roadmap.title;

  it('reads by revision id', async () => {
    for (const [index, revision] of revisions.entries()) {
      const read = await db.store.readRoadmap(WS, 'platform', { revisionId: revision.id });
      expect(read.roadmap.title).toBe(titles[index]);
      const { created: _created, ...info } = revision;
      expect(read.revision).toEqual(info);
    }
  });

  it('reads as of a date: the end of that day in UTC', async () => {
    expect(await titleAt('2024-03-01')).toBe('March 1');
    expect(await titleAt('2024-03-02')).toBe('March 2');
    expect(await titleAt('2024-03-27')).toBe('March 2');
    expect(await titleAt('2024-03-28')).toBe('March 28');
    expect(await titleAt('2030-01-01')).toBe('March 28');
  });

  it('reads as of a date-time, the revision at that instant included', async () => {
    expect(await titleAt('2024-03-02T09:59:59.999Z')).toBe('March 1');
    expect(await titleAt('2024-03-02T10:00:00.000Z')).toBe('March 2');
    expect(await titleAt('2024-03-02T10:00:00.000999Z')).toBe('March 2');
    expect(await titleAt('2024-03-02T11:00:00+01:00')).toBe('March 2');
    expect(await titleAt('2024-03-02T10:59:59+01:00')).toBe('March 1');
    expect(await titleAt('2024-03-02T10:00')).toBe('March 2');
  });

  it('says clearly when the roadmap did not exist yet', async () => {
    const error = await rejection(
      db.store.readRoadmap(WS, 'platform', { asOf: '2024-02-29' }),
      NotFoundError,
    );
    expect(error.message).toBe(
      'roadmap "platform" did not exist yet at 2024-02-29T23:59:59.999Z: its first revision is from 2024-03-01T09:00:00.000Z',
    );
  });

  it('refuses an asOf that is not a date', async () => {
    for (const asOf of ['yesterday', '2024-02-30', '2024-13-01', '28/03/2024', '']) {
      await rejection(db.store.readRoadmap(WS, 'platform', { asOf }), ValidationError);
    }
  });

  it('keeps revision times strictly increasing when the clock does not move', async () => {
    clock.set('2024-03-28T16:30:00.000Z');
    let head = revisions.at(-1);
    const stuck: RevisionInfo[] = [];
    for (const title of ['a', 'b']) {
      head = await db.store.writeRoadmap({
        workspaceId: WS,
        roadmap: edited(small, (r) => {
          r.title = title;
        }),
        baseRevisionId: head?.id ?? null,
        ...by,
      });
      stuck.push(head);
    }
    expect(stuck.map((r) => r.createdAt)).toEqual(['2024-03-28T16:30:00.001Z', '2024-03-28T16:30:00.002Z']);
    expect(await titleAt('2024-03-28T16:30:00.001Z')).toBe('a');
  });
});
