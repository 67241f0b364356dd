// Table-shaped roadmaps: a row per item, columns mapped to fields by their header.
import type { Item } from '../../domain/interchange/index.ts';
import type { Inline, TableBlock } from '../outline/types.ts';
import type { FieldEntry } from './content.ts';
import type { InferContext } from './context.ts';
import { classifyFieldKey, type FieldRole } from './extract/index.ts';
import { buildItem } from './item.ts';

// Header words that name the column holding each row's title.
const TITLE_HEADERS =
  /^(title|name|proposal|feature|goal|item|task|desc|description|summary|milestone|version|release|epic|objective|what|topic|component|area)s?\b/i;

interface Column {
  index: number;
  key: string;
  role: FieldRole;
}

function columnsOf(header: readonly Inline[]): { title: number; columns: Column[] } {
  const columns = header.map((cell, index) => ({
    index,
    key: cell.text.trim() || `Column ${index + 1}`,
    role: classifyFieldKey(cell.text),
  }));
  const named = columns.find((column) => TITLE_HEADERS.test(column.key));
  const firstPlain = columns.find((column) => column.role === 'other' || column.role === 'summary');
  const title = (named ?? firstPlain ?? columns[0])?.index ?? 0;
  return { title, columns: columns.filter((column) => column.index !== title) };
}

const EMPTY = /^[\s\-—–]*$/;

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
  const { title, columns } = columnsOf(header);
  const items: Item[] = [];
  for (const row of table.rows) {
    const titleCell = row[title];
    if (!titleCell || EMPTY.test(titleCell.text)) continue;
    const extraFields: FieldEntry[] = [];
    for (const column of columns) {
      const cell = row[column.index];
      if (!cell || (EMPTY.test(cell.text) && cell.marks.length === 0)) continue;
      // A "Done" column ticked with a mark is a status even when its header is not "Status".
      const role: FieldRole =
        column.role === 'other' && /^(done|complete|completed|finished)$/i.test(column.key)
          ? 'status'
          : column.role;
      const value =
        role === 'status' && /^(x|✓|✔|yes|y)$/i.test(cell.text.trim()) ? { ...cell, text: 'done' } : cell;
      extraFields.push({ key: column.key, role, value, children: [] });
    }
    items.push(
      buildItem(
        {
          title: titleCell,
          content: { fields: [], parts: [], entries: [], groups: [], tables: [], prose: [] },
          extraFields,
        },
        ctx,
      ),
    );
  }
  return items;
}
