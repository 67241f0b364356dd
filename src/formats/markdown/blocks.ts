// mdast block content into outline blocks. Block quotes and footnote definitions are walked
// through (the outline has no quote block); raw HTML blocks go through the HTML parser. Past
// MAX_BLOCK_DEPTH the tree is taken flat, without recursion.
import type { Heading, List, ListItem as MdListItem, Nodes, RootContent, Table } from 'mdast';
import { htmlFragmentBlocks } from '../html/parse.ts';
import type {
  Block,
  HeadingBlock,
  Inline,
  ListBlock,
  ListItem,
  Position,
  TableBlock,
} from '../outline/types.ts';
import { MAX_BLOCK_DEPTH, type MdContext } from './context.ts';
import { inlineOf, plainText } from './inline.ts';

export function convertBlocks(
  nodes: readonly RootContent[],
  ctx: MdContext,
  out: Block[],
  depth: number,
): void {
  if (depth > MAX_BLOCK_DEPTH) {
    for (const node of nodes) flatten(node, ctx, out);
    return;
  }
  for (const node of nodes) {
    const pos = ctx.position(node.position?.start);
    switch (node.type) {
      case 'heading':
        out.push(heading(node, ctx, pos));
        break;
      case 'paragraph': {
        const { inline } = inlineOf(node.children, ctx);
        if (inline.text !== '' || inline.marks.length > 0) out.push({ kind: 'paragraph', ...inline, pos });
        break;
      }
      case 'list':
        out.push(list(node, ctx, depth, pos));
        break;
      case 'table':
        out.push(table(node, ctx, pos));
        break;
      case 'code':
        out.push({
          kind: 'code',
          ...(node.lang ? { lang: ctx.restore(node.lang) } : {}),
          text: ctx.restore(node.value),
          pos,
        });
        break;
      case 'html':
        html(ctx.restore(node.value), ctx, out, node.position?.start);
        break;
      case 'blockquote':
      case 'footnoteDefinition':
        convertBlocks(node.children, ctx, out, depth + 1);
        break;
      default:
        // definitions (read before), thematic breaks and front matter (read by parse.ts).
        break;
    }
  }
}

function heading(node: Heading, ctx: MdContext, pos: Position): HeadingBlock {
  const { inline, builder } = inlineOf(node.children, ctx);
  let anchor = builder.anchors.find((id) => id !== '');
  // Kramdown and Pandoc write an explicit id after the title: `## Next {#next}`.
  const explicit = /\s*\{#([^\s{}]+)\}$/.exec(inline.text);
  if (explicit?.[1]) {
    anchor ??= explicit[1];
    inline.text = inline.text.slice(0, explicit.index);
    inline.markdown = inline.markdown.replace(/\s*\{#[^\s{}]+\}$/, '');
  }
  return { kind: 'heading', level: node.depth, ...inline, ...(anchor ? { anchor } : {}), pos };
}

function list(node: List, ctx: MdContext, depth: number, pos: Position): ListBlock {
  return {
    kind: 'list',
    ordered: node.ordered === true,
    items: node.children.map((item) => listItem(item, ctx, depth + 1)),
    pos,
  };
}

function listItem(node: MdListItem, ctx: MdContext, depth: number): ListItem {
  const pos = ctx.position(node.position?.start);
  const [first, ...rest] = node.children;
  let inline: Inline = { text: '', markdown: '', links: [], marks: [] };
  let nested: RootContent[] = node.children;
  if (first?.type === 'paragraph') {
    inline = inlineOf(first.children, ctx).inline;
    nested = rest;
  }
  const checked = typeof node.checked === 'boolean' ? node.checked : undefined;
  if (checked !== undefined)
    inline.marks.unshift({ source: 'checkbox', text: checkboxAsWritten(node, first, ctx, checked) });
  const children: Block[] = [];
  convertBlocks(nested, ctx, children, depth);
  return { ...inline, ...(checked !== undefined ? { checked } : {}), children, pos };
}

/** The task marker as the document writes it: `[x]`, `[X]` or `[ ]`. */
function checkboxAsWritten(
  item: MdListItem,
  first: Nodes | undefined,
  ctx: MdContext,
  checked: boolean,
): string {
  const from = item.position?.start.offset;
  const to = first?.position?.start.offset;
  if (from !== undefined && to !== undefined && to > from && to - from < 200) {
    const match = /\[[ \txX]\]/.exec(ctx.source.slice(from, to));
    if (match) return match[0];
  }
  return checked ? '[x]' : '[ ]';
}

/** A GFM table. As GFM renders it, a short row gets empty cells and a long one loses its excess. */
function table(node: Table, ctx: MdContext, pos: Position): TableBlock {
  const [head, ...body] = node.children;
  const header = head ? head.children.map((cell) => inlineOf(cell.children, ctx).inline) : [];
  const width = header.length;
  const rows = body.map((row) => {
    const cells = row.children.slice(0, width).map((cell) => inlineOf(cell.children, ctx).inline);
    while (cells.length < width) cells.push({ text: '', markdown: '', links: [], marks: [] });
    return cells;
  });
  return { kind: 'table', header, rows, pos };
}

/** A raw HTML block, read by the HTML parser; its positions are mapped into the document. */
function html(
  value: string,
  ctx: MdContext,
  out: Block[],
  start: { line: number; column: number } | undefined,
): void {
  const origin = ctx.position(start);
  const blocks = htmlFragmentBlocks(
    value,
    (line, column) => ({
      line: origin.line + line - 1,
      column: line === 1 ? origin.column + column - 1 : column,
    }),
    ctx.warnings,
  );
  for (const block of blocks) out.push(block);
}

/** Content nested too deep: every paragraph-like node becomes a paragraph, in document order. */
function flatten(root: RootContent, ctx: MdContext, out: Block[]): void {
  ctx.tooDeep(root);
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    const pos = ctx.position(node.position?.start);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = ctx.restore(plainText(node)).replace(/\s+/g, ' ').trim();
      if (text !== '') out.push({ kind: 'paragraph', text, markdown: text, links: [], marks: [], pos });
      continue;
    }
    if (node.type === 'code') {
      out.push({ kind: 'code', text: ctx.restore(node.value), pos });
      continue;
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
}
