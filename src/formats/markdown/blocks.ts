// markdown-it block tokens into outline blocks, read with a cursor. Block quotes are walked
// through (the outline has no quote block); raw HTML blocks go through the HTML parser. Past
// MAX_BLOCK_DEPTH the tokens are taken flat, without recursion.
import type { Token } from 'markdown-it';
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
import { engine, type TokenMeta } from './engine.ts';
import { inlineOf } from './inline.ts';
import { inlineTree, plainText } from './tree.ts';

export interface Cursor {
  tokens: Token[];
  i: number;
}

const EMPTY = (): Inline => ({ text: '', markdown: '', links: [], marks: [] });

/** Reads blocks up to the end or to the closing token of the enclosing container (not consumed). */
export function convertBlocks(r: Cursor, ctx: MdContext, out: Block[], depth: number): void {
  const tokens = r.tokens;
  while (r.i < tokens.length) {
    const token = tokens[r.i] as Token;
    if (token.nesting === -1) return;
    if (depth > MAX_BLOCK_DEPTH) {
      flatten(r, ctx, out);
      continue;
    }
    const pos = ctx.position(token);
    switch (token.type) {
      case 'heading_open':
        out.push(heading(tokens[r.i + 1], Number(token.tag.slice(1)) || 1, ctx, pos));
        r.i += 3;
        break;
      case 'paragraph_open': {
        const { inline } = inlineOf(tokens[r.i + 1], ctx, pos);
        if (inline.text !== '' || inline.marks.length > 0) out.push({ kind: 'paragraph', ...inline, pos });
        r.i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        out.push(list(r, ctx, depth, pos));
        break;
      case 'table_open':
        out.push(table(r, ctx, pos));
        break;
      case 'fence':
      case 'code_block':
        out.push(code(token, ctx, pos));
        r.i++;
        break;
      case 'html_block':
        html(ctx.restore(token.content.replace(/\n$/, '')), ctx, out, pos);
        r.i++;
        break;
      default:
        // Block quotes are walked through; thematic breaks and anything else are skipped.
        r.i++;
        if (token.nesting === 1) {
          convertBlocks(r, ctx, out, depth + 1);
          r.i++;
        }
    }
  }
}

function code(token: Token, ctx: MdContext, pos: Position): Block {
  const info = token.type === 'fence' ? engine.utils.unescapeAll(token.info).trim() : '';
  const lang = info.split(/\s/, 1)[0];
  const text = token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content;
  return { kind: 'code', ...(lang ? { lang: ctx.restore(lang) } : {}), text: ctx.restore(text), pos };
}

function heading(token: Token | undefined, level: number, ctx: MdContext, pos: Position): HeadingBlock {
  const { inline, builder } = inlineOf(token, ctx, pos);
  let anchor = builder.anchors.find((id) => id !== '');
  // Kramdown and Pandoc write an explicit id after the title: `## Next {#next}`.
  const explicit = /\s*\{#([^\s{}]+)\}$/.exec(inline.text);
  if (explicit?.[1]) {
    anchor ??= explicit[1];
    inline.text = inline.text.slice(0, explicit.index);
    inline.markdown = inline.markdown.replace(/\s*\{#[^\s{}]+\}$/, '');
  }
  return { kind: 'heading', level, ...inline, ...(anchor ? { anchor } : {}), pos };
}

function list(r: Cursor, ctx: MdContext, depth: number, pos: Position): ListBlock {
  const ordered = r.tokens[r.i]?.type === 'ordered_list_open';
  r.i++;
  const items: ListItem[] = [];
  while (r.tokens[r.i]?.type === 'list_item_open') items.push(listItem(r, ctx, depth + 1));
  r.i++;
  return { kind: 'list', ordered, items, pos };
}

function listItem(r: Cursor, ctx: MdContext, depth: number): ListItem {
  const open = r.tokens[r.i] as Token;
  const pos = ctx.position(open);
  r.i++;
  let inline = EMPTY();
  if (r.tokens[r.i]?.type === 'paragraph_open') {
    inline = inlineOf(r.tokens[r.i + 1], ctx, ctx.position(r.tokens[r.i])).inline;
    r.i += 3;
  }
  const meta = (open.meta ?? {}) as TokenMeta;
  const checked = meta.checked;
  if (checked !== undefined) inline.marks.unshift({ source: 'checkbox', text: meta.checkbox ?? '[ ]' });
  const children: Block[] = [];
  convertBlocks(r, ctx, children, depth);
  r.i++;
  return { ...inline, ...(checked !== undefined ? { checked } : {}), children, pos };
}

/** A GFM table. As GFM renders it, a short row gets empty cells and a long one loses its excess. */
function table(r: Cursor, ctx: MdContext, pos: Position): TableBlock {
  const rows: Inline[][] = [];
  let row: Inline[] = [];
  for (r.i++; r.i < r.tokens.length; r.i++) {
    const token = r.tokens[r.i] as Token;
    if (token.type === 'table_close') break;
    if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close') rows.push(row);
    else if (token.type === 'inline') row.push(inlineOf(token, ctx, pos).inline);
  }
  r.i++;
  const [header = [], ...body] = rows;
  const width = header.length;
  for (const cells of body) {
    cells.length = Math.min(cells.length, width);
    while (cells.length < width) cells.push(EMPTY());
  }
  return { kind: 'table', header, rows: body, pos };
}

/** A raw HTML block, read by the HTML parser; its positions are mapped into the document. */
function html(value: string, ctx: MdContext, out: Block[], origin: Position): void {
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

/** Content nested too deep: up to the enclosing container's end, paragraphs and code in order. */
function flatten(r: Cursor, ctx: MdContext, out: Block[]): void {
  ctx.tooDeep(ctx.position(r.tokens[r.i]));
  let level = 0;
  for (; r.i < r.tokens.length; r.i++) {
    const token = r.tokens[r.i] as Token;
    if (token.nesting === -1 && --level < 0) return;
    if (token.nesting === 1) level++;
    if (token.type === 'inline') {
      const text = ctx
        .restore(plainText(inlineTree(token.children)))
        .replace(/\s+/g, ' ')
        .trim();
      const pos = ctx.position(r.tokens[r.i - 1]);
      if (text !== '') out.push({ kind: 'paragraph', text, markdown: text, links: [], marks: [], pos });
    } else if (token.type === 'fence' || token.type === 'code_block') {
      const { text } = code(token, ctx, ctx.position(token)) as { text: string };
      out.push({ kind: 'code', text, pos: ctx.position(token) });
    }
  }
}
