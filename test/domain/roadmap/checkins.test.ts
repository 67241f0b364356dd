import { describe, expect, it } from 'vitest';
import { AlreadyExistsError, NotFoundError, type ValidationError } from '../../../src/domain/errors.ts';
import {
  addEntry,
  createCheckin,
  deleteCheckin,
  deleteEntry,
  putCheckinById,
  updateCheckin,
  updateEntry,
} from '../../../src/domain/roadmap/checkins.ts';
import { sampleRoadmap } from './sample.ts';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the edit to throw');
}

describe('check-ins', () => {
  it('derive their id from date and scope, and stay oldest first', () => {
    const roadmap = sampleRoadmap();
    const early = createCheckin(roadmap, { date: '2026-01-15', scope: 'storage', health: 'at_risk' });
    expect(early.checkin).toEqual({
      id: '2026-01-15-storage',
      date: '2026-01-15',
      scope: 'storage',
      health: 'at_risk',
    });
    expect(early.roadmap.checkins?.map((c) => c.id)).toEqual(['2026-01-15-storage', '2026-02-02-ingest']);
    const again = createCheckin(early.roadmap, { date: '2026-02-02', scope: 'ingest' });
    expect(again.checkin.id).toBe('2026-02-02-ingest-2');
    // Same date: recorded order is kept.
    expect(again.roadmap.checkins?.map((c) => c.id)).toEqual([
      '2026-01-15-storage',
      '2026-02-02-ingest',
      '2026-02-02-ingest-2',
    ]);
    expect(createCheckin(roadmap, { date: '2026-03-01' }).checkin.id).toBe('2026-03-01');
  });

  it('fill an entry’s title and status from its item', () => {
    const { checkin } = createCheckin(sampleRoadmap(), {
      date: '2026-03-02',
      entries: [{ item: 'connector-sdk' }, { item: 't4101', status: 'blocked', note: 'Waiting on SRE' }],
    });
    expect(checkin.entries).toEqual([
      { item: 'connector-sdk', title: 'Connector SDK 2.0', status: 'todo' },
      {
        item: 't4101',
        title: 'Back-pressure for the ingest gateway',
        status: 'blocked',
        note: 'Waiting on SRE',
      },
    ]);
  });

  it('refuse entries they cannot complete, naming the pointer', () => {
    const roadmap = sampleRoadmap();
    const untitled = caught(() =>
      createCheckin(roadmap, { date: '2026-03-02', entries: [{ item: 't4101' }, { status: 'done' }] }),
    ) as ValidationError;
    expect(untitled.issues).toEqual([
      { pointer: '/checkin/entries/1/title', message: 'an entry without an item needs a title' },
    ]);
    const ghost = caught(() => createCheckin(roadmap, { date: '2026-03-02', entries: [{ item: 'ghost' }] }));
    expect((ghost as ValidationError).issues[0]?.pointer).toBe('/checkin/entries/0/item');
    const badScope = caught(() =>
      createCheckin(roadmap, { date: '2026-03-02', scope: 'nowhere' }),
    ) as ValidationError;
    expect(badScope.issues[0]?.pointer).toBe('/roadmap/checkins/1/scope');
    const badDate = caught(() => createCheckin(roadmap, { date: '2026-13-01' })) as ValidationError;
    expect(badDate.issues[0]?.pointer).toMatch(/^\/roadmap\/checkins\/\d\/date$/);
    expect(
      caught(() => createCheckin(roadmap, { id: '2026-02-02-ingest', date: '2026-03-02' })),
    ).toBeInstanceOf(AlreadyExistsError);
  });

  it('put creates or replaces by id, refusing a body naming another id', () => {
    const created = putCheckinById(sampleRoadmap(), 'march', {
      date: '2026-03-31',
      summary: 'Quarter closed.',
    });
    expect(created.created).toBe(true);
    const replaced = putCheckinById(created.roadmap, 'march', { date: '2026-01-31' });
    expect(replaced.created).toBe(false);
    expect(replaced.roadmap.checkins).toEqual([
      { id: 'march', date: '2026-01-31' },
      sampleRoadmap().checkins?.[0],
    ]);
    const other = caught(() => putCheckinById(sampleRoadmap(), 'march', { id: 'april', date: '2026-04-01' }));
    expect((other as ValidationError).issues[0]?.pointer).toBe('/checkin/id');
  });

  it('update moves a check-in when its date changes, and delete removes it', () => {
    const two = createCheckin(sampleRoadmap(), { id: 'later', date: '2026-05-01' }).roadmap;
    const { roadmap, checkin } = updateCheckin(two, '2026-02-02-ingest', {
      set: { date: '2026-06-01', health: 'off_track' },
      unset: ['summary'],
    });
    expect(checkin).not.toHaveProperty('summary');
    expect(roadmap.checkins?.map((c) => c.id)).toEqual(['later', '2026-02-02-ingest']);
    expect(deleteCheckin(roadmap, 'later').roadmap.checkins?.map((c) => c.id)).toEqual(['2026-02-02-ingest']);
    expect(deleteCheckin(sampleRoadmap(), '2026-02-02-ingest').roadmap).not.toHaveProperty('checkins');
    expect(caught(() => deleteCheckin(sampleRoadmap(), 'nope'))).toBeInstanceOf(NotFoundError);
    expect(
      (caught(() => updateCheckin(two, 'later', { set: { id: 'x' } as never })) as ValidationError).issues,
    ).toEqual([{ pointer: '/set/id', message: '"id" is not editable here' }]);
  });
});

describe('check-in entries', () => {
  it('are added at a position, edited and deleted by index', () => {
    const id = '2026-02-02-ingest';
    const added = addEntry(sampleRoadmap(), id, { item: 'connector-sdk', note: 'Kick-off done' }, 1);
    expect(added.index).toBe(1);
    expect(added.checkin.entries?.map((e) => e.item)).toEqual([
      't4101',
      'connector-sdk',
      'legacy-ftp-import',
    ]);
    const edited = updateEntry(added.roadmap, id, 1, { set: { status: 'in_progress' }, unset: ['note'] });
    expect(edited.entry).toEqual({
      item: 'connector-sdk',
      title: 'Connector SDK 2.0',
      status: 'in_progress',
    });
    const removed = deleteEntry(edited.roadmap, id, 0);
    expect(removed.entry.item).toBe('t4101');
    expect(removed.checkin.entries?.map((e) => e.item)).toEqual(['connector-sdk', 'legacy-ftp-import']);
    const empty = deleteEntry(deleteEntry(removed.roadmap, id, 0).roadmap, id, 0);
    expect(empty.checkin).not.toHaveProperty('entries');
  });

  it('refuse unknown indexes, unknown items and bad positions', () => {
    const id = '2026-02-02-ingest';
    const missing = caught(() => updateEntry(sampleRoadmap(), id, 2, { set: { status: 'done' } }));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as Error).message).toBe(
      'check-in "2026-02-02-ingest" has no entry 2 (it has 2, numbered from 0)',
    );
    const ghost = caught(() =>
      updateEntry(sampleRoadmap(), id, 0, { set: { item: 'ghost' } }),
    ) as ValidationError;
    expect(ghost.issues[0]?.pointer).toBe('/set/item');
    const far = caught(() =>
      addEntry(sampleRoadmap(), id, { title: 'x', status: 'todo' }, 5),
    ) as ValidationError;
    expect(far.issues).toEqual([{ pointer: '/position', message: 'must be an integer from 0 to 2' }]);
  });
});
