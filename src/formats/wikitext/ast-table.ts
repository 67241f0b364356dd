// wikiparser-node table tokens → TableBlock. Cells keep inline content only: their lines and list
// items are joined with `; `.

import { StyledInlineBuilder } from '../outline/styled-inline.ts';
import type { Block, Inline, Position, TableBlock } from '../outline/types.ts';
import { feedNode, feedText, type WikiNode } from './ast-inline.ts';

/** A table cell's content, its lines and list items joined. */
function cellInline(cell: WikiNode): Inline {
  const builder = new StyledInlineBuilder();
  const inner = cell.childNodes[2] ?? cell;
  for (const node of inner.childNodes) {
    if (node.type === 'text' && (node.data ?? '').includes('\n')) {
      (node.data ?? '').split('\n').forEach((piece, index) => {
        if (index > 0) {
          builder.endLine();
          builder.softBreak();
        }
        feedText(builder, piece);
      });
    } else feedNode(builder, node, 1);
  }
  return builder.finish();
}

function cellKind(cell: WikiNode): string {
  return cell.subtype ?? cell.childNodes[1]?.name ?? 'td';
}

/** `{| … |}` → TableBlock; the first row is the header when all its cells are `!` cells. */
export function tableBlock(table: WikiNode, pos: Position): Block {
  const rows: WikiNode[][] = [[]];
  for (const node of table.childNodes) {
    if (node.type === 'td' && cellKind(node) !== 'caption') rows[0]?.push(node);
    else if (node.type === 'tr')
      rows.push(node.childNodes.filter((c) => c.type === 'td' && cellKind(c) !== 'caption'));
  }
  const filled = rows.filter((row) => row.length > 0);
  const first = filled[0];
  const header = first?.every((cell) => cellKind(cell) === 'th') ? first : undefined;
  const hasHeader = header !== undefined;
  const block: TableBlock = {
    kind: 'table',
    header: header ? header.map(cellInline) : [],
    rows: (hasHeader ? filled.slice(1) : filled).map((row) => row.map(cellInline)),
    pos,
  };
  return block;
}
