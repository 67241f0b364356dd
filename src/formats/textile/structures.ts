// Textile lists (`*` bullets, `#` numbers, nesting by how many) and tables (`|a|b|`, `|_. head|`).
import type { Block, Inline, ListBlock, ListItem } from '../outline/types.ts';
import { renderTextile } from './inline.ts';
import type { TextileState } from './parse.ts';

const LIST_ITEM = /^([*#]+) (.*)$/;
const CELL_ATTRS = String.raw`(?:[\\/]\d+|\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=^~]+)*`;
const ROW = /^(?:[^|\s]*\.\s*)?\|(.*)$/;
const HEADER_CELL = new RegExp(`^_${CELL_ATTRS}\\.\\s`);
const PLAIN_CELL = new RegExp(`^${CELL_ATTRS}\\.\\s`);

interface Entry {
  level: number;
  ordered: boolean;
  text: string;
  line: number;
}

export function parseList(state: TextileState, i: number, out: Block[]): number {
  const { lines } = state;
  const entries: Entry[] = [];
  let j = i;
  while (j < lines.length && (lines[j] ?? '').trim() !== '') {
    const line = lines[j] ?? '';
    const m = LIST_ITEM.exec(line);
    const last = entries[entries.length - 1];
    if (m) {
      const marker = m[1] ?? '*';
      entries.push({ level: marker.length, ordered: marker.endsWith('#'), text: m[2] ?? '', line: j });
    } else if (last) {
      last.text += `\n${line}`;
    }
    j++;
  }
  const first = entries[0];
  if (!first) return i + 1;
  const root: ListBlock = {
    kind: 'list',
    ordered: first.ordered,
    items: [],
    pos: { line: first.line + 1, column: 1 },
  };
  const stack: { list: ListBlock; level: number }[] = [{ list: root, level: first.level }];
  for (const entry of entries) {
    let top = stack[stack.length - 1] ?? { list: root, level: first.level };
    while (stack.length > 1 && top.level > entry.level) {
      stack.pop();
      top = stack[stack.length - 1] ?? top;
    }
    const parent = top.list.items[top.list.items.length - 1];
    if (entry.level > top.level && parent) {
      const nested: ListBlock = {
        kind: 'list',
        ordered: entry.ordered,
        items: [],
        pos: { line: entry.line + 1, column: 1 },
      };
      parent.children.push(nested);
      top = { list: nested, level: entry.level };
      stack.push(top);
    }
    const item: ListItem = {
      ...renderTextile(entry.text, state.aliases),
      children: [],
      pos: { line: entry.line + 1, column: 1 },
    };
    top.list.items.push(item);
  }
  out.push(root);
  return j;
}

export function parseTable(state: TextileState, i: number, out: Block[]): number {
  const { lines } = state;
  let j = i;
  if (/^table/.test(lines[j] ?? '')) j++;
  const rows: { cells: Inline[]; header: boolean }[] = [];
  while (j < lines.length) {
    const m = ROW.exec(lines[j] ?? '');
    if (!m) break;
    const raw = (m[1] ?? '').replace(/\|\s*$/, '');
    const cells = raw.split('|');
    const header = cells.length > 0 && cells.every((cell) => HEADER_CELL.test(cell.trimStart()));
    rows.push({
      header,
      cells: cells.map((cell) => {
        const trimmed = cell.trimStart();
        const content = trimmed.replace(HEADER_CELL, '').replace(PLAIN_CELL, '');
        return renderTextile(content.trim(), state.aliases);
      }),
    });
    j++;
  }
  if (rows.length === 0) {
    state.warnings.push({ line: i + 1, column: 1, message: 'table signature without rows' });
    return i + 1;
  }
  const first = rows[0];
  const header = first?.header ? first.cells : [];
  const body = (first?.header ? rows.slice(1) : rows).map((row) => row.cells);
  out.push({ kind: 'table', header, rows: body, pos: { line: i + 1, column: 1 } });
  return j;
}
