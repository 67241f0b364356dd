import { describe, expect, it } from 'vitest';
import {
  createItem,
  deleteItem,
  getItem,
  listItems,
  moveItem,
  updateItem,
} from '../../../src/commands/entities/items.ts';
import { NotFoundError, StaleRevisionError, ValidationError } from '../../../src/domain/errors.ts';
import { storeFactories, useFreshStore } from '../../support/dialects.ts';
import { contextOf, head, RID, seed, seqs } from './setup.ts';

describe.each(storeFactories())('item use cases on $dialect', (factory) => {
  const opened = useFreshStore(factory);
  const ctx = () => contextOf(opened.store);

  it('create, edit, move and delete, each one revision chained on the last', async () => {
    const first = await seed(opened.store);
    const created = await createItem(ctx(), {
      roadmapId: RID,
      baseRevisionId: first.id,
      item: { title: 'Tenant quotas', status: 'todo', refs: [{ tracker: 'phabricator', id: 'T4300' }] },
      section: 'ingest',
      position: 1,
    });
    expect(created.item.id).toBe('t4300');
    expect(created.revision).toMatchObject({ seq: 2, kind: 'edit', message: 'Add item t4300' });
    const edited = await updateItem(ctx(), {
      roadmapId: RID,
      baseRevisionId: created.revision.id,
      itemId: 't4300',
      patch: { set: { status: 'in_progress', leads: ['amara'] } },
    });
    // Only the item changed: the revision stores that one entity (and not its section).
    expect(edited.revision.entitiesWritten).toBe(1);
    const moved = await moveItem(ctx(), {
      roadmapId: RID,
      baseRevisionId: edited.revision.id,
      itemId: 't4300',
      parent: 'connector-sdk',
    });
    expect((await getItem(ctx(), { roadmapId: RID, itemId: 't4300' })).view).toEqual({
      item: {
        id: 't4300',
        title: 'Tenant quotas',
        status: 'in_progress',
        leads: ['amara'],
        refs: [{ tracker: 'phabricator', id: 'T4300' }],
      },
      section: 'ingest',
      parent: 'connector-sdk',
      position: 0,
    });
    const deleted = await deleteItem(ctx(), {
      roadmapId: RID,
      baseRevisionId: moved.revision.id,
      itemId: 't4101',
    });
    expect(deleted.item.work).toHaveLength(3);
    const roadmap = await head(opened.store);
    expect(roadmap.sections?.[0]?.items?.map((i) => i.id)).toEqual(['connector-sdk', 'legacy-ftp-import']);
    expect(roadmap.checkins?.[0]?.entries?.[0]).not.toHaveProperty('item');
    expect(await seqs(opened.store)).toEqual([1, 2, 3, 4, 5]);
  });

  it('pages through filtered items at the revision of the first page, whatever changes meanwhile', async () => {
    const first = await seed(opened.store);
    const filter = { status: ['todo' as const, 'in_progress' as const, 'done' as const] };
    const page1 = await listItems(ctx(), { roadmapId: RID, filter, limit: 2 });
    expect(page1.revision.id).toBe(first.id);
    expect(page1.total).toBe(6);
    expect(page1.items.map((l) => l.item.id)).toEqual(['t4101', 'gateway-retry-after']);
    // A write between pages: the listing goes on at the revision it started from.
    await deleteItem(ctx(), { roadmapId: RID, itemId: 'gateway-queue-metrics' });
    const ids: string[] = page1.items.map((l) => l.item.id);
    let next = page1.next;
    while (next) {
      const page = await listItems(ctx(), { roadmapId: RID, filter, limit: 2, after: next });
      expect(page.revision.id).toBe(first.id);
      ids.push(...page.items.map((l) => l.item.id));
      next = page.next;
    }
    expect(ids).toEqual([
      't4101',
      'gateway-retry-after',
      'gateway-queue-metrics',
      'gateway-load-test',
      'connector-sdk',
      'on-call-handbook',
    ]);
    const fresh = await listItems(ctx(), { roadmapId: RID, filter });
    expect(fresh.items.map((l) => l.item.id)).not.toContain('gateway-queue-metrics');
    expect(fresh.next).toBeUndefined();
    const after = page1.next;
    if (!after) throw new Error('the first page should have a next one');
    await expect(
      listItems(ctx(), { roadmapId: RID, filter: { status: ['todo'] }, after }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses stale bases and bad edits without writing', async () => {
    const first = await seed(opened.store);
    await updateItem(ctx(), {
      roadmapId: RID,
      baseRevisionId: first.id,
      itemId: 't4101',
      patch: { set: { status: 'done' } },
    });
    await expect(
      updateItem(ctx(), {
        roadmapId: RID,
        baseRevisionId: first.id,
        itemId: 't4101',
        patch: { set: { status: 'todo' } },
      }),
    ).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(
      moveItem(ctx(), { roadmapId: RID, itemId: 't4101', parent: 'gateway-load-test' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(deleteItem(ctx(), { roadmapId: RID, itemId: 'ghost' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await seqs(opened.store)).toEqual([1, 2]);
    expect((await getItem(ctx(), { roadmapId: RID, itemId: 't4101' })).view.item.status).toBe('done');
  });
});
