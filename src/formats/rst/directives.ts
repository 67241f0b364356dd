// Directives. Code-like directives become code blocks, admonitions and containers keep their body
// as ordinary blocks, list-table and csv-table become tables, and the ones that only arrange or
// index the document (contents, toctree, image, todolist, index, meta…) are skipped. An unknown
// directive keeps its body with a warning, since its words may be what the reader came for.
import type { Block } from '../outline/types.ts';
import { code, literalText } from './build.ts';
import { type Context, warn } from './context.ts';
import { OPTION } from './patterns.ts';
import { isBlank, nextNonBlank, type Region, relIndent, textAt } from './source.ts';
import { csvTable, listTable } from './table-directives.ts';

const BODY_WITH_ARGS = new Set(
  (
    'note warning attention caution danger error hint important tip todo admonition seealso deprecated ' +
    'versionadded versionchanged versionremoved topic sidebar rubric table centered tab group-tab dropdown ' +
    'card details'
  ).split(' '),
);
const BODY_WITHOUT_ARGS = new Set(
  (
    'container only ifconfig compound epigraph highlights pull-quote rst-class class cssclass hlist glossary ' +
    'tabs div figure line-block grid grid-item grid-item-card tab-set tab-item'
  ).split(' '),
);
const SKIP_VISIBLE = new Set(
  (
    'contents toctree image include literalinclude todolist sectnum section-numbering autosummary ' +
    'target-notes footer header tabularcolumns figure-image'
  ).split(' '),
);
const SKIP_INVISIBLE = new Set(
  (
    'meta default-role role highlight index title sectionauthor moduleauthor codeauthor currentmodule ' +
    'module py:module py:currentmodule'
  ).split(' '),
);

function codeLanguage(name: string, args: string): string | undefined | false {
  switch (name) {
    case 'code':
    case 'code-block':
    case 'sourcecode':
    case 'raw':
      return args.split(/\s+/)[0] || undefined;
    case 'math':
      return 'math';
    case 'graphviz':
    case 'digraph':
    case 'graph':
      return 'dot';
    case 'mermaid':
      return 'mermaid';
    case 'uml':
    case 'plantuml':
      return 'plantuml';
    case 'doctest':
      return 'pycon';
    case 'testcode':
      return 'python';
    case 'testoutput':
    case 'parsed-literal':
    case 'productionlist':
      return undefined;
    default:
      return false;
  }
}

export interface DirectiveParts {
  args: string;
  /** Lines after the directive line that continue its arguments. */
  argEnd: number;
  options: Map<string, string>;
  content: Region;
}

function split(ctx: Context, d: Region, multiLineArgs: boolean): DirectiveParts {
  const src = ctx.src;
  let k = d.start + 1;
  if (multiLineArgs) {
    while (k < d.end && !isBlank(src, d, k) && !OPTION.test(textAt(src, d, k))) k++;
  }
  const argEnd = k;
  const options = new Map<string, string>();
  while (k < d.end && !isBlank(src, d, k) && relIndent(src, d, k) === 0) {
    const option = OPTION.exec(textAt(src, d, k));
    if (!option) break;
    let value = option[2] ?? '';
    k++;
    while (k < d.end && !isBlank(src, d, k) && relIndent(src, d, k) > 0) value += ` ${textAt(src, d, k++)}`;
    options.set((option[1] ?? '').toLowerCase(), value.trim());
  }
  const start = nextNonBlank(src, d, k);
  return {
    args: d.first?.text ?? '',
    argEnd,
    options,
    content: { start, end: Math.max(start, d.end), base: d.base },
  };
}

function minIndent(ctx: Context, r: Region): number {
  let min = -1;
  for (let k = r.start; k < r.end; k++) {
    if (ctx.src.content[k] === '') continue;
    const indent = ctx.src.indent[k] ?? 0;
    if (min < 0 || indent < min) min = indent;
  }
  return min < 0 ? r.base : min;
}

export function parseDirective(
  ctx: Context,
  d: Region,
  directive: string,
  depth: number,
  out: Block[],
  col: number,
): void {
  const src = ctx.src;
  const name = directive.toLowerCase();
  const line = d.start;
  const lang = codeLanguage(name, d.first?.text ?? '');
  if (lang !== false) {
    const parts = split(ctx, d, false);
    const { content } = parts;
    let text = literalText(src, content.start, content.end, minIndent(ctx, content));
    if ((name === 'math' || name === 'parsed-literal') && parts.args !== '')
      text = `${parts.args}\n${text}`.trim();
    out.push(code(text, line, col, lang));
    return;
  }
  if (name === 'list-table' || name === 'csv-table') {
    const parts = split(ctx, d, true);
    const table =
      name === 'list-table' ? listTable(ctx, parts, depth, line, col) : csvTable(ctx, parts, line, col);
    if (table) out.push(table);
    return;
  }
  if (SKIP_VISIBLE.has(name) || name.startsWith('auto')) {
    if (depth === 0) {
      ctx.visibleSkipped++;
      if (ctx.headings === 0) ctx.visibleBeforeTitle = true;
    }
    return;
  }
  if (SKIP_INVISIBLE.has(name)) {
    if (name === 'title' && d.first?.text) ctx.titleDirective = d.first.text;
    return;
  }
  const known = BODY_WITH_ARGS.has(name) || BODY_WITHOUT_ARGS.has(name);
  if (!known) warn(ctx, line, col, `unknown directive "${directive}": its content is kept as text`);
  const withArgs = !BODY_WITHOUT_ARGS.has(name);
  const parts = split(ctx, d, withArgs);
  if (withArgs)
    ctx.parse({ start: d.start, end: parts.argEnd, base: d.base, first: d.first }, depth + 1, out);
  ctx.parse(parts.content, depth + 1, out);
}
