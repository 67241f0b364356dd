import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlreadyExistsError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import {
  createSection,
  deleteSection,
  moveSection,
  SectionNotEmptyError,
  updateSection,
} from '../../../src/domain/roadmap/sections.ts';
import { indexRoadmap } from '../../../src/domain/roadmap/tree.ts';
import { arbRoadmap } from '../../support/arbitraries.ts';
import { itemIds, sampleRoadmap } from './sample.ts';

const topIds = (r: ReturnType<typeof sampleRoadmap>) => (r.sections ?? []).map((s) => s.id);

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the edit to throw');
}

describe('createSection', () => {
  it('derives a slug id from the title, suffixed when taken', () => {
    const roadmap = sampleRoadmap();
    const first = createSection(roadmap, { title: 'Developer Experience' });
    expect(first.section).toEqual({ id: 'developer-experience', title: 'Developer Experience' });
    expect(topIds(first.roadmap)).toEqual(['ingest', 'storage', 'developer-experience']);
    // "Ingest" is a section id already: the new one gets the next free suffix.
    expect(createSection(roadmap, { title: 'Ingest!' }).section.id).toBe('ingest-2');
  });

  it('keeps the given id and refuses one another section has', () => {
    const roadmap = sampleRoadmap();
    expect(createSection(roadmap, { id: 'dx', title: 'DX' }).section.id).toBe('dx');
    expect(caught(() => createSection(roadmap, { id: 'storage-metadata', title: 'Again' }))).toBeInstanceOf(
      AlreadyExistsError,
    );
  });

  it('places the section inside a parent at a position', () => {
    const { roadmap } = createSection(
      sampleRoadmap(),
      { title: 'Blobs' },
      { parent: 'storage', position: 0 },
    );
    expect(roadmap.sections?.[1]?.sections?.map((s) => s.id)).toEqual(['blobs', 'storage-metadata']);
  });

  it('names the offending input by JSON pointer', () => {
    const roadmap = sampleRoadmap();
    const noParent = caught(() =>
      createSection(roadmap, { title: 'X' }, { parent: 'nowhere' }),
    ) as ValidationError;
    expect(noParent).toBeInstanceOf(ValidationError);
    expect(noParent.issues).toEqual([{ pointer: '/parent', message: 'no section has id "nowhere"' }]);
    const far = caught(() => createSection(roadmap, { title: 'X' }, { position: 3 })) as ValidationError;
    expect(far.issues[0]?.pointer).toBe('/position');
    const badKind = caught(() =>
      createSection(roadmap, { title: 'X', kind: 'planet' as 'team' }),
    ) as ValidationError;
    expect(badKind.issues[0]?.pointer).toBe('/roadmap/sections/2/kind');
  });
});

describe('updateSection', () => {
  it('sets and removes the section’s own keys, sharing untouched sections', () => {
    const roadmap = sampleRoadmap();
    const { roadmap: next, section } = updateSection(roadmap, 'storage-metadata', {
      set: { title: 'Metadata', leads: ['Wen Li'], statusText: '' },
      unset: ['status'],
    });
    expect(section).toMatchObject({ id: 'storage-metadata', title: 'Metadata', leads: ['Wen Li'] });
    expect(section).not.toHaveProperty('status');
    expect(section).not.toHaveProperty('statusText');
    expect(next.sections?.[1]?.sections?.[0]).toEqual(section);
    expect(next.sections?.[0]).toBe(roadmap.sections?.[0]);
    expect(roadmap.sections?.[1]?.sections?.[0]?.title).toBe('Metadata store');
  });

  it('refuses keys that are not the section’s own fields', () => {
    const error = caught(() =>
      updateSection(sampleRoadmap(), 'ingest', { set: { items: [] } as never, unset: ['id' as never] }),
    ) as ValidationError;
    expect(error.issues.map((issue) => issue.pointer)).toEqual(['/set/items', '/unset/0']);
  });

  it('reports an unknown section as not found', () => {
    expect(caught(() => updateSection(sampleRoadmap(), 'nope', { set: { title: 'x' } }))).toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('moveSection', () => {
  it('moves a section under another and back to the top level', () => {
    const inside = moveSection(sampleRoadmap(), 'ingest', { parent: 'storage-metadata' }).roadmap;
    expect(topIds(inside)).toEqual(['storage']);
    expect(inside.sections?.[0]?.sections?.[0]?.sections?.[0]?.id).toBe('ingest');
    const back = moveSection(inside, 'ingest', { parent: null, position: 0 }).roadmap;
    expect(back).toEqual(sampleRoadmap());
  });

  it('reorders among siblings when no parent is given', () => {
    expect(topIds(moveSection(sampleRoadmap(), 'storage', { position: 0 }).roadmap)).toEqual([
      'storage',
      'ingest',
    ]);
  });

  it('refuses to move a section into itself or its own sections', () => {
    for (const parent of ['storage', 'storage-metadata']) {
      const error = caught(() => moveSection(sampleRoadmap(), 'storage', { parent })) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.issues[0]?.pointer).toBe('/parent');
    }
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

describe('moveSection on any roadmap', () => {
  it('keeps every section and item, and moving back restores the roadmap', () => {
    fc.assert(
      fc.property(arbRoadmap(), fc.nat(), fc.nat(), (roadmap, pick, place) => {
        const index = indexRoadmap(roadmap);
        const ids = [...index.sections.keys()];
        fc.pre(ids.length > 0);
        const id = ids[pick % ids.length] as string;
        const parents = [
          null,
          ...ids.filter((other) => other !== id && !index.sections.get(other)?.ancestorIds.includes(id)),
        ];
        const parent = parents[place % parents.length] ?? null;
        const { roadmap: moved } = moveSection(roadmap, id, { parent });
        const after = indexRoadmap(moved);
        expect([...after.sections.keys()].sort()).toEqual([...ids].sort());
        expect(itemIds(moved).sort()).toEqual(itemIds(roadmap).sort());
        expect(after.sections.get(id)?.parentId).toBe(parent);
        const was = index.sections.get(id);
        const back = moveSection(moved, id, { parent: was?.parentId ?? null, position: was?.index });
        expect(withoutEmptyLists(back.roadmap)).toEqual(withoutEmptyLists(roadmap));
      }),
      { numRuns: 100 },
    );
  });
});

describe('deleteSection', () => {
  it('removes an empty section', () => {
    const { roadmap } = createSection(sampleRoadmap(), { title: 'Empty' });
    expect(topIds(deleteSection(roadmap, 'empty').roadmap)).toEqual(['ingest', 'storage']);
  });

  it('refuses a section with contents unless asked to delete them too', () => {
    const error = caught(() => deleteSection(sampleRoadmap(), 'ingest'));
    expect(error).toBeInstanceOf(SectionNotEmptyError);
    expect((error as Error).message).toContain('3 item(s)');
  });

  it('with its contents, keeps check-ins but drops their links to what was deleted', () => {
    const { roadmap } = deleteSection(sampleRoadmap(), 'ingest', { withContents: true });
    expect(topIds(roadmap)).toEqual(['storage']);
    const checkin = roadmap.checkins?.[0];
    expect(checkin).not.toHaveProperty('scope');
    expect(checkin?.entries?.map((e) => [e.item, e.title, e.status])).toEqual([
      [undefined, 'Back-pressure for the ingest gateway', 'in_progress'],
      [undefined, 'Retire the legacy FTP import', 'postponed'],
    ]);
  });
});
