// Create, edit, move and delete one item, wherever it sits: in a section, at the roadmap's top level,
// or in another item's `work`. Each returns a new, validated roadmap.
import { NotFoundError } from '../errors.ts';
import { ITEM_FIELD_KEYS, type Item, type Roadmap } from '../interchange/schema.ts';
import { checked, invalidInput, patchKeys, positionIn } from './checked.ts';
import type { ItemPatch } from './edit.ts';
import { assertUnusedId, freshId, itemIdCandidates } from './ids.ts';
import { detachReferences } from './references.ts';
import {
  getIn,
  type ItemContainer,
  type ItemLocation,
  indexRoadmap,
  itemListPath,
  type RoadmapIndex,
  setList,
} from './tree.ts';

export type { ItemPatch } from './edit.ts';

/** An item as a client sends it: the id may be left to the server. */
export type ItemDraft = Omit<Item, 'id'> & { id?: string };

/**
 * Where an item goes: into a section, into another item's `work` (`parent`), or to the roadmap's
 * own items (`section: null`). Neither keeps a moved item where it is (the top level on create).
 */
export interface ItemPlacement {
  section?: string | null;
  parent?: string;
  /** Index in the target list (0-based, after removal when moving); absent appends. */
  position?: number;
}

export interface ItemEdit {
  roadmap: Roadmap;
  item: Item;
}

const EDITABLE = new Set<string>(ITEM_FIELD_KEYS);

export function findItem(roadmap: Roadmap, id: string, index = indexRoadmap(roadmap)): ItemLocation {
  const location = index.items.get(id);
  if (!location) throw new NotFoundError(`roadmap "${roadmap.id}" has no item "${id}"`);
  return location;
}

function resolveContainer(index: RoadmapIndex, placement: ItemPlacement): ItemContainer | undefined {
  const { section, parent } = placement;
  if (parent !== undefined && section !== undefined) {
    throw invalidInput('/parent', 'give either section or parent, not both');
  }
  if (parent !== undefined) {
    if (!index.items.has(parent)) throw invalidInput('/parent', `no item has id "${parent}"`);
    return { kind: 'item', id: parent };
  }
  if (section === null) return { kind: 'roadmap' };
  if (section !== undefined) {
    if (!index.sections.has(section)) throw invalidInput('/section', `no section has id "${section}"`);
    return { kind: 'section', id: section };
  }
  return undefined;
}

function insertInto(
  roadmap: Roadmap,
  container: ItemContainer,
  item: Item,
  position: number | undefined,
): Roadmap {
  const index = indexRoadmap(roadmap);
  const path = itemListPath(index, container);
  const list = (getIn(roadmap, path) as Item[] | undefined) ?? [];
  const at = positionIn(list.length, position);
  return setList(roadmap, path, [...list.slice(0, at), item, ...list.slice(at)]);
}

function removeAt(roadmap: Roadmap, location: ItemLocation): Roadmap {
  const listPath = location.path.slice(0, -1);
  const list = (getIn(roadmap, listPath) as Item[] | undefined) ?? [];
  return setList(
    roadmap,
    listPath,
    list.filter((_, i) => i !== location.index),
  );
}

export function createItem(roadmap: Roadmap, draft: ItemDraft, placement: ItemPlacement = {}): ItemEdit {
  const container = resolveContainer(indexRoadmap(roadmap), placement) ?? { kind: 'roadmap' };
  if (draft.id !== undefined) assertUnusedId(roadmap, draft.id, 'item');
  const id = draft.id ?? freshId(roadmap, itemIdCandidates(draft.title, draft.refs), 'item');
  const item = { ...draft, id } as Item;
  return { roadmap: checked(insertInto(roadmap, container, item, placement.position)), item };
}

export function updateItemFields(roadmap: Roadmap, id: string, patch: ItemPatch): ItemEdit {
  const location = findItem(roadmap, id);
  const item = patchKeys(location.item, patch, EDITABLE);
  const listPath = location.path.slice(0, -1);
  const list = [...((getIn(roadmap, listPath) as Item[] | undefined) ?? [])];
  list[location.index] = item;
  return { roadmap: checked(setList(roadmap, listPath, list)), item };
}

/** Moves an item with its `work` to another list, or to another position in its own. */
export function moveItem(roadmap: Roadmap, id: string, placement: ItemPlacement): ItemEdit {
  const index = indexRoadmap(roadmap);
  const location = findItem(roadmap, id, index);
  const container = resolveContainer(index, placement) ?? location.container;
  if (
    container.kind === 'item' &&
    (container.id === id || index.items.get(container.id)?.ancestorItemIds.includes(id))
  ) {
    throw invalidInput('/parent', `item "${id}" cannot move into its own work`);
  }
  const next = insertInto(removeAt(roadmap, location), container, location.item, placement.position);
  return { roadmap: checked(next), item: location.item };
}

/**
 * Removes an item and its `work`. Check-in entries about them keep their title and status and
 * lose only the item link, since a check-in records what was said at the time.
 */
export function deleteItem(roadmap: Roadmap, id: string): ItemEdit {
  const location = findItem(roadmap, id);
  return { roadmap: checked(detachReferences(removeAt(roadmap, location))), item: location.item };
}
