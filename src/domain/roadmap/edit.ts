// Immutable edits of a roadmap tree by id: the result shares every untouched subtree.
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Checkin, Item, Roadmap, Section } from '../interchange/schema.ts';

type ItemKey = Exclude<keyof Item, 'id' | 'work'>;

export interface ItemPatch {
  /** Keys to set; `id` and `work` are not editable through a patch. */
  set?: Partial<Pick<Item, ItemKey>>;
  /** Keys to remove. */
  unset?: readonly ItemKey[];
}

function mapItems(
  items: readonly Item[] | undefined,
  id: string,
  change: (item: Item) => Item,
): Item[] | undefined {
  if (!items) return items;
  let changed = false;
  const next = items.map((item) => {
    if (item.id === id) {
      changed = true;
      return change(item);
    }
    const work = mapItems(item.work, id, change);
    if (work === item.work) return item;
    changed = true;
    return { ...item, work };
  });
  return changed ? next : (items as Item[]);
}

function mapSections(
  sections: readonly Section[] | undefined,
  id: string,
  change: (item: Item) => Item,
): Section[] | undefined {
  if (!sections) return sections;
  let changed = false;
  const next = sections.map((section) => {
    const items = mapItems(section.items, id, change);
    const nested = mapSections(section.sections, id, change);
    if (items === section.items && nested === section.sections) return section;
    changed = true;
    return { ...section, ...(items ? { items } : {}), ...(nested ? { sections: nested } : {}) };
  });
  return changed ? next : (sections as Section[]);
}

/** Returns a new roadmap with one item (at any depth) replaced by `change(item)`. */
export function updateItem(roadmap: Roadmap, itemId: string, change: (item: Item) => Item): Roadmap {
  const items = mapItems(roadmap.items, itemId, change);
  const sections = mapSections(roadmap.sections, itemId, change);
  if (items === roadmap.items && sections === roadmap.sections) {
    throw new NotFoundError(`roadmap "${roadmap.id}" has no item "${itemId}"`);
  }
  return { ...roadmap, ...(items ? { items } : {}), ...(sections ? { sections } : {}) };
}

const EMPTY_IS_ABSENT = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

export function applyItemPatch(item: Item, patch: ItemPatch): Item {
  const forbidden = Object.keys(patch.set ?? {}).filter((key) => key === 'id' || key === 'work');
  if (forbidden.length > 0) {
    throw new ValidationError(`an item patch cannot set ${forbidden.join(', ')}`, [
      ...forbidden.map((key) => ({ pointer: `/set/${key}`, message: 'not editable through a patch' })),
    ]);
  }
  const next: Record<string, unknown> = { ...item };
  for (const key of patch.unset ?? []) delete next[key];
  for (const [key, value] of Object.entries(patch.set ?? {})) {
    // The interchange format omits keys with nothing to say; an empty value in a patch means "remove".
    if (EMPTY_IS_ABSENT(value)) delete next[key];
    else next[key] = value;
  }
  return next as Item;
}

/** Adds or replaces a check-in by id, keeping check-ins oldest first. */
export function putCheckin(roadmap: Roadmap, checkin: Checkin): Roadmap {
  const others = (roadmap.checkins ?? []).filter((existing) => existing.id !== checkin.id);
  const checkins = [...others, checkin].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...roadmap, checkins };
}
