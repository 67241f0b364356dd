// Section use cases: read one or all, create, edit, move and delete, each write one revision.
import type { Section } from '../../domain/interchange/index.ts';
import * as edits from '../../domain/roadmap/sections.ts';
import { indexRoadmap } from '../../domain/roadmap/tree.ts';
import type { RevisionInfo } from '../../storage/index.ts';
import type { CommandContext } from '../context.ts';
import { editRoadmap, type ReadTarget, readAt, type WriteTarget } from './revision-base.ts';

/** A section with where it sits; the full section (nested sections and items) on a single read. */
export interface SectionView {
  section: Section;
  /** Enclosing section; absent at the top level. */
  parent?: string;
  position: number;
}

/** A section as a list shows it: its own fields, its children by id. */
export interface ListedSection {
  section: Omit<Section, 'sections' | 'items'>;
  parent?: string;
  sectionIds?: string[];
  itemIds?: string[];
}

export async function getSection(
  ctx: CommandContext,
  target: ReadTarget & { sectionId: string },
): Promise<{ revision: RevisionInfo; view: SectionView }> {
  const { roadmap, revision } = await readAt(ctx, target);
  const location = edits.findSection(roadmap, target.sectionId);
  return {
    revision,
    view: {
      section: location.section,
      ...(location.parentId !== null ? { parent: location.parentId } : {}),
      position: location.index,
    },
  };
}

/** Every section, nested ones included, in document order. */
export async function listSections(
  ctx: CommandContext,
  target: ReadTarget,
): Promise<{ revision: RevisionInfo; sections: ListedSection[] }> {
  const { roadmap, revision } = await readAt(ctx, target);
  // The index visits sections depth-first in list order: document order.
  const sections = [...indexRoadmap(roadmap).sections.values()].map(
    ({ section: { sections: nested, items, ...own }, parentId }): ListedSection => ({
      section: own,
      ...(parentId !== null ? { parent: parentId } : {}),
      ...(nested?.length ? { sectionIds: nested.map((s) => s.id) } : {}),
      ...(items?.length ? { itemIds: items.map((i) => i.id) } : {}),
    }),
  );
  return { revision, sections };
}

export interface CreateSectionInput extends WriteTarget, edits.SectionPlacement {
  section: edits.SectionDraft;
}

export function createSection(ctx: CommandContext, input: CreateSectionInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.createSection(roadmap, input.section, input),
    ({ section }) => `Add section ${section.id}`,
  );
}

export interface UpdateSectionInput extends WriteTarget {
  sectionId: string;
  patch: edits.SectionPatch;
}

export function updateSection(ctx: CommandContext, input: UpdateSectionInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.updateSection(roadmap, input.sectionId, input.patch),
    () => `Edit section ${input.sectionId}`,
  );
}

export interface MoveSectionInput extends WriteTarget, edits.SectionPlacement {
  sectionId: string;
}

export function moveSection(ctx: CommandContext, input: MoveSectionInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.moveSection(roadmap, input.sectionId, input),
    () => `Move section ${input.sectionId}`,
  );
}

export interface DeleteSectionInput extends WriteTarget, edits.DeleteSectionOptions {
  sectionId: string;
}

export function deleteSection(ctx: CommandContext, input: DeleteSectionInput) {
  return editRoadmap(
    ctx,
    input,
    'edit',
    (roadmap) => edits.deleteSection(roadmap, input.sectionId, input),
    () => `Delete section ${input.sectionId}`,
  );
}
