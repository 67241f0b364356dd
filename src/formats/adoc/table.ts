// AsciiDoc tables (`|===`, `!===`, `,===` CSV, `:===` DSV) → TableBlock.
import type { Inline, TableBlock } from '../outline/types.ts';
import type { Attributes } from './attributes.ts';
import type { BlockAttributes } from './blocks.ts';
import { adocInline } from './inline.ts';

export interface TableOptions {
  cols?: string;
  /** true for `%header`/`options="header"`, false for `noheader`, undefined to let the layout decide. */
  header?: boolean;
}

/** Table options from the block attribute line before `|===`. */
export function tableOptions(attrs: BlockAttributes | undefined): TableOptions {
  const options: TableOptions = {};
  if (attrs?.named.cols) options.cols = attrs.named.cols;
  if (attrs?.options.has('header')) options.header = true;
  else if (attrs?.options.has('noheader')) options.header = false;
  return options;
}

interface Cell {
  lines: string[];
  span: number;
  /** Index of the source line the cell starts on. */
  at: number;
}

const SPEC = /^(?:(\d+)\*)?(?:(\d*)(?:\.\d+)?\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?$/;
const TRAILING_SPEC = /[ \t]((?:\d+\*)?(?:\d*(?:\.\d+)?\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?)$/;

/** Number of columns a `cols` attribute declares, or undefined. */
function declaredColumns(cols: string | undefined): number | undefined {
  if (cols === undefined) return undefined;
  const value = cols.trim().replace(/^"|"$/g, '');
  if (/^[1-9]\d{0,3}$/.test(value)) return Number(value);
  let count = 0;
  for (const entry of value.split(/[,;]/)) count += Number(/^\s*(\d{1,4})\*/.exec(entry)?.[1] ?? 1);
  return count > 0 ? count : undefined;
}

/** Splits on unescaped separators; `\|` stays a literal `|`. */
function split(line: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  let start = 0;
  for (let k = line.indexOf(sep); k !== -1; k = line.indexOf(sep, k + 1)) {
    if (line[k - 1] === '\\') current += `${line.slice(start, k - 1)}${sep}`;
    else {
      parts.push(current + line.slice(start, k));
      current = '';
    }
    start = k + 1;
  }
  parts.push(current + line.slice(start));
  return parts;
}

function spanOf(spec: string): { span: number; copies: number } {
  const m = SPEC.exec(spec);
  return { copies: Number(m?.[1] ?? 1) || 1, span: m?.[2] ? Number(m[2]) || 1 : 1 };
}

export function parseTable(
  lines: readonly string[],
  numbers: readonly number[],
  range: { from: number; to: number; delimiter: string },
  options: TableOptions,
  attributes: Attributes,
): TableBlock {
  const sep =
    range.delimiter[0] === '!'
      ? '!'
      : range.delimiter[0] === ','
        ? ','
        : range.delimiter[0] === ':'
          ? ':'
          : '|';
  const cells: Cell[] = [];
  let pendingSpec = '';
  let firstLine = -1;
  for (let k = range.from; k < range.to; k++) {
    const raw = lines[k] ?? '';
    if (/^\/\/(?!\/)/.test(raw) || /^[ \t]*$/.test(raw)) {
      if (firstLine >= 0 && raw.trim() === '') cells.at(-1)?.lines.push('');
      continue;
    }
    if (firstLine < 0) firstLine = k;
    const line = attributes.substitute(raw, numbers[k] ?? k + 1, 1);
    if (sep === ',' || sep === ':') {
      for (const value of line.split(sep))
        cells.push({ lines: [value.replace(/^\s*"|"\s*$/g, '')], span: 1, at: k });
      continue;
    }
    const parts = split(line, sep);
    const head = parts[0] ?? '';
    if (parts.length === 1 || (head.trim() !== '' && !SPEC.test(head.trim()))) cells.at(-1)?.lines.push(head);
    else pendingSpec = head.trim();
    for (let p = 1; p < parts.length; p++) {
      let text = parts[p] ?? '';
      let nextSpec = '';
      const trailing = p < parts.length - 1 ? TRAILING_SPEC.exec(text) : null;
      if (trailing?.[1]) {
        nextSpec = trailing[1];
        text = text.slice(0, trailing.index);
      }
      const { span, copies } = spanOf(pendingSpec);
      for (let c = 0; c < Math.min(copies, 100); c++) cells.push({ lines: [text], span, at: k });
      pendingSpec = nextSpec;
    }
  }
  const firstCount = cells.filter((cell) => cell.at === firstLine).reduce((n, cell) => n + cell.span, 0);
  const width = sep === ',' || sep === ':' ? 0 : (declaredColumns(options.cols) ?? Math.max(firstCount, 1));
  const rows: Inline[][] = [];
  let row: Inline[] = [];
  let used = 0;
  let rowStarts: number[] = [];
  const starts: number[] = [];
  for (const cell of cells) {
    if (width === 0 && row.length > 0 && cell.at !== rowStarts[0]) {
      rows.push(row);
      starts.push(rowStarts[0] ?? 0);
      row = [];
      rowStarts = [];
    }
    row.push(adocInline(cell.lines.join('\n').trim()));
    rowStarts.push(cell.at);
    used += cell.span;
    if (width > 0 && used >= width) {
      rows.push(row);
      starts.push(rowStarts[0] ?? 0);
      row = [];
      rowStarts = [];
      used = 0;
    }
  }
  if (row.length > 0) {
    rows.push(row);
    starts.push(rowStarts[0] ?? 0);
  }
  const blankAfterFirst =
    firstLine >= 0 && /^[ \t]*$/.test(lines[firstLine + 1] ?? 'x') && firstLine + 1 < range.to;
  const firstRowOnFirstLine = rows.length > 1 && starts[0] === firstLine && starts[1] !== firstLine;
  const header = options.header ?? (blankAfterFirst && firstRowOnFirstLine);
  return {
    kind: 'table',
    header: header && rows.length > 0 ? (rows.shift() ?? []) : [],
    rows,
    pos: { line: numbers[range.from - 1] ?? range.from, column: 1 },
  };
}
