// Where every section and item of a roadmap sits, and immutable replacement along a path, so each
// structural edit copies only the objects between the root and what it changes.
import type { Item, Roadmap, Section } from '../interchange/schema.ts';

/** Keys and indexes from the roadmap object down to a value: ['sections', 0, 'items', 2]. */
export type Path = readonly (string | number)[];

/** What holds a list of items: the roadmap itself, a section, or an item (its `work`). */
export type ItemContainer =
  | { readonly kind: 'roadmap' }
  | { readonly kind: 'section'; readonly id: string }
  | { readonly kind: 'item'; readonly id: string };

export interface SectionLocation {
  section: Section;
  path: Path;
  /** Id of the enclosing section; null at the top level. */
  parentId: string | null;
  index: number;
  /** Ids of the enclosing sections, outermost first. */
  ancestorIds: readonly string[];
}

export interface ItemLocation {
  item: Item;
  path: Path;
  container: ItemContainer;
  index: number;
  /** Ids of the enclosing sections, outermost first; empty for items that belong to no section. */
  sectionIds: readonly string[];
  /** Ids of the items whose `work` holds this one, outermost first. */
  ancestorItemIds: readonly string[];
}

export interface RoadmapIndex {
  sections: Map<string, SectionLocation>;
  /** In document order: a section's items before its nested sections, then the roadmap's own items. */
  items: Map<string, ItemLocation>;
}

/** JSON pointer of a path inside an interchange document (`/roadmap/...`). */
export function pointerOf(path: Path): string {
  return ['/roadmap', ...path.map((key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1'))].join('/');
}

export function indexRoadmap(roadmap: Roadmap): RoadmapIndex {
  const sections = new Map<string, SectionLocation>();
  const items = new Map<string, ItemLocation>();
  const visitItems = (
    list: readonly Item[] | undefined,
    path: Path,
    container: ItemContainer,
    sectionIds: readonly string[],
    ancestorItemIds: readonly string[],
  ) => {
    list?.forEach((item, index) => {
      const at = [...path, index];
      if (!items.has(item.id))
        items.set(item.id, { item, path: at, container, index, sectionIds, ancestorItemIds });
      visitItems(item.work, [...at, 'work'], { kind: 'item', id: item.id }, sectionIds, [
        ...ancestorItemIds,
        item.id,
      ]);
    });
  };
  const visitSections = (
    list: readonly Section[] | undefined,
    path: Path,
    ancestorIds: readonly string[],
  ) => {
    list?.forEach((section, index) => {
      const at = [...path, index];
      const parentId = ancestorIds.at(-1) ?? null;
      if (!sections.has(section.id))
        sections.set(section.id, { section, path: at, parentId, index, ancestorIds });
      const inside = [...ancestorIds, section.id];
      visitItems(section.items, [...at, 'items'], { kind: 'section', id: section.id }, inside, []);
      visitSections(section.sections, [...at, 'sections'], inside);
    });
  };
  visitSections(roadmap.sections, ['sections'], []);
  visitItems(roadmap.items, ['items'], { kind: 'roadmap' }, [], []);
  return { sections, items };
}

export function getIn(root: unknown, path: Path): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A copy of `root` with the value at `path` replaced; `undefined` removes an object key. Objects
 * and arrays off the path are shared with the input.
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  const child = rest.length === 0 ? value : setIn(getIn(root, [key]), rest, value);
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[key as number] = child;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  if (child === undefined) delete copy[key as string];
  else copy[key as string] = child;
  return copy as T;
}

/** Replaces the list at `path`; an empty list removes the key, since the format omits empty keys. */
export function setList<T>(root: T, path: Path, list: readonly unknown[]): T {
  return setIn(root, path, list.length === 0 ? undefined : list);
}

/** Path of the list of items a container holds. */
export function itemListPath(index: RoadmapIndex, container: ItemContainer): Path {
  switch (container.kind) {
    case 'roadmap':
      return ['items'];
    case 'section':
      return [...requireLocation(index.sections, container.id).path, 'items'];
    case 'item':
      return [...requireLocation(index.items, container.id).path, 'work'];
  }
}

/** Path of the list of sections that holds the children of `parentId` (null: the top level). */
export function sectionListPath(index: RoadmapIndex, parentId: string | null): Path {
  return parentId === null ? ['sections'] : [...requireLocation(index.sections, parentId).path, 'sections'];
}

function requireLocation<L>(map: Map<string, L>, id: string): L {
  const location = map.get(id);
  // Callers resolve ids before asking for paths; a miss here is a bug, not bad input.
  if (!location) throw new Error(`no location for "${id}"`);
  return location;
}

export function sameContainer(a: ItemContainer, b: ItemContainer): boolean {
  return a.kind === b.kind && (a.kind === 'roadmap' || a.id === (b as { id: string }).id);
}
