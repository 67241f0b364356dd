// Walks every item of a roadmap with where it sits, for the exporters that flatten a roadmap.
import type { Item, Roadmap, Section } from '../../domain/interchange/index.ts';

export interface PlacedItem {
  item: Item;
  /** Titles of the sections above the item, outermost first. */
  sections: Section[];
  /** The item whose work this is, when it is a work item. */
  parent?: Item;
}

export function placedItems(roadmap: Roadmap): PlacedItem[] {
  const out: PlacedItem[] = [];
  const visitItems = (items: readonly Item[] | undefined, sections: Section[], parent?: Item) => {
    for (const item of items ?? []) {
      out.push({ item, sections, ...(parent ? { parent } : {}) });
      visitItems(item.work, sections, item);
    }
  };
  const visitSections = (list: readonly Section[] | undefined, above: Section[]) => {
    for (const section of list ?? []) {
      const path = [...above, section];
      visitItems(section.items, path);
      visitSections(section.sections, path);
    }
  };
  visitItems(roadmap.items, []);
  visitSections(roadmap.sections, []);
  return out;
}
