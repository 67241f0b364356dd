// Markdown phrasing content (tree.ts) into an InlineBuilder. Inline HTML (`<span style="color: …">`,
// `<br />`, `<a id>`, `<sub>`) is read with parse5: the Markdown nodes between the tags are swapped
// for placeholders, the whole run is parsed as one HTML fragment (so tags pair up across nodes),
// and the HTML inline walker puts each node back where its placeholder landed.
import type { Token } from 'markdown-it';
import { parseFragment } from 'parse5';
import { InlineBuilder } from '../html/builder.ts';
import { MAX_INLINE_DEPTH, walkInline } from '../html/inline.ts';
import { isBadgeUrl } from '../html/marks.ts';
import type { Inline, Position } from '../outline/types.ts';
import type { MdContext } from './context.ts';
import { isKnownTag } from './tags.ts';
import { inlineTree, type MdInline, plainText } from './tree.ts';

interface Run {
  ctx: MdContext;
  /** Where the block starts, for the warning about content nested too deep. */
  pos: Position;
}

/** An Inline for an `inline` token, with the builder (for anchors). */
export function inlineOf(
  token: Token | undefined,
  ctx: MdContext,
  pos: Position,
): { inline: Inline; builder: InlineBuilder } {
  const nodes = token?.type === 'inline' ? inlineTree(token.children) : [];
  const builder = new InlineBuilder();
  renderAll(nodes, builder, { ctx, pos }, 0);
  const inline = builder.build();
  if (fullyStruck(nodes)) inline.marks.push({ source: 'strike', text: inline.markdown });
  return { inline, builder };
}

function renderAll(nodes: readonly MdInline[], b: InlineBuilder, run: Run, depth: number): void {
  if (nodes.some((node) => node.type === 'html')) {
    renderWithHtml(nodes, b, run, depth);
    return;
  }
  for (const node of nodes) render(node, b, run, depth);
}

function render(node: MdInline, b: InlineBuilder, run: Run, depth: number): void {
  const ctx = run.ctx;
  if (depth >= MAX_INLINE_DEPTH) {
    ctx.tooDeep(run.pos);
    b.text(ctx.restore(plainText([node])));
    return;
  }
  switch (node.type) {
    case 'text':
      text(ctx.restore(node.value), b);
      return;
    case 'inlineCode':
      b.code(ctx.restore(node.value));
      return;
    case 'break':
      b.lineBreak();
      return;
    case 'emphasis':
    case 'strong':
    case 'delete': {
      const child = new InlineBuilder();
      renderAll(node.children, child, run, depth + 1);
      b.append(child, node.type === 'emphasis' ? '*' : node.type === 'strong' ? '**' : '~~');
      return;
    }
    case 'link': {
      const child = new InlineBuilder();
      renderAll(node.children, child, run, depth + 1);
      b.appendLink(child, ctx.restore(node.url));
      return;
    }
    case 'image':
      image(ctx.restore(node.alt), ctx.restore(node.url), b);
      return;
    case 'html':
      renderWithHtml([node], b, run, depth);
      return;
  }
}

/**
 * Text, with the badge images a document refers to but never defines (`![Team][]` in the Rust
 * project goals, whose definitions live in a shared file) read as status markers.
 */
function text(value: string, b: InlineBuilder): void {
  const pattern = /!\[([^\]\n]{1,100})\](?:\[[^\]\n]{0,100}\])?/g;
  let last = 0;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const label = (match[1] ?? '').trim();
    b.text(value.slice(last, match.index));
    b.plain(label);
    b.markdown(match[0]);
    if (label !== '') b.mark({ source: 'marker', text: label });
    last = match.index + match[0].length;
  }
  b.text(value.slice(last));
}

function image(alt: string, url: string, b: InlineBuilder): void {
  const label = alt.trim();
  if (label === '') return;
  b.plain(label);
  b.markdown(`![${label}](${url})`);
  if (isBadgeUrl(url)) b.mark({ source: 'marker', text: label });
}

const HOLE = /\ue000(\d+)\ue001/g;

function renderWithHtml(nodes: readonly MdInline[], b: InlineBuilder, run: Run, depth: number): void {
  const holes: MdInline[] = [];
  let html = '';
  for (const node of nodes) {
    if (node.type === 'html') {
      html += markup(run.ctx.restore(node.value));
    } else {
      html += `\ue000${holes.length}\ue001`;
      holes.push(node);
    }
  }
  const fragment = parseFragment(html);
  walkInline(
    fragment.childNodes,
    b,
    {
      onText: (value, builder, at) => {
        let last = 0;
        for (const match of value.matchAll(HOLE)) {
          builder.text(value.slice(last, match.index));
          const node = holes[Number(match[1])];
          if (node) render(node, builder, run, Math.max(depth, at) + 1);
          last = match.index + match[0].length;
        }
        builder.text(value.slice(last));
      },
      onTooDeep: () => run.ctx.tooDeep(run.pos),
    },
    depth,
  );
}

/** Raw inline HTML as parse5 should see it: tags of real HTML elements kept, anything else as text. */
function markup(value: string): string {
  const clean = value.replace(/[\ue000\ue001]/g, '\ufffd');
  const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(clean);
  if (tag?.[1] && !isKnownTag(tag[1].toLowerCase())) return escapeHtml(clean);
  return clean;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** True when all the content is struck through (`~~…~~`), whitespace aside. */
function fullyStruck(nodes: readonly MdInline[]): boolean {
  let struck = false;
  for (const node of nodes) {
    if (node.type === 'delete') struck = true;
    else if (node.type === 'text' && node.value.trim() === '') continue;
    else if (node.type === 'html' || node.type === 'break') continue;
    else return false;
  }
  return struck;
}
