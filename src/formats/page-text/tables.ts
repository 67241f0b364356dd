// Tables in page text: a browser copies table cells separated by tabs; plain-text renderings line
// their columns up with runs of spaces. Column text only counts as a table under a header row that
// reads like one.
import type { TableBlock } from '../outline/types.ts';
import type { TextLine } from './lines.ts';
import { inlineOf } from './text-inline.ts';

export interface TableRun {
  /** Index of the line after the table. */
  end: number;
  block: TableBlock;
}

const RULER = /^[\s=\-+|:]+$/;

// A column label without letters: an index or a unit column (`#`, `%`, `No.`).
const SYMBOL_LABEL = /^(#|%|№|no\.?|nr\.?)$/i;

/**
 * Short labels, no sentence punctuation: `Status %`, `Desc`, `Effort Estimation`. Every cell names
 * something, so it holds a letter (or is an index label such as `#`): a first cell such as `2 **`
 * is a value, and its row is data, not a header.
 */
export function headerLike(cells: readonly string[]): boolean {
  return (
    cells.length >= 2 &&
    cells.every(
      (cell) => cell !== '' && cell.length <= 40 && cell.split(/\s+/).length <= 5 && !/[.,;]$/.test(cell),
    ) &&
    cells.some((cell) => /\p{L}{2}/u.test(cell)) &&
    cells.every((cell) => /\p{L}/u.test(cell) || SYMBOL_LABEL.test(cell))
  );
}

function toBlock(rows: string[][], headed: boolean, line: TextLine): TableBlock {
  const cell = (text: string) => inlineOf(text, { keepStatusWords: true });
  const [first, ...rest] = rows;
  return {
    kind: 'table',
    header: headed && first ? first.map(cell) : [],
    rows: (headed ? rest : rows).map((row) => row.map(cell)),
    pos: { line: line.no, column: line.indent + 1 },
  };
}

/** Consecutive lines with tab-separated cells. */
export function tabTable(lines: readonly TextLine[], start: number): TableRun | undefined {
  const rows: string[][] = [];
  let end = start;
  for (; end < lines.length; end++) {
    const line = lines[end] as TextLine;
    if (line.dropped) continue;
    if (!line.trimmed.includes('\t')) break;
    rows.push(line.trimmed.split('\t').map((cell) => cell.trim()));
  }
  if (rows.length < 2) return undefined;
  return { end, block: toBlock(rows, headerLike(rows[0] ?? []), lines[start] as TextLine) };
}

/** Columns lined up with spaces under a recognisable header. */
export function columnTable(lines: readonly TextLine[], start: number): TableRun | undefined {
  const head = lines[start] as TextLine;
  const headerCells = head.trimmed.split(/ {2,}/);
  if (headerCells.length < 2 || !headerLike(headerCells)) return undefined;
  const starts: number[] = [];
  for (const match of head.text.matchAll(/\S+(?: \S+)*/g)) starts.push(match.index);
  const rows: string[][] = [headerCells.map((cell) => cell.trim())];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] as TextLine;
    if (line.dropped) continue;
    if (line.trimmed === '' || line.text.includes('\t')) break;
    if (RULER.test(line.trimmed)) continue;
    const text = line.text;
    if (!starts.slice(1).every((at) => text.length <= at || text[at - 1] === ' ')) break;
    const cells = starts.map((at, i) => text.slice(at, starts[i + 1] ?? text.length).trim());
    if (cells.filter((cell) => cell !== '').length < 2 && cells[0] !== '') break;
    const previous = rows[rows.length - 1] as string[];
    if (cells[0] === '' && rows.length > 1) {
      cells.forEach((cell, i) => {
        if (cell !== '') previous[i] = `${previous[i] ?? ''} ${cell}`.trim();
      });
    } else rows.push(cells);
  }
  if (rows.length < 2) return undefined;
  return { end, block: toBlock(rows, true, head) };
}
