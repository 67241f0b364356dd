// The document as lines, and regions of it: the unit every block construct is parsed in.
// A region is a run of lines with a base indentation that counts as column 0, like the indented
// blocks docutils hands to a nested state machine, but without copying or re-indenting lines:
// nested bodies share the line arrays and only remember where they start and how far they are
// indented. The first line of a region may be virtual (the text after a list or field marker).

/** Lines of the input, tabs expanded to every 8th column, trailing white space removed. */
export interface Source {
  /** Full line text (indentation included). */
  line: string[];
  /** Count of leading spaces. */
  indent: number[];
  /** Line text without its indentation; '' for a blank line. */
  content: string[];
}

/** The text after a marker that stands in for the first line of a region. */
export interface FirstLine {
  text: string;
  /** 0-based column of `text` in the source line. */
  col: number;
}

export interface Region {
  start: number;
  /** Exclusive. */
  end: number;
  /** Absolute indentation that is column 0 of this region. */
  base: number;
  first?: FirstLine;
}

export function splitSource(text: string): Source {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const line: string[] = [];
  const indent: number[] = [];
  const content: string[] = [];
  for (const original of raw) {
    // trimEnd, not /\s+$/: that regex is quadratic on long runs of spaces.
    const expanded = expandTabs(original.replace(/[\v\f]/g, ' ')).trimEnd();
    const trimmed = expanded.replace(/^ +/, '');
    line.push(expanded);
    indent.push(expanded.length - trimmed.length);
    content.push(trimmed);
  }
  return { line, indent, content };
}

function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  let out = '';
  for (const ch of s) {
    if (ch === '\t') out += ' '.repeat(8 - (out.length % 8));
    else out += ch;
  }
  return out;
}

export function textAt(src: Source, r: Region, i: number): string {
  if (i === r.start && r.first) return r.first.text;
  return src.content[i] ?? '';
}

export function isBlank(src: Source, r: Region, i: number): boolean {
  return textAt(src, r, i) === '';
}

/** Indentation relative to the region's base; the virtual first line is at 0. */
export function relIndent(src: Source, r: Region, i: number): number {
  if (i === r.start && r.first) return 0;
  return (src.indent[i] ?? 0) - r.base;
}

/** 0-based absolute column of the line's text. */
export function colAt(src: Source, r: Region, i: number): number {
  if (i === r.start && r.first) return r.first.col;
  return src.indent[i] ?? 0;
}

/** The line with its indentation relative to the region (for literal text). */
export function relLine(src: Source, r: Region, i: number): string {
  const text = textAt(src, r, i);
  if (text === '') return '';
  return ' '.repeat(Math.max(0, relIndent(src, r, i))) + text;
}

export interface IndentedBlock {
  /** Exclusive end, trailing blank lines excluded. */
  end: number;
  /** Smallest absolute indentation of the block's non-blank lines, or -1 when all are blank. */
  minIndent: number;
}

/**
 * Lines from `from` that are blank or indented more than `level` (relative to the region), the
 * way docutils collects an indented block; stops at the first line indented `level` or less.
 */
export function indentedBlock(src: Source, r: Region, from: number, level: number): IndentedBlock {
  let end = from;
  let lastText = from;
  let minIndent = -1;
  while (end < r.end) {
    if (!isBlank(src, r, end)) {
      const rel = relIndent(src, r, end);
      if (rel <= level) break;
      const abs = rel + r.base;
      if (minIndent < 0 || abs < minIndent) minIndent = abs;
      lastText = end + 1;
    }
    end++;
  }
  return { end: lastText, minIndent };
}

/** A non-alphanumeric 7-bit ASCII character repeated, as section adornments are. */
export function adornmentChar(text: string): string | undefined {
  const ch = text[0];
  if (ch === undefined || !/^[!-/:-@[-`{-~]$/.test(ch)) return undefined;
  for (let k = 1; k < text.length; k++) if (text[k] !== ch) return undefined;
  return ch;
}

export function nextNonBlank(src: Source, r: Region, from: number): number {
  let i = from;
  while (i < r.end && isBlank(src, r, i)) i++;
  return i;
}
