// Escaping plain text into reStructuredText so that it reads as the same characters and never as
// markup: backslashes before inline markup characters where they could start or end markup, and
// before whatever would make the line start a list, a directive, a field or a title adornment.

const WORD = /[\p{L}\p{N}]/u;
const ALWAYS = new Set(['\\', '*', '`', '|']);

/** One character of plain text, knowing its neighbours. */
export function escapeChar(prev: string, c: string, next: string): string {
  if (ALWAYS.has(c)) return `\\${c}`;
  // `name_` is a reference and `_` before a backquote a target: only a `_` between two word
  // characters is always plain.
  if (c === '_' && !(WORD.test(prev) && WORD.test(next))) return '\\_';
  return c;
}

export function escapeInline(text: string): string {
  const chars = Array.from(text);
  return chars.map((c, i) => escapeChar(chars[i - 1] ?? '', c, chars[i + 1] ?? '')).join('');
}

const ENUMERATOR = /^(\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)([.)])(?= |$)/;
const PAREN_ENUMERATOR = /^\((\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)\)(?= |$)/;
// What opens a list, directive, target, field, line block, doctest or enumeration at a line start;
// a line of punctuation alone (with spaces) could be an adornment, a transition or a table border.
const OPENS = /^(?:[-+*\u2022\u2023\u2043](?: |$)|\.\.(?: |$)|__(?: |$)|:|\|(?: |$)|>>>|#[.)](?: |$))/;
const ALL_PUNCTUATION = /^[!-/:-@[-`{-~]+(?: +[!-/:-@[-`{-~]+)*$/;

/** Guards the start and end of an already escaped line. */
export function guardLine(line: string): string {
  let out = line;
  if (!out.startsWith('\\') && (OPENS.test(out) || ALL_PUNCTUATION.test(out))) {
    out = `\\${out}`;
  } else if (PAREN_ENUMERATOR.test(out)) out = `\\${out}`;
  else out = out.replace(ENUMERATOR, (_all, n: string, p: string) => `${n}\\${p}`);
  return guardEnd(out);
}

/** A text ending in `::` would announce a literal block. */
export function guardEnd(text: string): string {
  return text.endsWith('::') ? `${text.slice(0, -1)}\\:` : text;
}

/** Plain text as one line of a paragraph, a title or a list item. */
export function escapeLine(text: string): string {
  return guardLine(escapeInline(text));
}

/** The reverse of the escaping above: a backslash keeps the next character as it is. */
export function unescapeRst(text: string): string {
  return text.replace(/\\(.)/gsu, '$1');
}

/** Link text inside `` `text <url>`__ ``: backslash-escape what would end it or start the URL. */
export function escapeLinkText(text: string): string {
  return text.replace(/[\\`<>]/g, (c) => `\\${c}`);
}

/** A URL that can stand inside `<…>` of a hyperlink reference as written. */
export function isLinkUrl(url: string): boolean {
  return /^[^\s<>`\\]+$/.test(url) && !url.endsWith('_');
}

/** Display width of a title: East Asian wide and fullwidth characters take two columns. */
export function titleWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x1f000;
    width += wide ? 2 : 1;
  }
  return width;
}
