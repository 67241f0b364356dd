// People lists as roadmap documents write them: `Mark Bergsma and Faidon Liambotis`,
// `Asumu Takikawa, Ms2ger & Guy Bedford`, `@tmandry, @nikomatsakis`, `@a @b`,
// `Lance Bragstad <lbragstad@redhat.com> (lbragstad)`. A Person is the name or handle as written,
// so `@` stays on handles; e-mail addresses in angle brackets and parenthesised remarks go.

const NOBODY =
  /^(?:tbd|tba|tbc|tbd\.|\?+|n\/?a|none|nobody|no one|unassigned|unknown|vacant|open|-+|–|—|xxx|todo)$/i;
const WRAPPING = new Set([...'*_~`"“”\'‘’']);
const CLOSING: Record<string, string> = { '(': ')', '<': '>', '[': ']', '{': '}' };

/** The people a list names, in order, without duplicates; `TBD`, `?`, `n/a`, `None` name nobody. */
export function splitPeople(text: string): string[] {
  const people = new Set<string>();
  for (const piece of splitTopLevel(text)) {
    for (const person of cleanPiece(piece)) people.add(person);
  }
  return [...people];
}

/** Splits at `,` `;` `&` `|`, line breaks, `<br />` and the word `and`, outside brackets. */
function splitTopLevel(text: string): string[] {
  const pieces: string[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    const br = c === '<' && stack.length === 0 ? lineBreakEnd(text, i) : -1;
    if (br > 0) {
      pieces.push(text.slice(start, i));
      start = br;
      i = br - 1;
      continue;
    }
    const close = CLOSING[c];
    if (close !== undefined) {
      stack.push(close);
      continue;
    }
    if (c === stack.at(-1)) {
      stack.pop();
      continue;
    }
    if (stack.length > 0) continue;
    if (',;&|\n'.includes(c)) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    } else if (c === 'a' && isAndAt(text, i)) {
      pieces.push(text.slice(start, i));
      start = i + 3;
      i += 2;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** The index after `<br>`, `<br/>` or `<br />` at `i`, or -1. */
function lineBreakEnd(text: string, i: number): number {
  if (text.slice(i + 1, i + 3).toLowerCase() !== 'br') return -1;
  let j = i + 3;
  while (text.charAt(j) === ' ') j += 1;
  if (text.charAt(j) === '/') j += 1;
  return text.charAt(j) === '>' ? j + 1 : -1;
}

function isAndAt(text: string, i: number): boolean {
  if (!text.startsWith('and', i)) return false;
  const before = text.charAt(i - 1);
  const after = text.charAt(i + 3);
  return (i === 0 || /\s/.test(before)) && (after === '' || /\s/.test(after));
}

function cleanPiece(raw: string): string[] {
  let piece = unwrap(raw.trim());
  // `Name <mail>`, `Name (team)`: the name; `(masak)`, `<mail>` alone: what is inside.
  const cut = firstBracket(piece);
  if (cut > 0) piece = unwrap(piece.slice(0, cut).trim());
  else if (cut === 0) {
    const close = CLOSING[piece.charAt(0)] ?? '';
    const end = piece.indexOf(close);
    piece = unwrap((end > 0 ? piece.slice(1, end) : piece.slice(1)).trim());
  }
  piece = trimEnd(piece, '.:');
  if (piece === '' || NOBODY.test(piece)) return [];
  const words = piece.split(/\s+/);
  if (words.length > 1 && words.every((word) => word.startsWith('@') && word.length > 1)) return words;
  return [piece];
}

function firstBracket(piece: string): number {
  const paren = piece.indexOf('(');
  const angle = piece.indexOf('<');
  if (paren < 0) return angle;
  if (angle < 0) return paren;
  return Math.min(paren, angle);
}

function trimEnd(piece: string, chars: string): string {
  let end = piece.length;
  while (end > 0 && chars.includes(piece.charAt(end - 1))) end -= 1;
  return piece.slice(0, end).trimEnd();
}

/** Strips emphasis and quote marks that wrap the whole piece (`*ardumont*`, `"A. N. Other"`). */
function unwrap(piece: string): string {
  let start = 0;
  let end = piece.length;
  while (start < end && WRAPPING.has(piece.charAt(start))) start += 1;
  while (end > start && WRAPPING.has(piece.charAt(end - 1))) end -= 1;
  return piece.slice(start, end).trim();
}
