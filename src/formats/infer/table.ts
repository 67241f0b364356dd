// Table-shaped roadmaps: a row per item, columns mapped to fields by their header.
import type { Item } from '../../domain/interchange/index.ts';
import { normaliseStatus } from '../../domain/normalise/index.ts';
import type { Inline, TableBlock } from '../outline/types.ts';
import type { FieldEntry } from './content.ts';
import type { InferContext } from './context.ts';
import { classifyFieldKey, type FieldRole } from './extract/index.ts';
import { buildItem } from './item.ts';

const EMPTY = /^[\s\-—–]*$/;
const NESTED = /^(?:↳\s*)?(?:\[([ xX])\]\s*)?(.*)$/s;
const NESTED_MD = /^(?:↳\s*)?(?:\\?\[[ xX]\\?\]\s*)?/;

// Header words that name the column holding each row's title.
const TITLE_HEADERS =
  /^(title|name|proposal|feature|goal|item|task|desc|description|summary|milestone|version|release|epic|objective|what|topic|component|area)s?\b/i;

// In a table of planned things, a row's "Date" or "Month" is when it is due; as a field of its own
// elsewhere a date may say anything (when a note was written), so only columns read it so.
const WHEN_COLUMN = /^(date|dates|month|planned date)$/i;

function columnRole(text: string): FieldRole {
  const role = classifyFieldKey(text);
  return role === 'other' && WHEN_COLUMN.test(text.trim()) ? 'target' : role;
}

interface Column {
  index: number;
  key: string;
  role: FieldRole;
}

/** A cell that says nothing but a status ("Completed" in a "Note" column of a table without status). */
function isStatusWord(text: string): boolean {
  const words = text.trim();
  if (words.split(/\s+/).length > 2) return false;
  const found = normaliseStatus(words);
  return found !== undefined && found.status !== 'unknown' && found.statusText.length === words.length;
}

function filled(rows: readonly Inline[][], index: number): number {
  let count = 0;
  for (const row of rows) {
    const cell = row[index];
    if (cell && !EMPTY.test(cell.text)) count++;
  }
  return count;
}

function columnsOf(
  header: readonly Inline[],
  rows: readonly Inline[][],
): { title: number; columns: Column[] } {
  const columns = header.map((cell, index) => ({
    index,
    key: cell.text.trim() || `Column ${index + 1}`,
    role: columnRole(cell.text),
  }));
  // Of the columns whose header names a title, the one the rows fill most ("Description" over a
  // "Proposal" column that only some rows link).
  let named: Column | undefined;
  let best = -1;
  for (const column of columns) {
    if (!TITLE_HEADERS.test(column.key)) continue;
    const count = filled(rows, column.index);
    if (count > best) [named, best] = [column, count];
  }
  const firstPlain = columns.find((column) => column.role === 'other' || column.role === 'summary');
  const title = (named ?? firstPlain ?? columns[0])?.index ?? 0;
  return { title, columns: columns.filter((column) => column.index !== title) };
}

export function tableItems(table: TableBlock, ctx: InferContext): Item[] {
  const width = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  const header: Inline[] =
    table.header.length > 0
      ? table.header
      : Array.from({ length: width }, (_, i) => ({
          text: `Column ${i + 1}`,
          markdown: `Column ${i + 1}`,
          links: [],
          marks: [],
        }));
  const { title, columns } = columnsOf(header, table.rows);
  const hasStatus = columns.some((column) => column.role === 'status');
  const items: Item[] = [];
  for (const row of table.rows) {
    // A row with no title names its item by its first filled cell (an issue key).
    const titleCell = [row[title], ...row].find((cell) => cell && !EMPTY.test(cell.text));
    if (!titleCell) continue;
    const extraFields: FieldEntry[] = [];
    for (const column of columns) {
      const cell = row[column.index];
      if (!cell || cell === titleCell || (EMPTY.test(cell.text) && cell.marks.length === 0)) continue;
      // A "Done" column ticked with a mark is a status even when its header is not "Status".
      const role: FieldRole =
        column.role === 'other' &&
        (/^(done|complete|completed|finished)$/i.test(column.key) || (!hasStatus && isStatusWord(cell.text)))
          ? 'status'
          : column.role;
      const value =
        role === 'status' && /^(x|✓|✔|yes|y)$/i.test(cell.text.trim()) ? { ...cell, text: 'done' } : cell;
      extraFields.push({ key: column.key, role, value, children: [] });
    }
    // `↳ [x] land on nightly`: a sub-task of the row above, with its checkbox written as text.
    const nested = NESTED.exec(titleCell.text);
    const box = nested?.[1];
    const named = nested
      ? { ...titleCell, text: nested[2] ?? '', markdown: titleCell.markdown.replace(NESTED_MD, '') }
      : titleCell;
    const built = buildItem(
      {
        title: named ?? titleCell,
        content: { fields: [], parts: [], entries: [], groups: [], tables: [], prose: [] },
        extraFields,
        ...(box ? { checked: box !== ' ' } : {}),
      },
      ctx,
    );
    const parent = items.at(-1);
    if (nested && titleCell.text.startsWith('↳') && parent) parent.work = [...(parent.work ?? []), built];
    else items.push(built);
  }
  return items;
}
