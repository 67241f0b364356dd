// `<table>` into a table block. The header is the `<thead>` row, or a first row of `<th>` only.
// Block content inside a cell (paragraphs, lists) is kept as lines of the cell's text.
import type { Block, Inline, Position, StatusMark } from '../outline/types.ts';
import { InlineBuilder } from './builder.ts';
import type { HtmlContext } from './context.ts';
import { attr, type ChildNode, childrenOf, type Element, isElement, isSkipped } from './dom.ts';
import { elementMarks, fullyStruck, walkInline } from './inline.ts';
import { classMarks, styleColor } from './marks.ts';

interface Row {
  element: Element;
  inHead: boolean;
}

export function table(
  ctx: HtmlContext,
  el: Element,
  out: Block[],
  depth: number,
  inArticle: boolean,
  pos: Position,
): void {
  const rows: Row[] = [];
  for (const child of childrenOf(el)) {
    if (!isElement(child) || isSkipped(child, inArticle)) continue;
    switch (child.tagName) {
      case 'caption':
        ctx.walk(childrenOf(child), out, depth + 1, inArticle, pos);
        break;
      case 'thead':
      case 'tbody':
      case 'tfoot':
        for (const row of childrenOf(child)) {
          if (isElement(row) && row.tagName === 'tr')
            rows.push({ element: row, inHead: child.tagName === 'thead' });
        }
        break;
      case 'tr':
        rows.push({ element: child, inHead: false });
        break;
      default:
        break;
    }
  }
  const cells = rows.map((row) => cellsOf(ctx, row.element, depth));
  const first = rows[0];
  const headerRow =
    first !== undefined &&
    (first.inHead || cellElements(first.element).every((cell) => cell.tagName === 'th')) &&
    cellElements(first.element).length > 0;
  const header = headerRow ? (cells.shift() ?? []) : [];
  out.push({ kind: 'table', header, rows: cells.filter((row) => row.length > 0), pos });
}

function cellElements(row: Element): Element[] {
  return childrenOf(row).filter(
    (cell): cell is Element => isElement(cell) && (cell.tagName === 'td' || cell.tagName === 'th'),
  );
}

function cellsOf(ctx: HtmlContext, row: Element, depth: number): Inline[] {
  const cells = cellElements(row).map((cell) => cellInline(ctx, cell, depth));
  // A row's own status (`<tr class="done">`, `<tr style="background:#cfc">`) goes on its first cell.
  const firstCell = cells[0];
  if (firstCell) {
    const color = styleColor(attr(row, 'style')) ?? attr(row, 'bgcolor');
    const marks: StatusMark[] = classMarks(attr(row, 'class'));
    if (color && firstCell.text !== '') marks.push({ source: 'color', text: firstCell.text, color });
    firstCell.marks.unshift(...marks);
  }
  return cells;
}

function cellInline(ctx: HtmlContext, cell: Element, depth: number): Inline {
  const children: ChildNode[] = childrenOf(cell);
  const b = new InlineBuilder();
  walkInline(children, b, ctx.inline, depth + 1);
  const inline = b.build();
  inline.marks.unshift(...elementMarks(cell, b));
  if (fullyStruck(children)) inline.marks.push({ source: 'strike', text: inline.markdown });
  return inline;
}
