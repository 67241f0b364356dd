// Source text helpers shared by the parsers: newline normalisation that keeps line and column
// numbers, offset-to-position lookup, HTML entity decoding, linear-time trimming, indentation.
import type { Position, Warning } from './types.ts';

/**
 * CRLF and CR become LF; NUL and DEL (which parsers use as internal markers) become U+FFFD.
 * Lines and columns stay those of the input.
 */
export function normaliseSource(text: string): { text: string; controls: number } {
  let controls = -1;
  const normal = text.replace(/\r\n?/g, '\n').replace(/[\0\x7F]/g, (_m, index: number) => {
    if (controls < 0) controls = index;
    return '\uFFFD';
  });
  return { text: normal, controls };
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of a 0-based offset. */
  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

export function warningAt(pos: Position, message: string): Warning {
  return { line: pos.line, column: pos.column, message };
}

const NAMED = new Map<string, string>(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    ndash: '\u2013',
    mdash: '\u2014',
    hellip: '\u2026',
    lsquo: '\u2018',
    rsquo: '\u2019',
    ldquo: '\u201c',
    rdquo: '\u201d',
    laquo: '\u00ab',
    raquo: '\u00bb',
    middot: '\u00b7',
    bull: '\u2022',
    copy: '\u00a9',
    reg: '\u00ae',
    trade: '\u2122',
    times: '\u00d7',
    rarr: '\u2192',
    larr: '\u2190',
    harr: '\u2194',
    check: '\u2713',
    cross: '\u2717',
    thinsp: '\u2009',
    ensp: '\u2002',
    emsp: '\u2003',
    shy: '',
    zwj: '',
    zwnj: '',
  }),
);

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED.get(body) ?? NAMED.get(body.toLowerCase()) ?? whole;
  });
}

/** Block text without leading blank lines and trailing whitespace (no regex backtracking). */
export function trimBlock(text: string): string {
  let start = 0;
  while (text[start] === '\n') start++;
  return text.slice(start).trimEnd();
}

/** Removes the given characters from both ends (or only the end) of a text, in linear time. */
export function stripChars(text: string, chars: string, ends: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  if (ends === 'both') while (start < end && chars.includes(text[start] as string)) start++;
  while (end > start && chars.includes(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

/** A bare URL without the sentence punctuation after it (a closing parenthesis only if unopened). */
export function trimUrl(url: string): string {
  return stripChars(url, url.includes('(') ? '.,;:!?' : '.,;:!?)', 'end');
}

/** Leading whitespace width (a tab counts as one column, as Org and Asciidoctor column numbers do). */
export function indentOf(line: string): number {
  const m = /^[ \t]*/.exec(line);
  return m ? m[0].length : 0;
}
