// The semantic diff of two revisions of a roadmap, matched through interchange ids.
//
// Decisions a reader of the result should know:
// - Order is not content: reordering items or sections under the same parent, or the members of a
//   list field (tags, leads, refs…), is not reported. Only a change of parent is a move.
// - A node found again by id is the same node even if everything else changed. A removed and an
//   added node of the same kind whose titles reach the rename threshold are one renamed node
//   (`renamed.matchedBy: 'title'`); see match.ts for how that search stays linear.
// - Sections are matched by id, then title, then by the items they hold, and moves are judged on
//   the final matching: an item under a renamed section has not moved. A `work` item moves when
//   its parent item changes (or when it leaves it for a section).
// - Check-in entries follow their item through a rename; check-in scopes follow their section.
// - Added and removed nodes carry a snapshot without their children: each child has its own entry.
import type { InterchangeDocument, Item, Roadmap, Section } from '../interchange/schema.ts';
import { diffCheckins, type IdTranslation } from './checkins.ts';
import { itemChanges, itemSnapshot, roadmapChanges, sectionChanges, sectionSnapshot } from './compare.ts';
import { type IndexedNode, indexRoadmap, type RoadmapIndex } from './index-roadmap.ts';
import { DEFAULT_RENAME_THRESHOLD, type Matching, matchById, matchLeftoversByTitle } from './match.ts';
import { matchSectionsByContent } from './match-content.ts';
import { groupAfter, groupBefore, type Matchings, modification, pairings } from './nodes.ts';
import { summarise } from './summary.ts';
import type { DiffOptions, ItemDiff, RoadmapDiff, SectionDiff } from './types.ts';

function roadmapOf(input: Roadmap | InterchangeDocument): Roadmap {
  return 'format' in input ? input.roadmap : input;
}

function matchAll(before: RoadmapIndex, after: RoadmapIndex, options: DiffOptions): Matchings {
  const threshold = options.renameThreshold ?? DEFAULT_RENAME_THRESHOLD;
  const matchings: Matchings = {
    sections: matchById(before.sections, after.sections),
    items: matchById(before.items, after.items),
  };
  const settings = {
    threshold,
    metrics: options.metrics,
    groupBefore: (entry: IndexedNode<unknown>) => groupBefore(entry.parent, matchings),
    groupAfter: (entry: IndexedNode<unknown>) => groupAfter(entry.parent),
  };
  matchLeftoversByTitle(matchings.sections, before.sections, after.sections, settings);
  matchLeftoversByTitle(matchings.items, before.items, after.items, settings);
  // Last, so that items found again by title count too; the item matcher only used sections to break ties.
  matchSectionsByContent(matchings.sections, matchings.items, before, after);
  return matchings;
}

function diffSections(before: RoadmapIndex, after: RoadmapIndex, matchings: Matchings): SectionDiff[] {
  const out: SectionDiff[] = [];
  for (const pair of pairings<Section>(before.sections, after.sections, matchings.sections)) {
    if (pair.type === 'kept') {
      const changes = sectionChanges(pair.before.node, pair.after.node);
      const modified = modification(pair.before, pair.after, matchings, 'sections', changes);
      if (modified) out.push(modified);
      continue;
    }
    const entry = pair.type === 'added' ? pair.after : pair.before;
    const { id, title } = entry.node;
    out.push({ type: pair.type, id, title, path: entry.path, section: sectionSnapshot(entry.node) });
  }
  return out;
}

function diffItems(before: RoadmapIndex, after: RoadmapIndex, matchings: Matchings): ItemDiff[] {
  const out: ItemDiff[] = [];
  for (const pair of pairings<Item>(before.items, after.items, matchings.items)) {
    if (pair.type === 'kept') {
      const changes = itemChanges(pair.before.node, pair.after.node);
      const modified = modification(pair.before, pair.after, matchings, 'items', changes);
      if (modified) out.push(modified);
      continue;
    }
    const entry = pair.type === 'added' ? pair.after : pair.before;
    const { id, title } = entry.node;
    out.push({ type: pair.type, id, title, path: entry.path, item: itemSnapshot(entry.node) });
  }
  return out;
}

function translation<N extends { id: string }>(
  matching: Matching,
  after: Map<string, IndexedNode<N>>,
): (id: string) => string {
  return (id) => {
    const key = matching.toAfter.get(id);
    return (key === undefined ? undefined : after.get(key)?.node.id) ?? id;
  };
}

export function diffRoadmaps(
  before: Roadmap | InterchangeDocument,
  after: Roadmap | InterchangeDocument,
  options: DiffOptions = {},
): RoadmapDiff {
  const old = roadmapOf(before);
  const now = roadmapOf(after);
  const oldIndex = indexRoadmap(old);
  const newIndex = indexRoadmap(now);
  const matchings = matchAll(oldIndex, newIndex, options);
  const ids: IdTranslation = {
    section: translation(matchings.sections, newIndex.sections),
    item: translation(matchings.items, newIndex.items),
  };

  const roadmap = roadmapChanges(old, now);
  const sections = diffSections(oldIndex, newIndex, matchings);
  const items = diffItems(oldIndex, newIndex, matchings);
  const checkins = diffCheckins(old.checkins, now.checkins, ids);
  return {
    before: { id: old.id, title: old.title },
    after: { id: now.id, title: now.title },
    roadmap,
    sections,
    items,
    checkins,
    summary: summarise(roadmap, sections, items, checkins),
  };
}
