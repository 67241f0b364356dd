// Pairs the nodes of two revisions: first by id, then leftover removed/added nodes by title.
//
// Bound: title matching never compares every removed node with every added one. Titles become
// token sets; by prefix filtering (tokens ordered rarest first) two sets can reach Dice ≥ t only
// if their short prefixes share a token, so an added node looks only at removed nodes indexed
// under its prefix tokens, and at no more than MAX_TITLE_CANDIDATES of them. Hence:
// - similarity calls ≤ MAX_TITLE_CANDIDATES × (unmatched added nodes of that kind);
// - posting entries read ≤ 2 × MAX_TITLE_CANDIDATES per prefix token of an added title (an entry
//   is either a new candidate or one of the fewer than MAX_TITLE_CANDIDATES already taken);
// - the scored pairs (no more than the similarity calls) are sorted once.
// So the work grows linearly with the roadmap (up to that one sort), whatever the titles. The
// price of the cap: when more removed nodes than that share all their rare tokens (many items all
// titled "TBD"), some genuine renames are reported as removed + added.
import type { IndexedNode } from './index-roadmap.ts';
import { diceSimilarity, titleTokens } from './text.ts';
import type { DiffMetrics } from './types.ts';

export const DEFAULT_RENAME_THRESHOLD = 0.8;
export const MAX_TITLE_CANDIDATES = 8;

export interface Matching {
  toAfter: Map<string, string>;
  toBefore: Map<string, string>;
  /** Keys of `after` nodes paired by title, with their similarity. */
  byTitle: Map<string, number>;
  /** Keys of `after` sections paired by the items they hold. */
  byContent: Set<string>;
}

export interface TitleCandidate {
  key: string;
  title: string;
  /** Pairs within the same group (same parent) win ties. */
  group: string;
}

export interface TitlePair {
  beforeKey: string;
  afterKey: string;
  similarity: number;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Longest prefix that must share a token with any set it reaches Dice ≥ threshold with. */
function prefixLength(size: number, threshold: number): number {
  // A partner reaching Dice ≥ t with a set of n tokens shares at least t·n / (2 − t) of them.
  const overlap = Math.ceil((threshold * size) / (2 - threshold) - 1e-9);
  return Math.min(size, Math.max(1, size - overlap + 1));
}

/**
 * One-to-one pairs of removed and added titles with Dice ≥ threshold, best first (ties: same
 * group, then document order). `removed` and `added` must be in document order.
 */
export function matchTitles(
  removed: readonly TitleCandidate[],
  added: readonly TitleCandidate[],
  threshold: number = DEFAULT_RENAME_THRESHOLD,
  metrics?: DiffMetrics,
): TitlePair[] {
  const t = Math.min(1, Math.max(threshold, Number.EPSILON));
  const removedTokens = removed.map((c) => titleTokens(c.title));
  const addedTokens = added.map((c) => titleTokens(c.title));
  const frequency = new Map<string, number>();
  for (const tokens of [...removedTokens, ...addedTokens]) {
    for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  }
  const prefix = (tokens: ReadonlySet<string>) => {
    const sorted = [...tokens].sort(
      (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || byString(a, b),
    );
    return sorted.slice(0, prefixLength(sorted.length, t));
  };

  const postings = new Map<string, number[]>();
  removedTokens.forEach((tokens, i) => {
    for (const token of prefix(tokens)) {
      const list = postings.get(token);
      if (list) list.push(i);
      else postings.set(token, [i]);
    }
  });

  const scored: Array<{ r: number; a: number; similarity: number; sameGroup: boolean }> = [];
  addedTokens.forEach((tokens, a) => {
    const candidates = new Set<number>();
    scan: for (const token of prefix(tokens)) {
      for (const r of postings.get(token) ?? []) {
        if (candidates.size >= MAX_TITLE_CANDIDATES) break scan;
        candidates.add(r);
      }
    }
    for (const r of candidates) {
      const oldTokens = removedTokens[r];
      if (oldTokens === undefined) continue;
      if (metrics) metrics.similarityCalls++;
      const similarity = diceSimilarity(oldTokens, tokens);
      if (similarity < t) continue;
      scored.push({ r, a, similarity, sameGroup: removed[r]?.group === added[a]?.group });
    }
  });

  scored.sort(
    (x, y) =>
      y.similarity - x.similarity || Number(y.sameGroup) - Number(x.sameGroup) || x.a - y.a || x.r - y.r,
  );
  const usedRemoved = new Set<number>();
  const usedAdded = new Set<number>();
  const pairs: TitlePair[] = [];
  for (const { r, a, similarity } of scored) {
    const before = removed[r];
    const after = added[a];
    if (!before || !after || usedRemoved.has(r) || usedAdded.has(a)) continue;
    usedRemoved.add(r);
    usedAdded.add(a);
    pairs.push({ beforeKey: before.key, afterKey: after.key, similarity });
  }
  return pairs;
}

export function matchById<N>(
  before: Map<string, IndexedNode<N>>,
  after: Map<string, IndexedNode<N>>,
): Matching {
  const matching: Matching = {
    toAfter: new Map(),
    toBefore: new Map(),
    byTitle: new Map(),
    byContent: new Set(),
  };
  for (const key of after.keys()) {
    if (!before.has(key)) continue;
    matching.toAfter.set(key, key);
    matching.toBefore.set(key, key);
  }
  return matching;
}

export interface TitleMatchSettings<N> {
  threshold: number;
  metrics: DiffMetrics | undefined;
  /** Group of a `before` node in `after` terms; may read the id matching made so far. */
  groupBefore: (entry: IndexedNode<N>) => string;
  groupAfter: (entry: IndexedNode<N>) => string;
}

/** Extends an id matching with title pairs among the nodes it left unmatched. */
export function matchLeftoversByTitle<N extends { title: string }>(
  matching: Matching,
  before: Map<string, IndexedNode<N>>,
  after: Map<string, IndexedNode<N>>,
  settings: TitleMatchSettings<N>,
): Matching {
  const removed: TitleCandidate[] = [];
  for (const entry of before.values()) {
    if (matching.toAfter.has(entry.key)) continue;
    removed.push({ key: entry.key, title: entry.node.title, group: settings.groupBefore(entry) });
  }
  const added: TitleCandidate[] = [];
  for (const entry of after.values()) {
    if (matching.toBefore.has(entry.key)) continue;
    added.push({ key: entry.key, title: entry.node.title, group: settings.groupAfter(entry) });
  }
  if (removed.length === 0 || added.length === 0) return matching;
  for (const pair of matchTitles(removed, added, settings.threshold, settings.metrics)) {
    matching.toAfter.set(pair.beforeKey, pair.afterKey);
    matching.toBefore.set(pair.afterKey, pair.beforeKey);
    matching.byTitle.set(pair.afterKey, pair.similarity);
  }
  return matching;
}
