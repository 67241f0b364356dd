// Block HTML into outline blocks: headings, paragraphs (also the text that sits loose in a
// `<div>`), lists, description lists, tables and preformatted code. Containers (`div`,
// `section`, `blockquote`…) are walked through. Past MAX_BLOCK_DEPTH a subtree is taken flat.

import type { Block, Position } from '../outline/types.ts';
import { InlineBuilder } from './builder.ts';
import { type HtmlContext, MAX_BLOCK_DEPTH } from './context.ts';
import {
  attr,
  type ChildNode,
  childrenOf,
  type Element,
  isElement,
  isInlineTag,
  isSkipped,
  isText,
  nodePosition,
  textContent,
} from './dom.ts';
import { elementMarks, fullyStruck, walkInline } from './inline.ts';
import { descriptionList, list } from './lists.ts';
import { table } from './tables.ts';

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const ARTICLE_TAGS = new Set(['article', 'main', 'section']);

/** Walks `nodes` as block content, appending blocks to `out`. */
export function walkBlocks(
  ctx: HtmlContext,
  nodes: readonly ChildNode[],
  out: Block[],
  depth: number,
  inArticle: boolean,
  fallback: Position,
): void {
  if (depth > MAX_BLOCK_DEPTH) {
    for (const node of nodes) flatten(ctx, node, out, fallback);
    return;
  }
  let run: ChildNode[] = [];
  const flush = (): void => {
    if (run.length > 0) paragraph(ctx, run, out, depth, fallback);
    run = [];
  };
  for (const node of nodes) {
    if (isText(node)) {
      run.push(node);
      continue;
    }
    if (!isElement(node)) continue;
    if (isSkipped(node, inArticle)) continue;
    if (isInlineTag(node.tagName) && !ctx.holders.has(node)) {
      run.push(node);
      continue;
    }
    flush();
    blockElement(ctx, node, out, depth, inArticle, fallback);
  }
  flush();
}

function blockElement(
  ctx: HtmlContext,
  el: Element,
  out: Block[],
  depth: number,
  inArticle: boolean,
  fallback: Position,
): void {
  const tag = el.tagName;
  const pos = nodePosition(el, ctx.map, fallback);
  const level = HEADINGS[tag];
  if (level !== undefined) {
    heading(ctx, el, level, out, depth, pos);
    return;
  }
  switch (tag) {
    case 'p':
      paragraph(ctx, childrenOf(el), out, depth, pos, el);
      return;
    case 'ul':
    case 'ol':
    case 'menu':
      list(ctx, el, out, depth, inArticle, pos);
      return;
    case 'dl':
      descriptionList(ctx, el, out, depth, inArticle, pos);
      return;
    case 'table':
      table(ctx, el, out, depth, inArticle, pos);
      return;
    case 'pre':
      out.push(codeBlock(el, pos));
      return;
    case 'hr':
      return;
    default:
      ctx.walk(childrenOf(el), out, depth + 1, inArticle || ARTICLE_TAGS.has(tag), pos);
  }
}

function heading(
  ctx: HtmlContext,
  el: Element,
  level: number,
  out: Block[],
  depth: number,
  pos: Position,
): void {
  const b = new InlineBuilder();
  walkInline(childrenOf(el), b, ctx.inline, depth);
  const inline = b.build();
  inline.marks.unshift(...elementMarks(el, b));
  const anchor = attr(el, 'id') ?? b.anchors.find((id) => id !== '') ?? sectionAnchor(el);
  if (inline.text === '' && anchor === undefined) return;
  out.push({ kind: 'heading', level, ...inline, ...(anchor ? { anchor } : {}), pos });
}

/**
 * The id of the section a heading opens (Sphinx: `<section id="milestones"><h2>Milestones`,
 * older Sphinx: `<div class="section" id="…">`), when the heading is its first element.
 */
function sectionAnchor(el: Element): string | undefined {
  const parent = el.parentNode;
  if (!parent || !isElement(parent)) return undefined;
  const isSection =
    parent.tagName === 'section' ||
    (parent.tagName === 'div' && /(^|\s)section(\s|$)/.test(attr(parent, 'class') ?? ''));
  if (!isSection) return undefined;
  const firstElement = childrenOf(parent).find(isElement);
  return firstElement === el ? attr(parent, 'id') : undefined;
}

/** A paragraph from inline nodes: a `<p>`, or text loose in a container. Empty ones are dropped. */
export function paragraph(
  ctx: HtmlContext,
  nodes: readonly ChildNode[],
  out: Block[],
  depth: number,
  fallback: Position,
  el?: Element,
): void {
  const b = new InlineBuilder();
  walkInline(nodes, b, ctx.inline, depth);
  const inline = b.build();
  if (el) inline.marks.unshift(...elementMarks(el, b));
  if (fullyStruck(nodes)) inline.marks.push({ source: 'strike', text: inline.markdown });
  if (inline.text === '' && inline.marks.length === 0) return;
  const first = nodes.find((node) => !isText(node) || node.value.trim() !== '');
  const pos = el ? fallback : first ? nodePosition(first, ctx.map, fallback) : fallback;
  out.push({ kind: 'paragraph', ...inline, pos });
}

const LANG_CLASS = /(?:^|\s)(?:language|lang|highlight-source|mw-highlight-lang|brush:?)-?([\w+#.-]+)/i;

function codeBlock(el: Element, pos: Position): Block {
  let text = textContent(el, false);
  if (text.endsWith('\n')) text = text.slice(0, -1);
  const code = childrenOf(el).find((child): child is Element => isElement(child) && child.tagName === 'code');
  const parent = el.parentNode && isElement(el.parentNode) ? el.parentNode : undefined;
  const classes = [
    attr(el, 'class'),
    code ? attr(code, 'class') : undefined,
    parent ? attr(parent, 'class') : undefined,
  ];
  for (const value of classes) {
    const match = value ? LANG_CLASS.exec(value) : null;
    if (match?.[1]) return { kind: 'code', lang: match[1], text, pos };
  }
  return { kind: 'code', text, pos };
}

/**
 * Takes a subtree nested too deep to walk as structure: each run of text between block
 * boundaries becomes a paragraph. Iterative, so depth costs no stack.
 */
function flatten(ctx: HtmlContext, root: ChildNode, out: Block[], fallback: Position): void {
  if (!ctx.warnedDepth) {
    ctx.warnedDepth = true;
    const pos = nodePosition(root, ctx.map, fallback);
    ctx.warnings.push({
      ...pos,
      message: `HTML nested deeper than ${MAX_BLOCK_DEPTH} levels: the content below is taken as flat paragraphs`,
    });
  }
  let text = '';
  let pos: Position | undefined;
  const emit = (): void => {
    const b = new InlineBuilder();
    b.text(text);
    const inline = b.build();
    if (inline.text !== '') out.push({ kind: 'paragraph', ...inline, pos: pos ?? fallback });
    text = '';
    pos = undefined;
  };
  const stack: ChildNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode;
    if (isText(node)) {
      if (pos === undefined && node.value.trim() !== '') pos = nodePosition(node, ctx.map, fallback);
      text += node.value;
      continue;
    }
    if (!isElement(node) || isSkipped(node, true)) continue;
    if (!isInlineTag(node.tagName) || node.tagName === 'br') emit();
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ChildNode);
  }
  emit();
}
