// `<ul>`/`<ol>` into list blocks and `<dl>` into field blocks.
import type { Block, FieldBlock, ListBlock, ListItem, Position } from '../outline/types.ts';
import { InlineBuilder } from './builder.ts';
import type { HtmlContext } from './context.ts';
import {
  type ChildNode,
  childrenOf,
  type Element,
  isElement,
  isInlineTag,
  isSkipped,
  isText,
  nodePosition,
} from './dom.ts';
import { elementMarks, fullyStruck, walkInline } from './inline.ts';

/**
 * A list. Anything but `<li>` directly in the list (Monero's roadmap puts `<h3>` month headings
 * between the items) ends the list block there, is walked as blocks, and a new list block starts.
 */
export function list(
  ctx: HtmlContext,
  el: Element,
  out: Block[],
  depth: number,
  inArticle: boolean,
  pos: Position,
): void {
  const ordered = el.tagName === 'ol';
  let current: ListBlock | undefined;
  let stray: ChildNode[] = [];
  const flushStray = (): void => {
    if (stray.length > 0) ctx.walk(stray, out, depth + 1, inArticle, pos);
    stray = [];
  };
  for (const child of childrenOf(el)) {
    if (isText(child) && child.value.trim() === '') continue;
    if (isElement(child) && child.tagName === 'li') {
      flushStray();
      const item = listItem(ctx, child, depth + 1, inArticle, pos);
      if (!current) {
        current = { kind: 'list', ordered, items: [], pos: item.pos };
        out.push(current);
      }
      current.items.push(item);
      continue;
    }
    if (isElement(child) && isSkipped(child, inArticle)) continue;
    current = undefined;
    if (!isElement(child) || (isInlineTag(child.tagName) && !ctx.holders.has(child))) {
      stray.push(child);
      continue;
    }
    flushStray();
    ctx.walk([child], out, depth + 1, inArticle, pos);
  }
  flushStray();
}

/** True for a node that starts block content inside an item (a nested list, a paragraph…). */
function startsBlock(ctx: HtmlContext, node: ChildNode, inArticle: boolean): boolean {
  return (
    isElement(node) && !isSkipped(node, inArticle) && (!isInlineTag(node.tagName) || ctx.holders.has(node))
  );
}

function listItem(
  ctx: HtmlContext,
  li: Element,
  depth: number,
  inArticle: boolean,
  fallback: Position,
): ListItem {
  const pos = nodePosition(li, ctx.map, fallback);
  const children = childrenOf(li);
  let split = children.findIndex((node) => startsBlock(ctx, node, inArticle));
  if (split < 0) split = children.length;
  let lead = children.slice(0, split);
  let rest = children.slice(split);
  const b = new InlineBuilder();
  walkInline(lead, b, ctx.inline, depth);
  const first = rest[0];
  if (b.isEmpty() && first && isElement(first) && first.tagName === 'p') {
    // `<li><p>Title</p>…</li>`: the first paragraph is the item's line.
    const p = new InlineBuilder();
    lead = childrenOf(first);
    walkInline(lead, p, ctx.inline, depth);
    b.append(p);
    rest = rest.slice(1);
  }
  const inline = b.build();
  inline.marks.unshift(...elementMarks(li, b));
  if (b.checkbox !== undefined)
    inline.marks.unshift({ source: 'checkbox', text: b.checkbox ? '[x]' : '[ ]' });
  if (fullyStruck(lead)) inline.marks.push({ source: 'strike', text: inline.markdown });
  const nested: Block[] = [];
  ctx.walk(rest, nested, depth + 1, inArticle, pos);
  return { ...inline, ...(b.checkbox !== undefined ? { checked: b.checkbox } : {}), children: nested, pos };
}

/**
 * A description list: each `<dt>` is a field, its first `<dd>` the value and any further `<dd>`
 * nested blocks. A `<dd>` with no `<dt>` before it (MediaWiki's `:` indentation) is plain content.
 */
export function descriptionList(
  ctx: HtmlContext,
  el: Element,
  out: Block[],
  depth: number,
  inArticle: boolean,
  fallback: Position,
): void {
  let field: FieldBlock | undefined;
  let valued = false;
  for (const child of termsAndDefinitions(el)) {
    if (isSkipped(child, inArticle)) continue;
    const pos = nodePosition(child, ctx.map, fallback);
    if (child.tagName === 'dt') {
      const b = new InlineBuilder();
      walkInline(childrenOf(child), b, ctx.inline, depth + 1);
      field = { kind: 'field', key: b.build().text, value: new InlineBuilder().build(), children: [], pos };
      valued = false;
      out.push(field);
    } else if (child.tagName === 'dd') {
      if (field && !valued) {
        const children = childrenOf(child);
        let split = children.findIndex((node) => startsBlock(ctx, node, inArticle));
        if (split < 0) split = children.length;
        const b = new InlineBuilder();
        walkInline(children.slice(0, split), b, ctx.inline, depth + 1);
        field.value = b.build();
        field.value.marks.unshift(...elementMarks(child, b));
        valued = true;
        ctx.walk(children.slice(split), field.children, depth + 1, inArticle, pos);
      } else {
        ctx.walk(childrenOf(child), field ? field.children : out, depth + 1, inArticle, pos);
      }
    } else {
      ctx.walk([child], out, depth + 1, inArticle, pos);
    }
  }
}

/** The elements of a `<dl>`, looking through the `<div>`s that may group them, without recursion. */
function* termsAndDefinitions(dl: Element): Generator<Element> {
  const stack: Array<{ nodes: ChildNode[]; next: number }> = [{ nodes: childrenOf(dl), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { nodes: ChildNode[]; next: number };
    const node = top.nodes[top.next++];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    if (!isElement(node)) continue;
    if (node.tagName === 'div') stack.push({ nodes: childrenOf(node), next: 0 });
    else yield node;
  }
}
