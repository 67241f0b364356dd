import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlreadyExistsError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import type { Roadmap } from '../../../src/domain/interchange/index.ts';
import { validateDocument } from '../../../src/domain/interchange/index.ts';
import { createItem, deleteItem, moveItem, updateItemFields } from '../../../src/domain/roadmap/items.ts';
import { indexRoadmap } from '../../../src/domain/roadmap/tree.ts';
import { arbRoadmap } from '../../support/arbitraries.ts';
import { itemIds, sampleRoadmap } from './sample.ts';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the edit to throw');
}

const ingestIds = (r: Roadmap) => r.sections?.[0]?.items?.map((i) => i.id);

describe('createItem', () => {
  it('derives the id from the first tracker ref, else the title, suffixing clashes', () => {
    const roadmap = sampleRoadmap();
    const fromRef = createItem(roadmap, {
      title: 'Quotas',
      refs: [
        { tracker: 'url', id: 'https://x.example/q' },
        { tracker: 'phabricator', id: 'T4200' },
      ],
    });
    expect(fromRef.item.id).toBe('t4200');
    expect(createItem(roadmap, { title: 'Quotas per tenant' }).item.id).toBe('quotas-per-tenant');
    expect(createItem(roadmap, { title: 'x', refs: [{ tracker: 'phabricator', id: 'T4101' }] }).item.id).toBe(
      't4101-2',
    );
    expect(createItem(roadmap, { title: '¿¿' }).item.id).toBe('item');
  });

  it('appends to the roadmap’s own items unless placed in a section or under an item', () => {
    const roadmap = sampleRoadmap();
    expect(createItem(roadmap, { title: 'Top' }).roadmap.items?.map((i) => i.id)).toEqual([
      'on-call-handbook',
      'top',
    ]);
    const inSection = createItem(roadmap, { title: 'First' }, { section: 'ingest', position: 0 }).roadmap;
    expect(ingestIds(inSection)).toEqual(['first', 't4101', 'connector-sdk', 'legacy-ftp-import']);
    const asWork = createItem(
      roadmap,
      { title: 'Sub task', status: 'todo' },
      { parent: 'gateway-load-test' },
    );
    expect(asWork.roadmap.sections?.[0]?.items?.[0]?.work?.[2]?.work).toEqual([
      { id: 'sub-task', title: 'Sub task', status: 'todo' },
    ]);
  });

  it('refuses a taken id, unknown places and invalid fields with their pointers', () => {
    const roadmap = sampleRoadmap();
    expect(caught(() => createItem(roadmap, { id: 'gateway-load-test', title: 'x' }))).toBeInstanceOf(
      AlreadyExistsError,
    );
    const both = caught(() => createItem(roadmap, { title: 'x' }, { section: 'ingest', parent: 't4101' }));
    expect((both as ValidationError).issues[0]?.pointer).toBe('/parent');
    const noSection = caught(() =>
      createItem(roadmap, { title: 'x' }, { section: 'nope' }),
    ) as ValidationError;
    expect(noSection.issues).toEqual([{ pointer: '/section', message: 'no section has id "nope"' }]);
    const badStatus = caught(() =>
      createItem(roadmap, { title: 'x', status: 'finished' as 'done' }, { section: 'ingest' }),
    ) as ValidationError;
    expect(badStatus).toBeInstanceOf(ValidationError);
    expect(badStatus.issues[0]?.pointer).toBe('/roadmap/sections/0/items/3/status');
  });
});

