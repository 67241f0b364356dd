// Section ids are usually slugs of their titles, so renaming a section ("Collect" → "Data
// collection") changes its id, and the titles may be too different for the title matcher. Its items
// keep their ids, though: a removed and an added section that hold mostly the same items are one
// section. Linear: one pass over the items, one over the pairs that share an item.
import type { RoadmapIndex } from './index-roadmap.ts';
import type { Matching } from './match.ts';

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Pairs leftover sections when more than half of the removed section's direct items, matched by
 * id, now sit in the added section and make up more than half of its direct items. A majority on
 * both sides makes each pairing unique without any search.
 */
export function matchSectionsByContent(
  sections: Matching,
  items: Matching,
  before: RoadmapIndex,
  after: RoadmapIndex,
): void {
  const beforeSizes = new Map<string, number>();
  for (const entry of before.items.values()) {
    if (entry.parent?.kind === 'section') increment(beforeSizes, entry.parent.key);
  }
  const afterSizes = new Map<string, number>();
  const shared = new Map<string, Map<string, number>>();
  for (const entry of after.items.values()) {
    if (entry.parent?.kind !== 'section') continue;
    const target = entry.parent.key;
    increment(afterSizes, target);
    if (sections.toBefore.has(target)) continue;
    const beforeKey = items.toBefore.get(entry.key);
    const origin = beforeKey === undefined ? undefined : before.items.get(beforeKey)?.parent;
    if (origin?.kind !== 'section' || sections.toAfter.has(origin.key)) continue;
    const counts = shared.get(origin.key) ?? new Map<string, number>();
    shared.set(origin.key, counts);
    increment(counts, target);
  }
  for (const [origin, counts] of shared) {
    for (const [target, count] of counts) {
      if (count * 2 <= (beforeSizes.get(origin) ?? 0) || count * 2 <= (afterSizes.get(target) ?? 0)) continue;
      sections.toAfter.set(origin, target);
      sections.toBefore.set(target, origin);
      sections.byContent.add(target);
    }
  }
}
