import { describe, expect, it } from 'vitest';
import {
  addEntry,
  createCheckin,
  deleteCheckin,
  deleteEntry,
  getCheckin,
  listCheckins,
  putCheckin,
  updateCheckin,
  updateEntry,
} from '../../../src/commands/entities/checkins.ts';
import { NotFoundError, StaleRevisionError, ValidationError } from '../../../src/domain/errors.ts';
import { storeFactories, useFreshStore } from '../../support/dialects.ts';
import { contextOf, RID, seed, seqs } from './setup.ts';

describe.each(storeFactories())('check-in use cases on $dialect', (factory) => {
  const opened = useFreshStore(factory);
  const ctx = () => contextOf(opened.store);

  it('record, replace, edit and delete check-ins and their entries as check-in revisions', async () => {
    const first = await seed(opened.store);
    const created = await createCheckin(ctx(), {
      roadmapId: RID,
      baseRevisionId: first.id,
      checkin: { date: '2026-03-02', scope: 'storage', entries: [{ item: 'meta-pg-migration' }] },
    });
    expect(created.checkin.id).toBe('2026-03-02-storage');
    expect(created.revision).toMatchObject({ kind: 'checkin', message: 'Check-in 2026-03-02-storage' });
    const put = await putCheckin(ctx(), {
      roadmapId: RID,
      checkinId: 'jan',
      checkin: { date: '2026-01-10', health: 'on_track' },
    });
    expect(put).toMatchObject({ created: true, revision: { message: 'Check-in jan' } });
    const edited = await updateCheckin(ctx(), {
      roadmapId: RID,
      checkinId: 'jan',
      patch: { set: { summary: 'Quiet month.' } },
    });
    expect(edited.checkin).toEqual({
      id: 'jan',
      date: '2026-01-10',
      health: 'on_track',
      summary: 'Quiet month.',
    });
    const entry = await addEntry(ctx(), {
      roadmapId: RID,
      checkinId: 'jan',
      entry: { item: 'on-call-handbook', note: 'Published' },
    });
    expect(entry.entry).toEqual({
      item: 'on-call-handbook',
      title: 'One on-call handbook for every team',
      status: 'done',
      note: 'Published',
    });
    await updateEntry(ctx(), {
      roadmapId: RID,
      checkinId: 'jan',
      entryIndex: 0,
      patch: { set: { status: 'partial' } },
    });
    const read = await getCheckin(ctx(), { roadmapId: RID, checkinId: 'jan' });
    expect(read.checkin.entries?.[0]?.status).toBe('partial');
    await deleteEntry(ctx(), { roadmapId: RID, checkinId: 'jan', entryIndex: 0 });
    await deleteCheckin(ctx(), { roadmapId: RID, checkinId: '2026-02-02-ingest' });
    const { checkins, revision } = await listCheckins(ctx(), { roadmapId: RID });
    expect(checkins.map((c) => [c.id, c.entries?.length])).toEqual([
      ['jan', undefined],
      ['2026-03-02-storage', 1],
    ]);
    expect(revision.seq).toBe(8);
    expect(await seqs(opened.store)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses a stale base, unknown check-ins and incomplete entries without writing', async () => {
    const first = await seed(opened.store);
    await putCheckin(ctx(), {
      roadmapId: RID,
      baseRevisionId: first.id,
      checkinId: 'a',
      checkin: { date: '2026-01-01' },
    });
    await expect(
      putCheckin(ctx(), {
        roadmapId: RID,
        baseRevisionId: first.id,
        checkinId: 'b',
        checkin: { date: '2026-01-01' },
      }),
    ).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(deleteCheckin(ctx(), { roadmapId: RID, checkinId: 'b' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      addEntry(ctx(), { roadmapId: RID, checkinId: 'a', entry: { note: 'no title' } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      updateEntry(ctx(), {
        roadmapId: RID,
        checkinId: 'a',
        entryIndex: 0,
        patch: { set: { status: 'done' } },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await seqs(opened.store)).toEqual([1, 2]);
  });
});
