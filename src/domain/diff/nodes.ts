// What sections and items share: walking a matching in output order, renames and moves.
import type { IndexedNode, ParentRef } from './index-roadmap.ts';
import type { Matching } from './match.ts';
import type { Move, PathStep, Rename } from './types.ts';

export interface Matchings {
  sections: Matching;
  items: Matching;
}

export type Pairing<N> =
  | { type: 'added'; after: IndexedNode<N> }
  | { type: 'removed'; before: IndexedNode<N> }
  | { type: 'kept'; before: IndexedNode<N>; after: IndexedNode<N> };

/** `after` in document order (added and kept interleaved), then what was removed, in `before` order. */
export function pairings<N>(
  before: Map<string, IndexedNode<N>>,
  after: Map<string, IndexedNode<N>>,
  matching: Matching,
): Pairing<N>[] {
  const out: Pairing<N>[] = [];
  for (const entry of after.values()) {
    const beforeKey = matching.toBefore.get(entry.key);
    const previous = beforeKey === undefined ? undefined : before.get(beforeKey);
    out.push(previous ? { type: 'kept', before: previous, after: entry } : { type: 'added', after: entry });
  }
  for (const entry of before.values()) {
    if (!matching.toAfter.has(entry.key)) out.push({ type: 'removed', before: entry });
  }
  return out;
}

export function groupAfter(parent: ParentRef | null): string {
  return parent ? `${parent.kind}:${parent.key}` : 'root';
}

/** A `before` parent in `after` terms when it has been matched (so far), else a group of its own. */
export function groupBefore(parent: ParentRef | null, matchings: Matchings): string {
  if (!parent) return 'root';
  const mapped = (parent.kind === 'section' ? matchings.sections : matchings.items).toAfter.get(parent.key);
  return mapped === undefined ? `before:${parent.kind}:${parent.key}` : `${parent.kind}:${mapped}`;
}

export function moveOf<N>(
  before: IndexedNode<N>,
  after: IndexedNode<N>,
  matchings: Matchings,
): Move | undefined {
  if (groupBefore(before.parent, matchings) === groupAfter(after.parent)) return undefined;
  return { from: before.path, to: after.path };
}

export function renameOf<N extends { id: string; title: string }>(
  before: IndexedNode<N>,
  after: IndexedNode<N>,
  matching: Matching,
): Rename | undefined {
  const similarity = matching.byTitle.get(after.key);
  const { id: fromId, title: fromTitle } = before.node;
  const { id: toId, title: toTitle } = after.node;
  const byContent = matching.byContent.has(after.key);
  if (similarity === undefined && !byContent && fromTitle === toTitle) return undefined;
  return {
    matchedBy: byContent ? 'content' : similarity === undefined ? 'id' : 'title',
    fromId,
    toId,
    fromTitle,
    toTitle,
    ...(similarity === undefined ? {} : { similarity: Math.round(similarity * 1000) / 1000 }),
  };
}

/** The `modified` entry of a kept node, or undefined when it was neither renamed, moved nor changed. */
export function modification<N extends { id: string; title: string }, C>(
  before: IndexedNode<N>,
  after: IndexedNode<N>,
  matchings: Matchings,
  kind: keyof Matchings,
  changes: C[],
):
  | {
      type: 'modified';
      id: string;
      title: string;
      path: PathStep[];
      renamed?: Rename;
      moved?: Move;
      changes: C[];
    }
  | undefined {
  const renamed = renameOf(before, after, matchings[kind]);
  const moved = moveOf(before, after, matchings);
  if (!renamed && !moved && changes.length === 0) return undefined;
  const { id, title } = after.node;
  return {
    type: 'modified',
    id,
    title,
    path: after.path,
    ...(renamed ? { renamed } : {}),
    ...(moved ? { moved } : {}),
    changes,
  };
}
