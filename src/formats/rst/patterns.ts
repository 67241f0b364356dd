// The line patterns that start body elements, in docutils' order of precedence.
import { adornmentChar } from './source.ts';

export const BULLET = /^([-*+\u2022\u2023\u2043])(?: +|$)/;
/** A bullet that starts a list even without a blank line before it (lenient; see paragraph.ts). */
export const LENIENT_BULLET = /^[-*+\u2022] +\S/;
export const ENUMERATOR =
  /^(?:\(([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|#)\)|([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|#)([.)]))(?: +|$)/;
export const FIELD = /^:(?![: ])((?:[^:\\]|\\.|:(?![ `]|$))*)(?<! ):(?: +|$)/;
export const OPTION = /^:([\w-]+):(?: +(.*)|$)/;
export const DOCTEST = /^>>>( |$)/;
export const LINE_BLOCK = /^\|(?: +|$)/;
export const GRID_TOP = /^\+(?:-+\+)+$/;
export const GRID_BORDER = /^\+(?:[-=]+\+)+$/;
export const SIMPLE_TOP = /^=+(?: +=+)+$/;
export const SIMPLE_BORDER = /^=+(?: +=+)*$/;
export const EXPLICIT = /^\.\.(?: |$)/;
export const ANONYMOUS = /^__(?: +(.*)|$)/;

export interface Enumerator {
  /** `.`, `)` or `()`. */
  style: string;
  kind: 'arabic' | 'auto' | 'alpha' | 'roman';
  length: number;
}

export function enumerator(text: string): Enumerator | undefined {
  const m = ENUMERATOR.exec(text);
  if (!m) return undefined;
  const value = m[1] ?? m[2] ?? '';
  const style = m[1] !== undefined ? '()' : (m[3] ?? '.');
  const kind = /^[0-9]+$/.test(value)
    ? 'arabic'
    : value === '#'
      ? 'auto'
      : value.length === 1 && !/^[ivxIVX]$/.test(value)
        ? 'alpha'
        : 'roman';
  // A roman numeral of many letters must be well formed (so `mix.` is not a list).
  if (
    kind === 'roman' &&
    value.length > 1 &&
    !/^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/i.test(value)
  ) {
    return undefined;
  }
  return { style, kind, length: m[0].length };
}

/** Two enumerators belong to one list when they look alike (docutils also checks the sequence). */
export function sameList(a: Enumerator, b: Enumerator): boolean {
  if (a.style !== b.style) return false;
  if (a.kind === b.kind) return true;
  const letters = (e: Enumerator) => e.kind === 'alpha' || e.kind === 'roman';
  return (letters(a) && letters(b)) || a.kind === 'auto' || b.kind === 'auto';
}

/** Whether a line (at the region's base indentation) starts some element other than text. */
export function startsConstruct(text: string): boolean {
  return (
    BULLET.test(text) ||
    ENUMERATOR.test(text) ||
    FIELD.test(text) ||
    DOCTEST.test(text) ||
    LINE_BLOCK.test(text) ||
    GRID_TOP.test(text) ||
    SIMPLE_TOP.test(text) ||
    EXPLICIT.test(text) ||
    ANONYMOUS.test(text) ||
    (adornmentChar(text) !== undefined && text.length >= 4)
  );
}

/** Whether `line` can underline `title`: docutils accepts a short one if it is 4 or more long. */
export function isUnderline(title: string, line: string): boolean {
  if (adornmentChar(line) === undefined) return false;
  return line.length >= title.length || line.length >= 4;
}
