// Small helpers over parse5's default tree: attributes, element kinds, text content, locations.
// Everything here is iterative, so that a deep tree cannot overflow the stack.
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { Position } from '../outline/types.ts';

export type Node = DefaultTreeAdapterTypes.Node;
export type ChildNode = DefaultTreeAdapterTypes.ChildNode;
export type Element = DefaultTreeAdapterTypes.Element;
export type TextNode = DefaultTreeAdapterTypes.TextNode;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

export function attr(element: Element, name: string): string | undefined {
  for (const a of element.attrs) if (a.name === name) return a.value;
  return undefined;
}

export function hasAttr(element: Element, name: string): boolean {
  return element.attrs.some((a) => a.name === name);
}

export function classList(element: Element): string[] {
  const value = attr(element, 'class');
  return value === undefined ? [] : value.split(/\s+/).filter((name) => name !== '');
}

export function childrenOf(node: Node): ChildNode[] {
  if (node.nodeName === 'template' && 'content' in node) return node.content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Elements that never hold document content. */
const SKIPPED_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'button',
  'select',
  'textarea',
  'map',
  'dialog',
  'link',
  'meta',
  'title',
  'base',
]);

/** Classes and ids of page furniture: MediaWiki, Sphinx, GitHub and similar chrome. */
const SKIPPED_NAMES = new Set([
  'mw-editsection',
  'mw-jump-link',
  'mw-navigation',
  'mw-panel',
  'mw-head',
  'mw-indicators',
  'printfooter',
  'catlinks',
  'toc',
  'vector-toc',
  'headerlink',
  'mw-cite-backlink',
  'navbox',
  'noprint',
  'sr-only',
  'visually-hidden',
  'jump-to-nav',
  'siteSub',
  'contentSub',
  'footer',
  'sidebar',
  'breadcrumbs',
]);

const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);

/**
 * True for elements whose content is not part of the document: scripts, navigation, edit links,
 * footnote markers. A page's `<header>` and `<footer>` are skipped, but not those of an
 * `<article>` or `<section>` (`inArticle`), which hold its title.
 */
export function isSkipped(element: Element, inArticle = false): boolean {
  const tag = element.tagName;
  if (SKIPPED_TAGS.has(tag)) return true;
  if ((tag === 'header' || tag === 'footer') && !inArticle) return true;
  if (tag === 'sup' && /(^|\s)reference(\s|$)/.test(attr(element, 'class') ?? '')) return true;
  for (const a of element.attrs) {
    if (a.name === 'hidden' || a.name === 'aria-hidden') {
      if (a.name === 'hidden' || a.value === 'true') return element.tagName !== 'input';
    }
    if (a.name === 'role' && SKIPPED_ROLES.has(a.value)) return true;
    if (a.name === 'id' && SKIPPED_NAMES.has(a.value)) return true;
    if (a.name === 'class') {
      for (const name of a.value.split(/\s+/)) if (SKIPPED_NAMES.has(name)) return true;
    }
    if (a.name === 'style' && /display\s*:\s*none/i.test(a.value)) return true;
  }
  return false;
}

/** Elements that lay out text rather than blocks. Anything else is treated as a block container. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'mark',
  'meter',
  'nobr',
  'output',
  'progress',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

export function isInlineTag(tagName: string): boolean {
  return INLINE_TAGS.has(tagName);
}

/**
 * The elements that hold a block element somewhere below them (a `<span>` around a list, an
 * `<a>` around a `<div>`). Computed once, in one pass, without recursion.
 */
export function blockHolders(root: Node): Set<Element> {
  const holders = new Set<Element>();
  const stack: Array<{ node: Node; parents: number }> = [{ node: root, parents: 0 }];
  const path: Element[] = [];
  while (stack.length > 0) {
    const entry = stack.pop() as { node: Node; parents: number };
    path.length = entry.parents;
    const node = entry.node;
    if (!isElement(node)) {
      for (const child of childrenOf(node)) stack.push({ node: child, parents: path.length });
      continue;
    }
    if (!isInlineTag(node.tagName) && !isSkipped(node)) {
      // Mark every inline ancestor up to the first one already marked.
      for (let i = path.length - 1; i >= 0; i--) {
        const ancestor = path[i] as Element;
        if (!isInlineTag(ancestor.tagName) || holders.has(ancestor)) break;
        holders.add(ancestor);
      }
    }
    path.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as ChildNode, parents: path.length });
  }
  return holders;
}

/** The text of a subtree, block boundaries as line breaks, without recursion. */
export function textContent(root: Node, skip = true): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isText(node)) {
      out += node.value;
      continue;
    }
    if (isElement(node)) {
      if (skip && node !== root && isSkipped(node)) continue;
      if (node.tagName === 'br') {
        out += '\n';
        continue;
      }
      if (node.tagName === 'img') {
        out += attr(node, 'alt') ?? '';
        continue;
      }
      if (!isInlineTag(node.tagName) && node !== root) out += '\n';
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ChildNode);
  }
  return out;
}

/** Turns a parse5 line/column (1-based, relative to the parsed text) into a document position. */
export type LocationMapper = (line: number, column: number) => Position;

export function nodePosition(node: Node, map: LocationMapper, fallback: Position): Position {
  const loc = node.sourceCodeLocation;
  if (loc) return map(loc.startLine, loc.startCol);
  // Elements the parser implied (`<tbody>`, `<html>`) have no location: take a child's.
  let current: Node | undefined = node;
  for (let steps = 0; current && steps < 64; steps++) {
    const children: ChildNode[] = childrenOf(current);
    const located = children.find((child) => child.sourceCodeLocation);
    if (located?.sourceCodeLocation)
      return map(located.sourceCodeLocation.startLine, located.sourceCodeLocation.startCol);
    current = children[0];
  }
  return fallback;
}
