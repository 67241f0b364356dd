// Inline markup of reStructuredText to plain text, Markdown and links, in one left-to-right scan
// following docutils' recognition rules (see inline-scanner.ts).

import { collapse } from '../outline/inline.ts';
import { codeSpan, escapeMarkdown } from '../outline/markdown-text.ts';
import type { Inline } from '../outline/types.ts';
import { renderReference, renderSubstitution, scanUrl } from './inline-parts.ts';
import { type InlineEnv, Scanner, START_PREV, WORD } from './inline-scanner.ts';
import { unescapeRst } from './refs.ts';
import { renderInterpreted } from './roles.ts';

export type { InlineEnv, RawText } from './inline-scanner.ts';

const URL_SCHEME = /(?:https?|ftp|sftp|file|mailto|git|ssh|svn|irc|news|telnet):(?=[^\s])/iy;
const ROLE_PREFIX = /:([A-Za-z0-9]+(?:[-_.+:][A-Za-z0-9]+)*):`/y;
const FOOTNOTE_REF = /\[([0-9]+|#[\p{L}\p{N}_.-]*|\*|[\p{L}\p{N}][\p{L}\p{N}_.-]*)\]__?/uy;

export function renderInline(source: string, env: InlineEnv): Inline {
  const sc = new Scanner(source, env);
  while (sc.i < source.length) {
    if (!markupAt(sc, source[sc.i] ?? '')) sc.i++;
  }
  sc.flush(source.length);
  return sc.out.build();
}

/** Tries the markup that can start with `ch`; false when there is none here. */
function markupAt(sc: Scanner, ch: string): boolean {
  switch (ch) {
    case '\\':
      return backslash(sc);
    case '`':
      return backquote(sc, sc.i, undefined);
    case '*':
      return star(sc);
    case '|':
      return substitution(sc);
    case ':':
      return rolePrefix(sc);
    case '[':
      return footnote(sc);
    case '_':
      return sc.s[sc.i + 1] === '`' && inlineTarget(sc);
    default:
      return WORD.test(ch) && !WORD.test(sc.s[sc.i - 1] ?? '') && word(sc);
  }
}

function backslash(sc: Scanner): boolean {
  const next = sc.s[sc.i + 1];
  sc.flush(sc.i);
  if (next === undefined) {
    sc.plainFrom = sc.i + 1;
    sc.i += 1;
    return true;
  }
  // An escaped white space is removed; any other escaped character stands for itself.
  if (!/\s/.test(next)) sc.out.plain(next);
  sc.plainFrom = sc.i + 2;
  sc.i += 2;
  return true;
}

function backquote(sc: Scanner, start: number, role: string | undefined): boolean {
  const s = sc.s;
  const at = start;
  const tick = role === undefined ? start : start + role.length + 2;
  if (role === undefined && s.startsWith('``', tick)) {
    if (!sc.validStart(tick, 2)) return false;
    const e = sc.findEnd('``', tick + 2, true);
    if (e < 0) {
      sc.unterminated('literal');
      sc.i = tick + 2;
      return true;
    }
    const code = s.slice(tick + 2, e);
    sc.take(at, e + 2);
    sc.out.markup(code, codeSpan(collapse(code)));
    return true;
  }
  if (!sc.validStart(tick, 1)) return false;
  const e = sc.findEnd('`', tick + 1, false, role === undefined ? 'role' : 'none');
  if (e < 0) {
    sc.unterminated('interpreted text or phrase reference');
    sc.i = tick + 1;
    return true;
  }
  const content = s.slice(tick + 1, e);
  let end = e + 1;
  let suffix = '';
  if (role === undefined) {
    end = sc.suffixEnd(e + 1, 'role');
    suffix = s.slice(e + 1, end);
  }
  sc.take(at, end);
  interpreted(sc, content, role, suffix, at);
  return true;
}

function interpreted(
  sc: Scanner,
  content: string,
  role: string | undefined,
  suffix: string,
  at: number,
): void {
  if (suffix === '_' || suffix === '__') {
    renderReference(sc.out, sc.env, content, suffix === '__', at);
    return;
  }
  const suffixRole = suffix.startsWith(':') ? suffix.slice(1, -1) : undefined;
  renderInterpreted(sc.out, role ?? suffixRole, content);
}

function star(sc: Scanner): boolean {
  const strong = sc.s.startsWith('**', sc.i);
  const length = strong ? 2 : 1;
  if (!sc.validStart(sc.i, length)) return false;
  const e = sc.findEnd(strong ? '**' : '*', sc.i + length, false);
  if (e < 0) {
    sc.unterminated(strong ? 'strong' : 'emphasis');
    sc.i += length;
    return true;
  }
  const text = unescapeRst(sc.s.slice(sc.i + length, e));
  sc.take(sc.i, e + length);
  const fence = strong ? '**' : '*';
  sc.out.markup(text, `${fence}${escapeMarkdown(text.trim())}${fence}`);
  // A bold "(done)" or "[WIP]" is how a document marks status in the markup itself.
  if (strong && /^\s*[([][^()[\]]+[)\]]\s*$/.test(text)) {
    sc.out.marks.push({ source: 'marker', text: text.trim() });
  }
  return true;
}

