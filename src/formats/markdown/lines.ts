// Line-level facts the pre-pass needs about Markdown: container prefixes (`>`, list markers),
// fences, HTML block starts and ends, ATX headings. Each looks at one line, in time linear in it.

export interface Prefix {
  /** Index in the text where the line's content starts, after indentation and container markers. */
  content: number;
  /** Indexes of the container markers (`>`, `-`, `+`, `*`, and the `.`/`)` of `1.`). */
  markers: number[];
  /** Visual columns (tabs to multiples of 4) where each marker stands. */
  columns: number[];
  /** The first marker, when the line starts with one at column 0. */
  first?: ListMarker | '>';
}

export interface ListMarker {
  /** `-`, `+`, `*` for bullets, `.` or `)` for ordered items. */
  type: string;
  /** The number of an ordered item. */
  start?: number;
  /** True when the marker is followed by content on the same line. */
  content: boolean;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/** Reads the container prefix of the line `text[from, to)`, stopping after `limit` markers. */
export function readPrefix(text: string, from: number, to: number, limit: number): Prefix {
  const markers: number[] = [];
  const columns: number[] = [];
  let first: Prefix['first'];
  let i = from;
  let col = 0;
  while (i < to && markers.length < limit) {
    while (i < to && isSpace(text[i])) {
      col = text[i] === '\t' ? col + 4 - (col % 4) : col + 1;
      i++;
    }
    const ch = text[i];
    const atStart = i === from;
    if (ch === '>') {
      if (atStart) first = '>';
      markers.push(i);
      columns.push(col);
      i++;
      col++;
      continue;
    }
    if ((ch === '-' || ch === '+' || ch === '*') && (i + 1 === to || isSpace(text[i + 1]))) {
      if (atStart) first = { type: ch, content: hasContent(text, i + 1, to) };
      markers.push(i);
      columns.push(col);
      i++;
      col++;
      continue;
    }
    let j = i;
    while (j < to && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const delimiter = text[j];
    if (j > i && (delimiter === '.' || delimiter === ')') && (j + 1 === to || isSpace(text[j + 1]))) {
      if (atStart)
        first = { type: delimiter, start: Number(text.slice(i, j)), content: hasContent(text, j + 1, to) };
      markers.push(j);
      columns.push(col + j - i);
      col += j - i + 1;
      i = j + 1;
      continue;
    }
    break;
  }
  return { content: i, markers, columns, ...(first !== undefined ? { first } : {}) };
}

function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return true;
  return false;
}

/** True when a list item starting this way may interrupt a paragraph (and so is no lazy line). */
export function canInterrupt(marker: ListMarker): boolean {
  if (!marker.content) return false;
  return marker.start === undefined || marker.start === 1;
}

export function isBlank(text: string, from: number, to: number): boolean {
  return !hasContent(text, from, to);
}

/** Leading spaces (up to 4) of a line; 4 means indented code or deeper. */
export function indentOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < 4; i++) {
    if (text[i] === ' ') n++;
    else if (text[i] === '\t') n = 4;
    else break;
  }
  return n;
}

export interface Fence {
  char: string;
  length: number;
}

/** An opening code fence at the start of the line (0–3 spaces), if the line is one. */
export function fenceOpen(text: string, from: number, to: number): Fence | undefined {
  const i = from + indentOf(text, from, to);
  if (i - from > 3) return undefined;
  const char = text[i];
  if (char !== '`' && char !== '~') return undefined;
  let j = i;
  while (j < to && text[j] === char) j++;
  if (j - i < 3) return undefined;
  if (char === '`' && text.slice(j, to).includes('`')) return undefined;
  return { char, length: j - i };
}

export function fenceCloses(fence: Fence, text: string, from: number, to: number): boolean {
  const i = from + indentOf(text, from, to);
  if (i - from > 3) return false;
  let j = i;
  while (j < to && text[j] === fence.char) j++;
  return j - i >= fence.length && isBlank(text, j, to);
}

const HTML_BLOCK_ENDS: Array<[RegExp, string]> = [
  [/^<(script|pre|style|textarea)(\s|>|$)/i, '</'],
  [/^<!--/, '-->'],
  [/^<\?/, '?>'],
  [/^<![a-z]/i, '>'],
  [/^<!\[CDATA\[/, ']]>'],
];

/**
 * The end condition of an HTML block starting on this line: a string that ends it
 * (types 1–5; for type 1 any of the matching closing tags), or `blank` for types 6 and 7.
 */
export function htmlBlockStart(text: string, from: number, to: number): { end: string | RegExp } | undefined {
  const i = from + indentOf(text, from, to);
  if (i - from > 3 || text[i] !== '<') return undefined;
  const head = text.slice(i, Math.min(to, i + 16));
  for (const [pattern, end] of HTML_BLOCK_ENDS) {
    if (pattern.test(head)) return { end: end === '</' ? /<\/(script|pre|style|textarea)>/i : end };
  }
  if (/^<\/?[a-z]/i.test(head)) return { end: 'blank' };
  return undefined;
}

export function htmlBlockEnds(end: string | RegExp, text: string, from: number, to: number): boolean {
  if (end === 'blank') return isBlank(text, from, to);
  const line = text.slice(from, to);
  return typeof end === 'string' ? line.includes(end) : end.test(line);
}

/** True for an ATX heading that starts at column 0. */
export function isAtxHeading(text: string, from: number, to: number): boolean {
  let j = from;
  while (j < to && text[j] === '#' && j - from < 7) j++;
  return j > from && j - from <= 6 && (j === to || isSpace(text[j]));
}

/** True for a GFM table delimiter row (`|---|:--:|`). */
export function isDelimiterRow(text: string, from: number, to: number): boolean {
  if (to - from > 10_000) return false;
  const line = text.slice(from, to).trim();
  return line.includes('-') && /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/.test(line);
}
