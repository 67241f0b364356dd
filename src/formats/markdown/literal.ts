// GFM literal `http://` and `https://` autolinks read while tokenizing, as micromark reads them
// (before emphasis, so `https://x.org/a_b_c` stays whole; a domain needs no dot; the link ends
// at whitespace, `<`, or a run of trailing punctuation). Found at the `:`, looking back at the
// pending text for the scheme. Other literal autolinks are found afterwards (autolink.ts).
import type { StateInline } from 'markdown-it';

const SCHEME = /(?:^|[^A-Za-z])(https?)$/i;
const SPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Characters a trail (trailing punctuation not part of the link) may hold. */
const TRAIL = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);
/** Characters in a path that may start a trail. */
const PATH_PUNCTUATION = new Set([33, 34, 38, 39, 41, 42, 44, 46, 58, 59, 60, 63, 93, 95, 126]);

const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export function protocolAutolink(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (silent || state.linkLevel > 0 || src.charCodeAt(pos) !== 0x3a) return false;
  if (src.charCodeAt(pos + 1) !== 0x2f || src.charCodeAt(pos + 2) !== 0x2f) return false;
  const scheme = SCHEME.exec(state.pending)?.[1];
  if (!scheme) return false;
  const max = state.posMax;
  const first = src.charAt(pos + 3);
  if (pos + 3 >= max || first.charCodeAt(0) < 32 || SPACE.test(first) || PUNCTUATION.test(first))
    return false;
  const domainEnd = domain(src, pos + 3, max);
  if (domainEnd < 0) return false;
  const end = path(src, domainEnd, max);
  const url = scheme + src.slice(pos, end);
  state.pending = state.pending.slice(0, -scheme.length);
  const open = state.push('link_open', 'a', 1);
  open.attrs = [['href', url]];
  open.markup = 'linkify';
  const text = state.push('text', '', 0);
  text.content = url;
  state.push('link_close', 'a', -1).markup = 'linkify';
  state.pos = end;
  return true;
}

/** The end of a `www.` literal autolink starting at `start` as micromark reads it, or -1. */
export function wwwLiteralEnd(src: string, start: number): number {
  const before = start > 0 ? src.charCodeAt(start - 1) : -1;
  if (!(isSpace(before) || [40, 42, 91, 93, 95, 126].includes(before))) return -1;
  if (!/^www\./i.test(src.slice(start, start + 4)) || start + 4 >= src.length) return -1;
  const end = domain(src, start, src.length);
  return end < 0 ? -1 : path(src, end, src.length);
}

const code = (src: string, i: number, max: number): number => (i < max ? src.charCodeAt(i) : -1);
const isSpace = (c: number): boolean => c === -1 || SPACE.test(String.fromCharCode(c));
const isPunctuation = (c: number): boolean => c !== -1 && PUNCTUATION.test(String.fromCharCode(c));

/** Whether what starts at `i` is trailing punctuation up to the end of the link. */
function trailEnds(src: string, i: number, max: number): boolean {
  while (true) {
    const c = code(src, i, max);
    if (TRAIL.has(c)) i++;
    else if (c === 38) {
      i++;
      if (!isAlpha(code(src, i, max))) return false;
      while (isAlpha(code(src, i, max))) i++;
      if (code(src, i, max) !== 59) return false;
      i++;
    } else if (c === 93) {
      i++;
      const next = code(src, i, max);
      if (next === 40 || next === 91 || isSpace(next)) return true;
    } else return c === 60 || isSpace(c);
  }
}

function domain(src: string, i: number, max: number): number {
  let seen = false;
  let underscoreLast = false;
  let underscoreLastLast = false;
  while (true) {
    const c = code(src, i, max);
    if (c === 46 || c === 95) {
      if (trailEnds(src, i, max)) break;
      if (c === 95) underscoreLast = true;
      else {
        underscoreLastLast = underscoreLast;
        underscoreLast = false;
      }
      i++;
      continue;
    }
    if (isSpace(c) || (c !== 45 && isPunctuation(c))) break;
    seen = true;
    i++;
  }
  return underscoreLast || underscoreLastLast || !seen ? -1 : i;
}

function path(src: string, i: number, max: number): number {
  let open = 0;
  let close = 0;
  while (true) {
    const c = code(src, i, max);
    if (c === 40) open++;
    else if (c === 41 && close < open) close++;
    else if (PATH_PUNCTUATION.has(c)) {
      if (trailEnds(src, i, max)) return i;
      if (c === 41) close++;
    } else if (isSpace(c)) return i;
    i++;
  }
}
