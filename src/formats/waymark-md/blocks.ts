// markdown-it's flat token stream as a tree of blocks with their lines, which is what the
// convention's reader and the summary check walk.
import type { Token } from 'markdown-it';
import { normalise, parseTokens, type TokenMeta } from '../markdown/engine.ts';

export interface MdNode {
  /** The token type without `_open`: `heading`, `bullet_list`, `list_item`, `paragraph`, `fence`… */
  type: string;
  /** 0-based first line and the line after the block, within the parsed text. */
  map: [number, number];
  markup: string;
  info: string;
  content: string;
  tag: string;
  meta: TokenMeta | null;
  /** The raw inline source of a heading or paragraph. */
  inline?: string;
  children: MdNode[];
}

export interface ParsedBody {
  lines: string[];
  blocks: MdNode[];
}

export function parseBody(text: string): ParsedBody {
  const source = normalise(text);
  const tokens = parseTokens(source, Object.create(null));
  return { lines: source.split('\n'), blocks: toTree(tokens) };
}

function toTree(tokens: readonly Token[]): MdNode[] {
  const root: MdNode[] = [];
  const stack: MdNode[] = [];
  for (const token of tokens) {
    const parent = stack.at(-1);
    if (token.nesting === -1) {
      stack.pop();
      continue;
    }
    if (token.type === 'inline') {
      if (parent) parent.inline = token.content;
      continue;
    }
    const node: MdNode = {
      type: token.type.replace(/_open$/, ''),
      map: token.map ? [token.map[0], token.map[1]] : [0, 0],
      markup: token.markup,
      info: token.info,
      content: token.content,
      tag: token.tag,
      meta: token.meta as TokenMeta | null,
      children: [],
    };
    (parent ? parent.children : root).push(node);
    if (token.nesting === 1) stack.push(node);
  }
  return root;
}
