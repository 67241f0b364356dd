// Simple tables (`===  ===` borders, columns from the top border, a first column left blank
// continues the row above) and grid tables (`+---+` borders, `+===+` ends the header). Cells are
// read as inline text: their lines joined, block markup inside a cell kept as words.
import type { Block, Inline, TableBlock } from '../outline/types.ts';
import { position } from './build.ts';
import { type Context, defer, emptyInline, warn } from './context.ts';
import { GRID_BORDER, SIMPLE_BORDER } from './patterns.ts';
import { colAt, isBlank, type Region, textAt } from './source.ts';

interface PendingRow {
  line: number;
  cells: string[][];
}

function cellInlines(ctx: Context, row: PendingRow, cols: number[]): Inline[] {
  return row.cells.map((lines, c) => {
    const text = lines
      .map((l) => l.trim())
      .join('\n')
      .trim();
    return defer(ctx, emptyInline(), { text, line: row.line, cols: [cols[c] ?? 0] });
  });
}

/** For every line, the next line at or after it that can close a simple table. */
function simpleEnds(ctx: Context): Int32Array {
  if (ctx.simpleEnds) return ctx.simpleEnds;
  const { content, indent } = ctx.src;
  const n = content.length;
  const ends = new Int32Array(n + 1).fill(-1);
  for (let k = n - 1; k >= 0; k--) {
    const next = k + 1;
    const closes =
      SIMPLE_BORDER.test(content[k] ?? '') &&
      (next >= n || content[next] === '' || (indent[next] ?? 0) < (indent[k] ?? 0));
    ends[k] = closes ? k : (ends[next] ?? -1);
  }
  ctx.simpleEnds = ends;
  return ends;
}

function columnsOf(border: string, offset: number): number[] {
  const starts: number[] = [];
  for (let k = 0; k < border.length; k++) {
    if (border[k] === '=' && (k === 0 || border[k - 1] === ' ')) starts.push(offset + k);
  }
  return starts;
}

export function parseSimpleTable(ctx: Context, r: Region, t: number, out: Block[]): number {
  const src = ctx.src;
  const indent = colAt(src, r, t);
  const cols = columnsOf(textAt(src, r, t), indent);
  let end = simpleEnds(ctx)[t + 1] ?? -1;
  let next: number;
  if (end < 0 || end >= r.end || (src.indent[end] ?? 0) !== indent) {
    warn(ctx, t, indent, 'malformed simple table: no bottom border');
    end = t + 1;
    while (end < r.end && !isBlank(src, r, end)) end++;
    next = end;
  } else {
    next = end + 1;
  }
  const rows: PendingRow[] = [];
  let headerCount = -1;
  let current: PendingRow | undefined;
  for (let l = t + 1; l < end; l++) {
    const text = src.content[l] ?? '';
    if (text === '') continue;
    if (SIMPLE_BORDER.test(text) && (src.indent[l] ?? 0) === indent) {
      if (headerCount < 0) headerCount = rows.length;
      current = undefined;
      continue;
    }
    if (/^-[- ]*$/.test(text)) continue; // column span underlines
    const line = src.line[l] ?? '';
    const cells = cols.map((start, c) => line.slice(start, cols[c + 1] ?? line.length));
    if (current && (cells[0] ?? '').trim() === '') {
      for (const [c, cell] of cells.entries()) current.cells[c]?.push(cell);
    } else {
      current = { line: l, cells: cells.map((cell) => [cell]) };
      rows.push(current);
    }
  }
  const inlines = rows.map((row) => cellInlines(ctx, row, cols));
  const header = headerCount > 0 && headerCount < inlines.length ? inlines.splice(0, headerCount) : [];
  out.push({ kind: 'table', header: mergeRows(ctx, header), rows: inlines, pos: position(t, indent) });
  return next;
}

/** Several header rows become one: cells joined column by column. */
function mergeRows(ctx: Context, rows: Inline[][]): Inline[] {
  if (rows.length <= 1) return rows[0] ?? [];
  const width = Math.max(...rows.map((row) => row.length));
  const merged: Inline[] = [];
  for (let c = 0; c < width; c++) {
    const raws = rows.map((row) => ctx.pendingOf.get(row[c] ?? emptyInline())?.raw);
    const text = raws.map((raw) => raw?.text ?? '').join('\n');
    merged.push(
      defer(ctx, emptyInline(), { text: text.trim(), line: raws[0]?.line ?? 0, cols: raws[0]?.cols ?? [0] }),
    );
  }
  return merged;
}

export function parseGridTable(ctx: Context, r: Region, t: number, out: Block[]): number {
  const src = ctx.src;
  const indent = colAt(src, r, t);
  const top = textAt(src, r, t);
  const bounds: number[] = [];
  for (let k = 0; k < top.length; k++) if (top[k] === '+') bounds.push(indent + k);
  let e = t + 1;
  while (e < r.end && !isBlank(src, r, e) && colAt(src, r, e) === indent && /^[+|]/.test(textAt(src, r, e)))
    e++;
  if (!GRID_BORDER.test(textAt(src, r, e - 1)) || e === t + 1) {
    warn(ctx, e - 1, indent, 'grid table without a bottom border');
  }
  const rows: PendingRow[] = [];
  let headerCount = -1;
  let current: PendingRow | undefined;
  let ragged = false;
  const width = bounds.length - 1;
  for (let l = t + 1; l < e; l++) {
    const text = src.content[l] ?? '';
    if (GRID_BORDER.test(text)) {
      current = undefined;
      if (text.includes('=') && headerCount < 0) headerCount = rows.length;
      continue;
    }
    const line = src.line[l] ?? '';
    if (line.length !== (bounds[width] ?? 0) + 1) ragged = true;
    if (!current) {
      current = { line: l, cells: bounds.slice(0, width).map(() => []) };
      rows.push(current);
    }
    let c = 0;
    while (c < width) {
      let last = c + 1;
      // A cell spanning columns has no '|' at the inner boundaries.
      while (last < width && !'|+'.includes(line[bounds[last] ?? 0] ?? '|')) last++;
      const segment = line.slice((bounds[c] ?? 0) + 1, bounds[last] ?? line.length);
      // Part of a row separator under a cell that spans rows.
      if (!(line[bounds[c] ?? 0] === '+' && /^[-=]+$/.test(segment))) current.cells[c]?.push(segment);
      c = last;
    }
  }
  if (ragged) warn(ctx, t, indent, 'grid table lines differ in length');
  const inlines = rows.map((row) =>
    cellInlines(
      ctx,
      row,
      bounds.map((b) => b + 2),
    ),
  );
  const header = headerCount > 0 && headerCount < inlines.length ? inlines.splice(0, headerCount) : [];
  const block: TableBlock = {
    kind: 'table',
    header: mergeRows(ctx, header),
    rows: inlines,
    pos: position(t, indent),
  };
  out.push(block);
  return e;
}
