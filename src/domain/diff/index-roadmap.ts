// Flattens a roadmap into id-keyed maps in document order, so the diff can pair nodes in O(1) each.
import type { Item, Roadmap, Section } from '../interchange/schema.ts';
import type { PathStep } from './types.ts';

export interface ParentRef {
  kind: 'section' | 'item';
  key: string;
}

export interface IndexedNode<N> {
  /** The id, or `id#2`, `id#3` for repeats: the schema forbids them, but a diff must not lose nodes. */
  key: string;
  node: N;
  parent: ParentRef | null;
  path: PathStep[];
  /** Position in document order among nodes of the same kind. */
  order: number;
}

export interface RoadmapIndex {
  sections: Map<string, IndexedNode<Section>>;
  items: Map<string, IndexedNode<Item>>;
}

// Keys for ids that should be unique but may repeat: `#` cannot occur in a slug, so a suffixed key
// never collides with a real id.
export function keyMaker(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  };
}

/**
 * Document order: the roadmap's own items first, then each section followed by its items and then
 * its sub-sections; an item is followed by its `work`. The schema keeps items and sub-sections in
 * separate lists, so this is the order a renderer of either would produce.
 */
export function indexRoadmap(roadmap: Roadmap): RoadmapIndex {
  const index: RoadmapIndex = { sections: new Map(), items: new Map() };
  const itemKey = keyMaker();
  const sectionKey = keyMaker();

  const addItems = (items: readonly Item[] | undefined, parent: ParentRef | null, path: PathStep[]) => {
    for (const item of items ?? []) {
      const key = itemKey(item.id);
      index.items.set(key, { key, node: item, parent, path, order: index.items.size });
      if (item.work?.length) {
        addItems(item.work, { kind: 'item', key }, [
          ...path,
          { kind: 'item', id: item.id, title: item.title },
        ]);
      }
    }
  };

  const addSections = (
    sections: readonly Section[] | undefined,
    parent: ParentRef | null,
    path: PathStep[],
  ) => {
    for (const section of sections ?? []) {
      const key = sectionKey(section.id);
      index.sections.set(key, { key, node: section, parent, path, order: index.sections.size });
      const inner: PathStep[] = [...path, { kind: 'section', id: section.id, title: section.title }];
      addItems(section.items, { kind: 'section', key }, inner);
      addSections(section.sections, { kind: 'section', key }, inner);
    }
  };

  addItems(roadmap.items, null, []);
  addSections(roadmap.sections, null, []);
  return index;
}
