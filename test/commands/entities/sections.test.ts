import { describe, expect, it } from 'vitest';
import {
  createSection,
  deleteSection,
  getSection,
  listSections,
  moveSection,
  updateSection,
} from '../../../src/commands/entities/sections.ts';
import { NotFoundError, StaleRevisionError, ValidationError } from '../../../src/domain/errors.ts';
import { SectionNotEmptyError } from '../../../src/domain/roadmap/sections.ts';
import { storeFactories, useFreshStore } from '../../support/dialects.ts';
import { contextOf, head, RID, seed, seqs } from './setup.ts';

describe.each(storeFactories())('section use cases on $dialect', (factory) => {
  const opened = useFreshStore(factory);
  const ctx = () => contextOf(opened.store);

  it('create, edit, move and delete each write one revision on the base they were given', async () => {
    const first = await seed(opened.store);
    const created = await createSection(ctx(), {
      roadmapId: RID,
      baseRevisionId: first.id,
      section: { title: 'Developer Experience', kind: 'team' },
      parent: 'storage',
    });
    expect(created.section.id).toBe('developer-experience');
    expect(created.revision).toMatchObject({
      seq: 2,
      parentId: first.id,
      actor: 'ada',
      kind: 'edit',
      created: true,
    });
    expect(created.revision.message).toBe('Add section developer-experience');

    const edited = await updateSection(ctx(), {
      roadmapId: RID,
      baseRevisionId: created.revision.id,
      sectionId: 'developer-experience',
      patch: { set: { leads: ['Priya N'] } },
      message: 'DX has a lead',
    });
    expect(edited.revision).toMatchObject({ seq: 3, message: 'DX has a lead' });
    const moved = await moveSection(ctx(), {
      roadmapId: RID,
      baseRevisionId: edited.revision.id,
      sectionId: 'developer-experience',
      parent: null,
      position: 0,
    });
    const read = await getSection(ctx(), { roadmapId: RID, sectionId: 'developer-experience' });
    expect(read.revision.id).toBe(moved.revision.id);
    expect(read.view).toEqual({
      section: {
        id: 'developer-experience',
        title: 'Developer Experience',
        kind: 'team',
        leads: ['Priya N'],
      },
      position: 0,
    });
    await deleteSection(ctx(), {
      roadmapId: RID,
      baseRevisionId: moved.revision.id,
      sectionId: 'developer-experience',
    });
    expect(await head(opened.store)).toEqual(
      (await opened.store.readRoadmap('acme', RID, { revisionId: first.id })).roadmap,
    );
    expect(await seqs(opened.store)).toEqual([1, 2, 3, 4, 5]);
  });

  it('lists sections in document order with their children by id, at the head or a revision', async () => {
    const first = await seed(opened.store);
    const { sections, revision } = await listSections(ctx(), { roadmapId: RID });
    expect(revision.id).toBe(first.id);
    expect(sections.map((s) => [s.section.id, s.parent, s.sectionIds, s.itemIds])).toEqual([
      ['ingest', undefined, undefined, ['t4101', 'connector-sdk', 'legacy-ftp-import']],
      ['storage', undefined, ['storage-metadata'], ['erasure-coding']],
      ['storage-metadata', 'storage', undefined, ['meta-pg-migration']],
    ]);
    expect(sections[0]?.section).not.toHaveProperty('items');
    await createSection(ctx(), { roadmapId: RID, section: { title: 'Later' } });
    expect((await listSections(ctx(), { roadmapId: RID, revisionId: first.id })).sections).toHaveLength(3);
    expect((await listSections(ctx(), { roadmapId: RID })).sections).toHaveLength(4);
  });

  it('refuses a stale or unknown base with the current head, and writes nothing', async () => {
    const first = await seed(opened.store);
    const second = await updateSection(ctx(), {
      roadmapId: RID,
      baseRevisionId: first.id,
      sectionId: 'ingest',
      patch: { set: { title: 'Ingestion' } },
    });
    for (const base of [first.id, 'not-a-revision']) {
      const attempt = createSection(ctx(), { roadmapId: RID, baseRevisionId: base, section: { title: 'X' } });
      const error = await attempt.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StaleRevisionError);
      expect((error as StaleRevisionError).currentRevisionId).toBe(second.revision.id);
    }
    expect(await seqs(opened.store)).toEqual([1, 2]);
  });

  it('leaves the roadmap as it was when an edit is refused', async () => {
    await seed(opened.store);
    await expect(deleteSection(ctx(), { roadmapId: RID, sectionId: 'ingest' })).rejects.toBeInstanceOf(
      SectionNotEmptyError,
    );
    await expect(
      moveSection(ctx(), { roadmapId: RID, sectionId: 'storage', parent: 'storage-metadata' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(getSection(ctx(), { roadmapId: RID, sectionId: 'ghost' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      createSection(ctx(), { roadmapId: 'ghost', section: { title: 'X' } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await seqs(opened.store)).toEqual([1]);
  });

  it('deletes a section with its contents when asked, keeping check-ins', async () => {
    await seed(opened.store);
    const { revision } = await deleteSection(ctx(), {
      roadmapId: RID,
      sectionId: 'ingest',
      withContents: true,
    });
    expect(revision.seq).toBe(2);
    const roadmap = await head(opened.store);
    expect(roadmap.sections?.map((s) => s.id)).toEqual(['storage']);
    expect(roadmap.checkins?.[0]?.entries).toHaveLength(2);
  });

  it('makes no revision for an edit that changes nothing', async () => {
    const first = await seed(opened.store);
    const same = await updateSection(ctx(), {
      roadmapId: RID,
      baseRevisionId: first.id,
      sectionId: 'ingest',
      patch: { set: { title: 'Ingest' } },
    });
    expect(same.revision).toMatchObject({ id: first.id, created: false });
    expect(await seqs(opened.store)).toEqual([1]);
  });
});
