// Word-level prose diffs and the title similarity used to pair renamed items.
import { diffWords, diffWordsWithSpace } from 'diff';
import type { TextSegment } from './types.ts';

function toSegments(changes: ReturnType<typeof diffWords>): TextSegment[] {
  return changes.map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

/** Segments that rebuild `before` (equal + delete) and `after` (equal + insert). */
export function wordDiff(before: string, after: string): TextSegment[] {
  const segments = toSegments(diffWords(before, after));
  // diffWords ignores whitespace, so a whitespace-only edit would show no insert or delete at all.
  if (before !== after && segments.every((s) => s.op === 'equal')) {
    return toSegments(diffWordsWithSpace(before, after));
  }
  return segments;
}

/** Lower-cased words and numbers, no accents or punctuation: "Write the API-spec" → write the api spec. */
export function titleTokens(title: string): Set<string> {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w.length > 0));
}

/** Dice coefficient of two token sets: 2|A∩B| / (|A|+|B|), 0 when both are empty. */
export function diceSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export function titleSimilarity(a: string, b: string): number {
  return diceSimilarity(titleTokens(a), titleTokens(b));
}
