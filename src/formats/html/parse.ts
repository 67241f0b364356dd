// parseHtml: a saved web page (wiki, docs site) into the common outline. parse5 builds the tree
// (it never throws on bad markup); the page's main region is walked into blocks.
import { parse, parseFragment } from 'parse5';
import { collapse } from '../outline/inline.ts';
import type { Block, Outline, Position, Warning } from '../outline/types.ts';
import { walkBlocks } from './blocks.ts';
import type { HtmlContext } from './context.ts';
import {
  attr,
  blockHolders,
  type ChildNode,
  childrenOf,
  type Element,
  isElement,
  type LocationMapper,
  type Node,
  nodePosition,
  textContent,
} from './dom.ts';
import { MAX_INLINE_DEPTH } from './inline.ts';

/** Parse errors reported as warnings, at most; a count of the rest follows. */
const MAX_PARSE_WARNINGS = 20;

export function parseHtml(text: string): Outline {
  const warnings: Warning[] = [];
  try {
    const input = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
    return parseDocument(input, warnings);
  } catch (error) {
    warnings.push({ line: 1, column: 1, message: `HTML could not be read: ${describe(error)}` });
    return { format: 'html', meta: {}, blocks: [], warnings };
  }
}

function parseDocument(text: string, warnings: Warning[]): Outline {
  let errors = 0;
  const doc = parse(text, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => {
      // A page without a doctype reads the same; that is no news for the reader.
      if (error.code === 'missing-doctype') return;
      errors++;
      if (errors <= MAX_PARSE_WARNINGS) {
        warnings.push({
          line: error.startLine,
          column: error.startCol,
          message: `HTML parse error: ${error.code}`,
        });
      }
    },
  });
  if (errors > MAX_PARSE_WARNINGS) {
    warnings.push({
      line: 1,
      column: 1,
      message: `${errors - MAX_PARSE_WARNINGS} more HTML parse errors not listed`,
    });
  }
  const meta: Record<string, string> = {};
  let title: string | undefined;
  const head = findElement(doc, (el) => el.tagName === 'head', 3);
  if (head) {
    for (const el of elements(head)) {
      if (el.tagName === 'title' && title === undefined) {
        const value = collapse(textContent(el, false));
        if (value !== '') title = value;
      }
      if (el.tagName === 'meta') {
        const name = attr(el, 'name') ?? attr(el, 'property') ?? attr(el, 'itemprop');
        const content = attr(el, 'content');
        if (name && content !== undefined && !(name in meta)) meta[name] = collapse(content);
      }
    }
  }
  const body = findElement(doc, (el) => el.tagName === 'body', 3);
  const main = findElement(
    doc,
    (el) => el.tagName === 'main' || attr(el, 'role') === 'main',
    Number.POSITIVE_INFINITY,
  );
  const root = main ?? body ?? doc;
  const map: LocationMapper = (line, column) => ({ line, column });
  const blocks = blocksOf(childrenOf(root), map, warnings, root === main, root);
  return { format: 'html', ...(title !== undefined ? { title } : {}), meta, blocks, warnings };
}

/**
 * Raw HTML met inside another format (a Markdown HTML block) into blocks. `map` turns the
 * fragment's own line and column into the enclosing document's.
 */
export function htmlFragmentBlocks(html: string, map: LocationMapper, warnings: Warning[]): Block[] {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  return blocksOf(fragment.childNodes, map, warnings, false, fragment);
}

function blocksOf(
  nodes: readonly ChildNode[],
  map: LocationMapper,
  warnings: Warning[],
  inArticle: boolean,
  root: Node,
): Block[] {
  let warnedInline = false;
  const ctx: HtmlContext = {
    map,
    warnings,
    holders: blockHolders(root),
    inline: {
      onTooDeep: (element) => {
        if (warnedInline) return;
        warnedInline = true;
        const pos = nodePosition(element, map, map(1, 1));
        warnings.push({
          ...pos,
          message: `inline HTML nested deeper than ${MAX_INLINE_DEPTH} levels is taken as text`,
        });
      },
    },
    warnedDepth: false,
    walk: (children, out, depth, article, fallback) =>
      walkBlocks(ctx, children, out, depth, article, fallback),
  };
  const start: Position = map(1, 1);
  const blocks: Block[] = [];
  walkBlocks(ctx, nodes, blocks, 0, inArticle, start);
  return blocks;
}

/** Elements of a subtree in document order, without recursion. */
function* elements(root: Node): Generator<Element> {
  const stack: Node[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node)) continue;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ChildNode);
  }
}

function findElement(root: Node, test: (el: Element) => boolean, maxDepth: number): Element | undefined {
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    if (isElement(node) && test(node)) return node;
    if (depth >= maxDepth) continue;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as ChildNode, depth: depth + 1 });
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
