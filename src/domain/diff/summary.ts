import type {
  CheckinDiff,
  DiffSummary,
  ItemDiff,
  NodeCounts,
  RoadmapFieldChange,
  SectionDiff,
} from './types.ts';

function countNodes(diffs: readonly (ItemDiff | SectionDiff)[]): NodeCounts {
  const counts: NodeCounts = { added: 0, removed: 0, moved: 0, renamed: 0, changed: 0 };
  for (const diff of diffs) {
    if (diff.type !== 'modified') {
      counts[diff.type]++;
      continue;
    }
    if (diff.moved) counts.moved++;
    if (diff.renamed) counts.renamed++;
    if (diff.changes.length > 0) counts.changed++;
  }
  return counts;
}

export function summarise(
  roadmap: readonly RoadmapFieldChange[],
  sections: readonly SectionDiff[],
  items: readonly ItemDiff[],
  checkins: readonly CheckinDiff[],
): DiffSummary {
  const checkinCounts = { added: 0, removed: 0, changed: 0 };
  for (const diff of checkins) checkinCounts[diff.type === 'modified' ? 'changed' : diff.type]++;
  return {
    identical: roadmap.length + sections.length + items.length + checkins.length === 0,
    roadmap: roadmap.length,
    sections: countNodes(sections),
    items: countNodes(items),
    checkins: checkinCounts,
  };
}