function substitution(sc: Scanner): boolean {
  if (!sc.validStart(sc.i, 1)) return false;
  const e = sc.findEnd('|', sc.i + 1, false, 'reference');
  if (e < 0) return false;
  const end = sc.suffixEnd(e + 1, 'reference');
  const name = sc.s.slice(sc.i + 1, e);
  const at = sc.i;
  sc.take(at, end);
  renderSubstitution(sc.out, sc.env, name, at, end - e > 1, renderInline);
  return true;
}

function rolePrefix(sc: Scanner): boolean {
  if (!sc.validStart(sc.i, 1)) return false;
  ROLE_PREFIX.lastIndex = sc.i;
  const m = ROLE_PREFIX.exec(sc.s);
  if (!m) return false;
  const role = m[1] ?? '';
  const start = sc.i;
  sc.i = start + role.length + 2;
  const done = backquote(sc, start, role);
  if (!done) sc.i = start + 1;
  return true;
}

function footnote(sc: Scanner): boolean {
  if (!sc.validStart(sc.i, 1)) return false;
  FOOTNOTE_REF.lastIndex = sc.i;
  const m = FOOTNOTE_REF.exec(sc.s);
  if (!m || !sc.endBoundary(sc.i + m[0].length)) return false;
  const label = m[1] ?? '';
  sc.take(sc.i, sc.i + m[0].length);
  sc.out.plain(`[${label}]`);
  return true;
}

function inlineTarget(sc: Scanner): boolean {
  if (!sc.validStart(sc.i, 2)) return false;
  const e = sc.findEnd('`', sc.i + 2, false);
  if (e < 0) return false;
  const text = unescapeRst(sc.s.slice(sc.i + 2, e));
  sc.take(sc.i, e + 1);
  sc.out.plain(text);
  return true;
}

/** At the start of a word: a standalone URL or a simple reference `name_`. */
function word(sc: Scanner): boolean {
  const s = sc.s;
  URL_SCHEME.lastIndex = sc.i;
  if (URL_SCHEME.test(s) && url(sc)) return true;
  // The longest run of words joined by single internal punctuation, docutils' simple name.
  const j = nameEnd(s, sc.i, '-._+:');
  if (s[j] === '@' && email(sc, j)) return true;
  if (s[j] === '_') {
    const anonymous = s[j + 1] === '_';
    const end = j + (anonymous ? 2 : 1);
    if (sc.endBoundary(end) && (sc.i === 0 || START_PREV.test(s[sc.i - 1] ?? ''))) {
      const name = s.slice(sc.i, j);
      const at = sc.i;
      sc.take(at, end);
      renderReference(sc.out, sc.env, name, anonymous, at);
      return true;
    }
  }
  // No suffix of this run can be a reference either: skip it whole (keeps the scan linear).
  sc.i = Math.max(j, sc.i + 1);
  return true;
}

function nameEnd(s: string, from: number, separators: string): number {
  let j = from;
  for (;;) {
    while (j < s.length && WORD.test(s[j] ?? '')) j++;
    const sep = s[j];
    if (sep !== undefined && separators.includes(sep) && WORD.test(s[j + 1] ?? '')) j++;
    else return j;
  }
}

/** A standalone e-mail address (`name@example.org`) links to mailto:, as in docutils. */
function email(sc: Scanner, at: number): boolean {
  const s = sc.s;
  if (!WORD.test(s[at + 1] ?? '')) return false;
  const end = nameEnd(s, at + 1, '.-');
  const address = s.slice(sc.i, end);
  if (!/@[^.]+\.[^.]+/.test(address) || !sc.endBoundary(end) || address.includes(':')) return false;
  sc.take(sc.i, end);
  sc.out.markup(address, `<${address}>`);
  sc.out.links.push({ url: `mailto:${address}` });
  return true;
}

function url(sc: Scanner): boolean {
  const found = scanUrl(sc.s, sc.i);
  if (!found) return false;
  const at = sc.i;
  sc.take(at, at + found.length);
  sc.out.markup(found.url, `<${found.url.replace(/[<> ]/g, encodeURIComponent)}>`);
  sc.out.links.push({ url: found.url });
  return true;
}

const PLAIN_ENV: InlineEnv = {
  targets: new Map(),
  anonymous: [],
  anon: { next: 0 },
  substitutions: new Map(),
  warn: () => {},
  depth: 0,
};

/** The plain text of inline markup, for keys and names (no references resolved). */
export function plainText(raw: string): string {
  return renderInline(raw, PLAIN_ENV).text;
}
