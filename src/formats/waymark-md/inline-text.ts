// Plain text inside a line of Waymark Markdown (titles, field keys and values, list elements):
// written so that any Markdown renderer shows exactly the text and no markup, and read back to
// the identical string. Only CommonMark's own escapes are used (a backslash before ASCII
// punctuation, numeric character references), so GitHub shows the text literally too.
import { engine } from '../markdown/engine.ts';

export interface TextContext {
  /** The text opens a Markdown line (a heading or list item's content): guard block syntax. */
  lineStart?: boolean;
  /** Separators of the value being written: `,` in lists, `:` in field keys, `()` in annotations. */
  escape?: string;
  /** The text may be followed by an annotation: a final `)` must not read as its end. */
  beforeAnnotation?: boolean;
}

// Characters written as references wherever they stand: line breaks, controls, invisible marks
// that editors and YAML treat as line ends, and lone surrogates (UTF-8 cannot hold them).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be found.
const ALWAYS_REFERENCED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '[', ']', '<', '{', '~', '$']);
const WORD = /[\p{L}\p{N}]/u;
const ENTITY_LIKE = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

const reference = (code: number) => `&#${code};`;

/** Writes `text` so that it reads back as itself and renders as itself. */
export function encodeText(text: string, context: TextContext = {}): string {
  let out = '';
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[i + 1];
        i++;
      } else {
        out += reference(code);
      }
      continue;
    }
    // Markdown trims a line's content, so whitespace at either end must not be bare.
    if (ALWAYS_REFERENCED.test(ch) || ((i === 0 || i === last) && /\s/.test(ch))) {
      out += reference(code);
      continue;
    }
    if (ALWAYS_ESCAPED.has(ch) || context.escape?.includes(ch)) {
      out += `\\${ch}`;
    } else if (ch === '_') {
      // Intra-word underscores never make emphasis; escaping them would only add noise.
      out += WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '') ? ch : '\\_';
    } else if (ch === '&') {
      out += ENTITY_LIKE.test(text.slice(i, i + 40)) ? '\\&' : ch;
    } else if (i === last && (ch === '#' || (ch === ')' && context.beforeAnnotation))) {
      // A final `#` would be taken for a heading's closing sequence.
      out += `\\${ch}`;
    } else {
      out += ch;
    }
  }
  return context.lineStart ? guardLineStart(out) : out;
}

/** Keeps a line's content from opening a block: heading, quote, list item, setext underline. */
function guardLineStart(encoded: string): string {
  if (/^[#>+=-]/.test(encoded)) return `\\${encoded}`;
  const ordered = /^(\d{1,9})([.)])/.exec(encoded);
  if (ordered) return `${ordered[1]}\\${encoded.slice(ordered[1]?.length ?? 0)}`;
  return encoded;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Reads text written by encodeText, or by hand: CommonMark escapes and references are decoded. */
export function decodeText(raw: string): string {
  // A hand-wrapped line is one line of text.
  const source = raw.includes('\n') ? raw.replace(/[ \t]*\n[ \t]*/g, ' ') : raw;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\' && ASCII_PUNCTUATION.test(source[i + 1] ?? '')) {
      out += source[i + 1];
      i++;
    } else if (ch === '&') {
      const match = ENTITY_LIKE.exec(source.slice(i, i + 40));
      const decoded = match ? decodeReference(match[0], match[1] as string) : undefined;
      if (match && decoded !== undefined) {
        out += decoded;
        i += match[0].length - 1;
      } else {
        out += ch;
      }
    } else {
      out += ch;
    }
  }
  return out;
}

function decodeReference(whole: string, body: string): string | undefined {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    // Lone surrogates and NUL are kept as written: Waymark writes them only to carry them.
    if (code <= 0xffff) return String.fromCharCode(code);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  }
  const named = engine.utils.unescapeAll(whole);
  return named === whole ? undefined : named;
}

/** Whether the character at `at` is backslash-escaped (an odd run of backslashes before it). */
export function isEscaped(raw: string, at: number): boolean {
  let count = 0;
  for (let i = at - 1; i >= 0 && raw[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** Index of the first unescaped `ch` in `raw` from `from`, or -1. */
export function findUnescaped(raw: string, ch: string, from = 0): number {
  for (let i = raw.indexOf(ch, from); i >= 0; i = raw.indexOf(ch, i + 1)) {
    if (!isEscaped(raw, i)) return i;
  }
  return -1;
}

/** Splits raw text on unescaped `separator`, trimming the pieces; an empty text has no pieces. */
export function splitUnescaped(raw: string, separator: string): string[] {
  if (raw.trim() === '') return [];
  const pieces: string[] = [];
  let start = 0;
  for (let at = findUnescaped(raw, separator); at >= 0; at = findUnescaped(raw, separator, at + 1)) {
    pieces.push(raw.slice(start, at).trim());
    start = at + 1;
  }
  pieces.push(raw.slice(start).trim());
  return pieces;
}

export interface Annotated {
  /** Raw text before the annotation. */
  main: string;
  /** Raw text inside the final parentheses, when the value ends with an annotation. */
  annotation?: string;
}

/** Splits `main (annotation)`: the annotation is the final balanced, unescaped parenthesis group. */
export function splitAnnotation(raw: string): Annotated {
  const text = raw.trim();
  if (!text.endsWith(')') || isEscaped(text, text.length - 1)) return { main: text };
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if ((ch !== '(' && ch !== ')') || isEscaped(text, i)) continue;
    depth += ch === ')' ? 1 : -1;
    if (depth === 0) {
      if (i > 0 && text[i - 1] !== ' ') return { main: text };
      return { main: text.slice(0, i).trimEnd(), annotation: text.slice(i + 1, -1) };
    }
  }
  return { main: text };
}

/** `main (annotation)`, both already encoded; either may be empty. */
export function joinAnnotation(main: string, annotation: string | undefined): string {
  if (annotation === undefined) return main;
  return main === '' ? `(${annotation})` : `${main} (${annotation})`;
}

export function encodeAnnotation(text: string): string {
  return encodeText(text, { escape: '()' });
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number is written as JavaScript prints it; raw text of that shape reads back as a number. */
export function isNumberText(raw: string): boolean {
  return NUMBER.test(raw);
}

/** A text that would read as a number has its first character written as a reference. */
export function encodeTextValue(text: string, context: TextContext = {}): string {
  if (!NUMBER.test(text)) return encodeText(text, context);
  return reference(text.charCodeAt(0)) + encodeText(text.slice(1), context);
}
