// `.. list-table::` (a bullet list of rows, each a bullet list of cells) and `.. csv-table::`.
import type { Block, Inline, ListBlock, TableBlock } from '../outline/types.ts';
import { position, rawOf } from './build.ts';
import { type Context, defer, emptyInline, retarget, warn } from './context.ts';
import type { DirectiveParts } from './directives.ts';
import { textAt } from './source.ts';

function headerRows(parts: DirectiveParts): number {
  const n = Number.parseInt(parts.options.get('header-rows') ?? '0', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function table(rows: Inline[][], header: number, line: number, col: number): TableBlock {
  const head = header > 0 ? (rows[0] ?? []) : [];
  return { kind: 'table', header: head, rows: header > 0 ? rows.slice(1) : rows, pos: position(line, col) };
}

export function listTable(
  ctx: Context,
  parts: DirectiveParts,
  depth: number,
  line: number,
  col: number,
): TableBlock | undefined {
  const blocks: Block[] = [];
  ctx.parse(parts.content, depth + 1, blocks);
  const list = blocks.find((b): b is ListBlock => b.kind === 'list');
  if (!list) {
    warn(ctx, line, col, 'list-table without a list');
    return undefined;
  }
  const rows = list.items.map((item) => {
    const cells = item.children.find((b): b is ListBlock => b.kind === 'list');
    const members = cells ? cells.items : [item];
    return members.map((cell) => {
      const inline = emptyInline();
      retarget(ctx, cell, inline);
      return inline;
    });
  });
  return table(rows, headerRows(parts), line, col);
}

export function csvTable(
  ctx: Context,
  parts: DirectiveParts,
  line: number,
  col: number,
): TableBlock | undefined {
  const src = ctx.src;
  const delimOption = parts.options.get('delim') ?? ',';
  const delim = delimOption === 'tab' ? '\t' : delimOption === 'space' ? ' ' : (delimOption[0] ?? ',');
  const { content } = parts;
  const lines: string[] = [];
  for (let k = content.start; k < content.end; k++) lines.push(textAt(src, content, k));
  const cell = (text: string, at: number) => defer(ctx, emptyInline(), rawOf(text.trim(), at, col));
  const rows = parseCsv(lines.join('\n'), delim).map((row) =>
    row.cells.map((c) => cell(c, content.start + row.line)),
  );
  const headerOption = parts.options.get('header');
  if (headerOption !== undefined) {
    const header = (parseCsv(headerOption, delim)[0]?.cells ?? []).map((c) => cell(c, line));
    return { kind: 'table', header, rows, pos: position(line, col) };
  }
  if (rows.length === 0) return undefined;
  return table(rows, headerRows(parts), line, col);
}

interface CsvRow {
  cells: string[];
  /** Line of the row, relative to the first line of the text. */
  line: number;
}

/** RFC 4180 with `""` escapes; white space after a delimiter is skipped, as docutils does. */
export function parseCsv(text: string, delim: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 0;
  let rowLine = 0;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === delim) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      cells.push(cell);
      if (cells.some((c) => c.trim() !== '')) rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      atCellStart = true;
      line++;
      rowLine = line;
    } else if (atCellStart && ch === ' ') {
      // skip initial space
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  cells.push(cell);
  if (cells.some((c) => c.trim() !== '')) rows.push({ cells, line: rowLine });
  return rows;
}
