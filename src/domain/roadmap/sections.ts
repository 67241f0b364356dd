// Create, edit, move and delete one section of a roadmap. Each returns a new, validated roadmap.
import { NotFoundError, WaymarkError } from '../errors.ts';
import type { Roadmap, Section } from '../interchange/schema.ts';
import { checked, invalidInput, patchKeys, positionIn } from './checked.ts';
import { assertUnusedId, freshId } from './ids.ts';
import { detachReferences } from './references.ts';
import {
  getIn,
  indexRoadmap,
  type RoadmapIndex,
  type SectionLocation,
  sectionListPath,
  setList,
} from './tree.ts';

/** A section as a client sends it: the id may be left to the server. */
export type SectionDraft = Omit<Section, 'id'> & { id?: string };

export interface SectionPlacement {
  /** Id of the section to hold it; null for the top level; absent keeps the current parent (top level on create). */
  parent?: string | null;
  /** Index among the parent's sections (0-based, after removal when moving); absent appends. */
  position?: number;
}

type SectionKey = Exclude<keyof Section, 'id' | 'sections' | 'items'>;

export interface SectionPatch {
  /** Keys to set; an empty value removes the key. Children move through moveSection/moveItem. */
  set?: Partial<Pick<Section, SectionKey>>;
  unset?: readonly SectionKey[];
}

const EDITABLE = new Set<string>([
  'title',
  'kind',
  'leads',
  'status',
  'statusText',
  'summary',
  'fields',
  'dependsOn',
  'risks',
] satisfies SectionKey[]);

export interface SectionEdit {
  roadmap: Roadmap;
  section: Section;
}

/** A section that still holds items or sections is deleted only when the caller says so. */
export class SectionNotEmptyError extends WaymarkError {
  constructor(message: string) {
    super('section_not_empty', message);
  }
}

export function findSection(roadmap: Roadmap, id: string, index = indexRoadmap(roadmap)): SectionLocation {
  const location = index.sections.get(id);
  if (!location) throw new NotFoundError(`roadmap "${roadmap.id}" has no section "${id}"`);
  return location;
}

function resolveParent(index: RoadmapIndex, parent: string | null | undefined): string | null {
  if (parent === undefined || parent === null) return null;
  if (!index.sections.has(parent)) throw invalidInput('/parent', `no section has id "${parent}"`);
  return parent;
}

function sectionsAt(roadmap: Roadmap, index: RoadmapIndex, parentId: string | null): Section[] {
  return (getIn(roadmap, sectionListPath(index, parentId)) as Section[] | undefined) ?? [];
}

export function createSection(
  roadmap: Roadmap,
  draft: SectionDraft,
  placement: SectionPlacement = {},
): SectionEdit {
  const index = indexRoadmap(roadmap);
  const parentId = resolveParent(index, placement.parent);
  if (draft.id !== undefined) assertUnusedId(roadmap, draft.id, 'section');
  const id = draft.id ?? freshId(roadmap, [draft.title], 'section');
  const section = { ...draft, id } as Section;
  const siblings = sectionsAt(roadmap, index, parentId);
  const position = positionIn(siblings.length, placement.position);
  const next = setList(roadmap, sectionListPath(index, parentId), [
    ...siblings.slice(0, position),
    section,
    ...siblings.slice(position),
  ]);
  return { roadmap: checked(next), section };
}

export function updateSection(roadmap: Roadmap, id: string, patch: SectionPatch): SectionEdit {
  const location = findSection(roadmap, id);
  const section = patchKeys(location.section, patch, EDITABLE);
  return { roadmap: checked(replaceAt(roadmap, location, section)), section };
}

function replaceAt(roadmap: Roadmap, location: SectionLocation, section: Section): Roadmap {
  const listPath = location.path.slice(0, -1);
  const list = [...((getIn(roadmap, listPath) as Section[] | undefined) ?? [])];
  list[location.index] = section;
  return setList(roadmap, listPath, list);
}

export function moveSection(roadmap: Roadmap, id: string, placement: SectionPlacement): SectionEdit {
  const index = indexRoadmap(roadmap);
  const location = findSection(roadmap, id, index);
  const parentId =
    placement.parent === undefined ? location.parentId : resolveParent(index, placement.parent);
  if (parentId !== null && (parentId === id || index.sections.get(parentId)?.ancestorIds.includes(id))) {
    throw invalidInput('/parent', `section "${id}" cannot move into itself or one of its own sections`);
  }
  const without = removeAt(roadmap, location);
  const afterIndex = indexRoadmap(without);
  const siblings = sectionsAt(without, afterIndex, parentId);
  const position = positionIn(siblings.length, placement.position);
  const next = setList(without, sectionListPath(afterIndex, parentId), [
    ...siblings.slice(0, position),
    location.section,
    ...siblings.slice(position),
  ]);
  return { roadmap: checked(next), section: location.section };
}

function removeAt(roadmap: Roadmap, location: SectionLocation): Roadmap {
  const listPath = location.path.slice(0, -1);
  const list = (getIn(roadmap, listPath) as Section[] | undefined) ?? [];
  return setList(
    roadmap,
    listPath,
    list.filter((_, i) => i !== location.index),
  );
}

export interface DeleteSectionOptions {
  /** Also delete the items and sections it holds; without it a non-empty section is refused. */
  withContents?: boolean;
}

/**
 * Removes a section. Check-ins keep their history: a check-in scoped to a removed section loses
 * its scope and entries about removed items lose their item link, keeping title and status.
 */
export function deleteSection(roadmap: Roadmap, id: string, options: DeleteSectionOptions = {}): SectionEdit {
  const location = findSection(roadmap, id);
  const { section } = location;
  const held = (section.items?.length ?? 0) + (section.sections?.length ?? 0);
  if (held > 0 && !options.withContents) {
    throw new SectionNotEmptyError(
      `section "${id}" still holds ${section.items?.length ?? 0} item(s) and ${section.sections?.length ?? 0} section(s): move them first, or delete it with its contents`,
    );
  }
  return { roadmap: checked(detachReferences(removeAt(roadmap, location))), section };
}