describe('updateItemFields', () => {
  it('edits a nested work item in place', () => {
    const { roadmap, item } = updateItemFields(sampleRoadmap(), 'gateway-queue-metrics', {
      set: { status: 'done', statusText: '[x]' },
    });
    expect(item).toEqual({
      id: 'gateway-queue-metrics',
      title: 'Expose queue depth metrics',
      status: 'done',
      statusText: '[x]',
    });
    expect(roadmap.sections?.[0]?.items?.[0]?.work?.[1]).toEqual(item);
  });

  it('removes keys set to an empty value, since the format omits them', () => {
    const { item } = updateItemFields(sampleRoadmap(), 't4101', {
      set: { fields: {}, tags: [], summary: '' },
    });
    expect(item).not.toHaveProperty('fields');
    expect(item).not.toHaveProperty('tags');
    expect(item).not.toHaveProperty('summary');
    expect(item.leads).toEqual(['amara', 'Jonas Berg']);
  });

  it('refuses id and work, and values the format forbids', () => {
    const refused = caught(() =>
      updateItemFields(sampleRoadmap(), 't4101', { set: { work: [] } as never }),
    ) as ValidationError;
    expect(refused.issues[0]?.pointer).toBe('/set/work');
    const badTarget = caught(() =>
      updateItemFields(sampleRoadmap(), 'on-call-handbook', {
        set: { target: { label: 'Q3', start: 'soon' } },
      }),
    ) as ValidationError;
    expect(badTarget.issues[0]?.pointer).toBe('/roadmap/items/0/target/start');
    expect(caught(() => updateItemFields(sampleRoadmap(), 'ghost', { set: { title: 'x' } }))).toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('moveItem', () => {
  it('moves between sections, under another item, to the top level, and reorders', () => {
    const roadmap = sampleRoadmap();
    const toStorage = moveItem(roadmap, 'connector-sdk', {
      section: 'storage-metadata',
      position: 0,
    }).roadmap;
    expect(ingestIds(toStorage)).toEqual(['t4101', 'legacy-ftp-import']);
    expect(toStorage.sections?.[1]?.sections?.[0]?.items?.map((i) => i.id)).toEqual([
      'connector-sdk',
      'meta-pg-migration',
    ]);
    const asWork = moveItem(roadmap, 'legacy-ftp-import', { parent: 'connector-sdk' }).roadmap;
    expect(asWork.sections?.[0]?.items?.[1]?.work?.map((i) => i.id)).toEqual(['legacy-ftp-import']);
    const top = moveItem(roadmap, 'gateway-retry-after', { section: null, position: 0 }).roadmap;
    expect(top.items?.map((i) => i.id)).toEqual(['gateway-retry-after', 'on-call-handbook']);
    expect(ingestIds(moveItem(roadmap, 't4101', { position: 2 }).roadmap)).toEqual([
      'connector-sdk',
      'legacy-ftp-import',
      't4101',
    ]);
  });

  it('removes a list the move empties, as the format omits empty keys', () => {
    const { roadmap } = moveItem(sampleRoadmap(), 'on-call-handbook', { section: 'ingest' });
    expect(roadmap).not.toHaveProperty('items');
  });

  it('refuses to move an item into its own work', () => {
    for (const parent of ['t4101', 'gateway-load-test']) {
      const error = caught(() => moveItem(sampleRoadmap(), 't4101', { parent })) as ValidationError;
      expect(error.issues[0]).toEqual({
        pointer: '/parent',
        message: 'item "t4101" cannot move into its own work',
      });
    }
  });

  it('keeps every item exactly once and the roadmap valid, for any item and any place', () => {
    fc.assert(
      fc.property(arbRoadmap(), fc.nat(), fc.nat(), (roadmap, pick, place) => {
        const index = indexRoadmap(roadmap);
        const ids = [...index.items.keys()];
        fc.pre(ids.length > 0);
        const id = ids[pick % ids.length] as string;
        const containers = [
          { section: null },
          ...[...index.sections.keys()].map((section) => ({ section })),
          ...ids
            .filter((other) => other !== id && !index.items.get(other)?.ancestorItemIds.includes(id))
            .map((parent) => ({ parent })),
        ];
        const into = containers[place % containers.length] ?? {};
        const { roadmap: moved } = moveItem(roadmap, id, into);
        expect(() => validateDocument({ format: 'waymark/v1', roadmap: moved })).not.toThrow();
        expect(itemIds(moved).sort()).toEqual(itemIds(roadmap).sort());
        expect(indexRoadmap(moved).items.get(id)?.item).toEqual(index.items.get(id)?.item);
        // Moving it back where it was gives the roadmap it came from, except that a list the item
        // passed through and left empty is omitted, as the format says empty keys are.
        const was = index.items.get(id);
        const home =
          was?.container.kind === 'item'
            ? { parent: was.container.id }
            : { section: was?.container.kind === 'section' ? was.container.id : null };
        expect(withoutEmptyLists(moveItem(moved, id, { ...home, position: was?.index }).roadmap)).toEqual(
          withoutEmptyLists(roadmap),
        );
      }),
      { numRuns: 100 },
    );
  });
});
function withoutEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, child]) => !(Array.isArray(child) && child.length === 0))
      .map(([key, child]) => [key, withoutEmptyLists(child)]),
  );
}

describe('deleteItem', () => {
  it('removes the item and its work, and unlinks check-in entries about them', () => {
    const { roadmap, item } = deleteItem(sampleRoadmap(), 't4101');
    expect(item.work).toHaveLength(3);
    expect(itemIds(roadmap)).not.toContain('gateway-load-test');
    expect(roadmap.checkins?.[0]?.entries?.map((entry) => entry.item)).toEqual([
      undefined,
      'legacy-ftp-import',
    ]);
    expect(roadmap.checkins?.[0]?.scope).toBe('ingest');
  });

  it('leaves a valid roadmap whichever item goes', () => {
    fc.assert(
      fc.property(arbRoadmap(), fc.nat(), (roadmap, pick) => {
        const ids = itemIds(roadmap);
        fc.pre(ids.length > 0);
        const id = ids[pick % ids.length] as string;
        const { roadmap: next, item } = deleteItem(roadmap, id);
        validateDocument({ format: 'waymark/v1', roadmap: next });
        const gone = new Set(itemIds({ id: 'x', title: 'x', items: [item] }));
        expect(itemIds(next)).toEqual(ids.filter((other) => !gone.has(other)));
      }),
      { numRuns: 100 },
    );
  });
});
