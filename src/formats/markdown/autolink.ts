// GFM literal autolinks (`https://…`, `www.…`, e-mail addresses, `mailto:`, `xmpp:`) in text
// outside links, found as mdast-util-gfm-autolink-literal finds them: each pattern in turn over
// the text nodes the previous ones left, a trailing punctuation run left out of the link.
import { wwwLiteralEnd } from './literal.ts';
import type { MdInline } from './tree.ts';

type Piece = MdInline;
type Find = (match: RegExpExecArray) => Piece[] | false;

const PUNCTUATION_OR_SPACE = /[\s\p{P}\p{S}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

const PATTERNS: Array<[RegExp, Find]> = [
  [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl],
  [/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g, findXmpp],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
  [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findEmail],
];

/** A cheap test: no text can hold an autolink without one of these. */
const MAYBE = /[:@.]/;

export function linkLiterals(nodes: MdInline[]): MdInline[] {
  let changed = false;
  const out: MdInline[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && MAYBE.test(node.value)) {
      const pieces = splitText(node.value);
      if (pieces.length !== 1 || pieces[0] !== node) changed = true;
      for (const piece of pieces) out.push(piece);
      continue;
    }
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete')
      node.children = linkLiterals(node.children);
    out.push(node);
  }
  return changed ? out : nodes;
}

function splitText(value: string): Piece[] {
  let pieces: Piece[] = [{ type: 'text', value }];
  for (const [pattern, find] of PATTERNS) {
    const next: Piece[] = [];
    for (const piece of pieces) {
      if (piece.type === 'text') replace(piece.value, pattern, find, next);
      else next.push(piece);
    }
    pieces = next;
  }
  return pieces;
}

function replace(value: string, pattern: RegExp, find: Find, out: Piece[]): void {
  pattern.lastIndex = 0;
  let start = 0;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const index = match.index;
    const found = find(match);
    if (found === false) {
      pattern.lastIndex = index + 1;
      continue;
    }
    if (start !== index) out.push({ type: 'text', value: value.slice(start, index) });
    for (const piece of found) out.push(piece);
    start = index + match[0].length;
    pattern.lastIndex = start;
  }
  if (start === 0) out.push({ type: 'text', value });
  else if (start < value.length) out.push({ type: 'text', value: value.slice(start) });
}

const link = (url: string, text: string): Piece => ({
  type: 'link',
  url,
  children: [{ type: 'text', value: text }],
});

function findUrl(match: RegExpExecArray): Piece[] | false {
  let protocol = match[1] ?? '';
  let domain = match[2] ?? '';
  const path = match[3] ?? '';
  const before = match.input.charAt(match.index - 1);
  if (match.index > 0 && !PUNCTUATION_OR_SPACE.test(before)) return false;
  let prefix = '';
  const wwwEnd = /^w/i.test(protocol) ? wwwLiteralEnd(match.input, match.index) : -1;
  if (wwwEnd > match.index) {
    // As the tokenizer reads it: up to whitespace, `<` or trailing punctuation; the rest is
    // scanned again.
    const literal = match.input.slice(match.index, wwwEnd);
    match[0] = literal;
    return [link(`http://${literal}`, literal)];
  }
  if (/^w/i.test(protocol)) {
    domain = protocol + domain;
    protocol = '';
    prefix = 'http://';
  }
  if (PUNCTUATION.test(domain.charAt(0)) || !isCorrectDomain(domain)) return false;
  const [url, trail] = splitUrl(domain + path);
  const result = link(prefix + protocol + url, protocol + url);
  return trail ? [result, { type: 'text', value: trail }] : [result];
}

function findEmail(match: RegExpExecArray): Piece[] | false {
  const [, atext, label] = match;
  if (/[\d\-_]$/.test(label ?? '')) return false;
  return [link(`mailto:${atext}@${label}`, `${atext}@${label}`)];
}

function findMailto(match: RegExpExecArray): Piece[] | false {
  const [, atext, label] = match;
  if (/[\d\-_]$/.test(label ?? '')) return false;
  const value = `mailto:${atext}@${label}`;
  return [link(value, value)];
}

function findXmpp(match: RegExpExecArray): Piece[] | false {
  const [all, atext, label, resource] = match;
  if (
    /[\d\-_]$/.test(label ?? '') ||
    (resource &&
      (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + (all ?? '').length) === '@'))
  )
    return false;
  const value = `xmpp:${atext}@${label}${resource ?? ''}`;
  return [link(value, value)];
}

function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.');
  const bad = (part: string | undefined): boolean =>
    part !== undefined && part !== '' && (/_/.test(part) || !/[\dA-Za-z]/.test(part));
  return parts.length >= 2 && !bad(parts[parts.length - 1]) && !bad(parts[parts.length - 2]);
}

const TRAILING = new Set([33, 34, 38, 39, 41, 44, 46, 58, 59, 60, 62, 63, 93, 125]);

function splitUrl(whole: string): [string, string | undefined] {
  let index = whole.length;
  while (index > 0 && TRAILING.has(whole.charCodeAt(index - 1))) index--;
  if (index === whole.length) return [whole, undefined];
  let trail = whole.slice(index);
  let url = whole.slice(0, index);
  let closing = trail.indexOf(')');
  const opening = count(url, '(');
  let closed = count(url, ')');
  while (closing !== -1 && opening > closed) {
    url += trail.slice(0, closing + 1);
    trail = trail.slice(closing + 1);
    closing = trail.indexOf(')');
    closed++;
  }
  return [url, trail];
}

function count(value: string, ch: string): number {
  let n = 0;
  for (let i = value.indexOf(ch); i !== -1; i = value.indexOf(ch, i + 1)) n++;
  return n;
}
