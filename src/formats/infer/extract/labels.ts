// Kind and flag tags that lead or end an item's text: `[BUG]`, `[WISH]:`, `[FEAT]`, `(Stretch):`,
// `UNREPRODUCIBLE:`, `… (stretch)`. Only words from a known list count, so checkboxes `[x]`,
// footnotes `[1]`, status markers `[RELEASED]` and link text stay in the text.

export interface Labelled {
  /** Lower-case labels in order of appearance, without duplicates. */
  labels: string[];
  /** The text without the tags, trimmed. */
  rest: string;
}

const KNOWN = new Set([
  'bug',
  'wish',
  'feat',
  'feature',
  'check',
  'regr',
  'regression',
  'idea',
  'stretch',
  'unreproducible',
  'unverified',
  'doc',
]);
// Bare upper-case flags: `UNREPRODUCIBLE` alone or before a colon; the others only before a colon.
const BARE_ALONE = new Set(['UNREPRODUCIBLE']);
const BARE_COLON = new Set([
  'UNREPRODUCIBLE',
  'BUG',
  'WISH',
  'FEAT',
  'REGR',
  'IDEA',
  'CHECK',
  'DOC',
  'STRETCH',
]);
const PAIRS: Record<string, string> = { '[': ']', '(': ')' };
const LONGEST = 16;
const SEPARATORS = new Set([...' \t\n:-–—']);

/** Splits leading and trailing label tags off `text`. */
export function extractLabels(text: string): Labelled {
  const leading: string[] = [];
  const trailing: string[] = [];
  let start = 0;
  while (start < text.length && /\s/.test(text.charAt(start))) start += 1;
  for (;;) {
    const tag = tagAt(text, start);
    if (!tag) break;
    leading.push(tag.label);
    start = skip(text, tag.end, text.length);
  }
  let end = text.length;
  for (;;) {
    while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
    const tag = tagBefore(text, start, end);
    if (!tag) break;
    trailing.unshift(tag.label);
    end = tag.start;
    while (end > start && SEPARATORS.has(text.charAt(end - 1))) end -= 1;
  }
  const labels = [...new Set([...leading, ...trailing])];
  return { labels, rest: text.slice(start, end).trim() };
}

function skip(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && SEPARATORS.has(text.charAt(at))) at += 1;
  return at;
}

/** A bracketed or bare tag starting at `at`, followed by a separator or the end. */
function tagAt(text: string, at: number): { label: string; end: number } | undefined {
  const close = PAIRS[text.charAt(at)];
  if (close !== undefined) {
    const end = text.slice(at + 1, at + 2 + LONGEST).indexOf(close);
    if (end < 0) return undefined;
    const label = text.slice(at + 1, at + 1 + end).toLowerCase();
    const next = text.charAt(at + end + 2);
    // `[BUG][REGR]` is two tags; `[stretch](…)` is a link.
    if (!KNOWN.has(label) || (next !== '' && next !== '[' && !SEPARATORS.has(next))) return undefined;
    return { label, end: at + end + 2 };
  }
  let end = at;
  while (end < text.length && end - at <= LONGEST && /[A-Z]/.test(text.charAt(end))) end += 1;
  const word = text.slice(at, end);
  const next = text.charAt(end);
  if (next === ':' ? BARE_COLON.has(word) : BARE_ALONE.has(word) && (next === '' || /\s/.test(next))) {
    return { label: word.toLowerCase(), end: next === ':' ? end + 1 : end };
  }
  return undefined;
}

/** A bracketed tag ending at `end` (exclusive), preceded by a separator or the start. */
function tagBefore(text: string, start: number, end: number): { label: string; start: number } | undefined {
  const last = text.charAt(end - 1);
  const open = last === ']' ? '[' : last === ')' ? '(' : undefined;
  if (open === undefined) return undefined;
  const from = Math.max(start, end - 2 - LONGEST);
  const within = text.slice(from, end - 1).lastIndexOf(open);
  if (within < 0) return undefined;
  const at = from + within;
  const label = text.slice(at + 1, end - 1).toLowerCase();
  if (!KNOWN.has(label)) return undefined;
  if (at > start && !/\s/.test(text.charAt(at - 1))) return undefined;
  return { label, start: at };
}
