// markdown-it's flat inline tokens as a small tree (the shape of mdast phrasing content):
// adjacent text and soft breaks merged into one text node, GFM literal autolinks found.
import type { Token } from 'markdown-it';
import { linkLiterals } from './autolink.ts';

export type MdInline =
  | { type: 'text' | 'inlineCode' | 'html'; value: string }
  | { type: 'break' }
  | { type: 'emphasis' | 'strong' | 'delete'; children: MdInline[] }
  | { type: 'link'; url: string; children: MdInline[] }
  | { type: 'image'; url: string; alt: string };

type Parent = Extract<MdInline, { children: MdInline[] }>;

const OPEN: Record<string, Parent['type']> = {
  em_open: 'emphasis',
  strong_open: 'strong',
  s_open: 'delete',
  link_open: 'link',
};

/** The inline tree of an `inline` token's children. */
export function inlineTree(tokens: readonly Token[] | null): MdInline[] {
  const root: MdInline[] = [];
  if (!tokens) return root;
  const stack: MdInline[][] = [root];
  let out = root;
  for (const token of tokens) {
    const type = token.type;
    const open = OPEN[type];
    if (open !== undefined) {
      const node: Parent =
        open === 'link'
          ? { type: 'link', url: String(token.attrGet('href') ?? ''), children: [] }
          : { type: open, children: [] };
      out.push(node);
      stack.push(node.children);
      out = node.children;
      continue;
    }
    switch (type) {
      case 'text':
      case 'text_special':
        text(out, token.content);
        break;
      case 'softbreak':
        text(out, '\n');
        break;
      case 'hardbreak':
        out.push({ type: 'break' });
        break;
      case 'code_inline':
        out.push({ type: 'inlineCode', value: token.content });
        break;
      case 'html_inline':
        out.push({ type: 'html', value: token.content });
        break;
      case 'image':
        out.push({
          type: 'image',
          url: String(token.attrGet('src') ?? ''),
          alt: toText(inlineTree(token.children)),
        });
        break;
      case 'em_close':
      case 'strong_close':
      case 's_close':
      case 'link_close':
        if (stack.length > 1) {
          stack.pop();
          out = stack[stack.length - 1] as MdInline[];
        }
        break;
      default:
        if (token.content !== '') text(out, token.content);
    }
  }
  return linkLiterals(root);
}

function text(out: MdInline[], value: string): void {
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

/** The text of phrasing content as mdast's toString gives it (an image alt). */
export function toText(nodes: readonly MdInline[]): string {
  let out = '';
  const stack: MdInline[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as MdInline;
    if ('value' in node) out += node.value;
    else if (node.type === 'image') out += node.alt;
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as MdInline);
  }
  return out;
}

/** The words of content nested too deep, each value followed by a space. */
export function plainText(nodes: readonly MdInline[]): string {
  let out = '';
  const stack: MdInline[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as MdInline;
    if ('value' in node) {
      if (node.type !== 'html') out += `${node.value} `;
    } else if (node.type === 'image') out += `${node.alt} `;
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as MdInline);
  }
  return out;
}
