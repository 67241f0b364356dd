// mdast phrasing content into an InlineBuilder. Inline HTML (`<span style="color: …">`, `<br />`,
// `<a id>`, `<sub>`) is read with parse5: the Markdown nodes between the tags are swapped for
// placeholders, the whole run is parsed as one HTML fragment (so tags pair up across nodes), and
// the HTML inline walker puts each node back where its placeholder landed.
import type { Nodes, PhrasingContent } from 'mdast';
import { parseFragment } from 'parse5';
import { InlineBuilder } from '../html/builder.ts';
import { MAX_INLINE_DEPTH, walkInline } from '../html/inline.ts';
import { isBadgeUrl } from '../html/marks.ts';
import type { Inline } from '../outline/types.ts';
import type { MdContext } from './context.ts';
import { isKnownTag } from './tags.ts';

/** An Inline for phrasing content, with the builder (for anchors and the checkbox). */
export function inlineOf(
  nodes: readonly PhrasingContent[],
  ctx: MdContext,
): { inline: Inline; builder: InlineBuilder } {
  const builder = new InlineBuilder();
  renderAll(nodes, builder, ctx, 0);
  const inline = builder.build();
  if (fullyStruck(nodes)) inline.marks.push({ source: 'strike', text: inline.markdown });
  return { inline, builder };
}

function renderAll(nodes: readonly PhrasingContent[], b: InlineBuilder, ctx: MdContext, depth: number): void {
  if (nodes.some((node) => node.type === 'html')) {
    renderWithHtml(nodes, b, ctx, depth);
    return;
  }
  for (const node of nodes) render(node, b, ctx, depth);
}

function render(node: PhrasingContent, b: InlineBuilder, ctx: MdContext, depth: number): void {
  if (depth >= MAX_INLINE_DEPTH) {
    ctx.tooDeep(node);
    b.text(ctx.restore(plainText(node)));
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
      renderAll(node.children, child, ctx, depth + 1);
      b.append(child, node.type === 'emphasis' ? '*' : node.type === 'strong' ? '**' : '~~');
      return;
    }
    case 'link': {
      const child = new InlineBuilder();
      renderAll(node.children, child, ctx, depth + 1);
      b.appendLink(child, ctx.restore(node.url));
      return;
    }
    case 'linkReference': {
      const definition = ctx.definitions.get(ctx.restore(node.identifier));
      const child = new InlineBuilder();
      renderAll(node.children, child, ctx, depth + 1);
      if (definition) {
        b.appendLink(child, ctx.restore(definition.url));
        return;
      }
      // Not defined after all (the candidate was no definition): the text as written.
      b.text('[');
      b.append(child);
      b.text(`]${referenceSuffix(node.referenceType, ctx.restore(node.label ?? ''))}`);
      return;
    }
    case 'image':
      image(ctx.restore(node.alt ?? ''), ctx.restore(node.url), b);
      return;
    case 'imageReference': {
      const definition = ctx.definitions.get(ctx.restore(node.identifier));
      const alt = ctx.restore(node.alt ?? '');
      if (definition) {
        image(alt, ctx.restore(definition.url), b);
        return;
      }
      text(`![${alt}]${referenceSuffix(node.referenceType, ctx.restore(node.label ?? ''))}`, b);
      return;
    }
    case 'footnoteReference':
      b.text(`[^${ctx.restore(node.label ?? node.identifier)}]`);
      return;
    case 'html':
      renderWithHtml([node], b, ctx, depth);
      return;
    default: {
      // Phrasing added by extensions this parser does not enable: keep its text.
      const other = node as Nodes;
      if ('children' in other) renderAll(other.children as PhrasingContent[], b, ctx, depth + 1);
      else if ('value' in other && typeof other.value === 'string') b.text(ctx.restore(other.value));
    }
  }
}

function referenceSuffix(type: string, label: string): string {
  if (type === 'full') return `[${label}]`;
  if (type === 'collapsed') return '[]';
  return '';
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

function renderWithHtml(
  nodes: readonly PhrasingContent[],
  b: InlineBuilder,
  ctx: MdContext,
  depth: number,
): void {
  const holes: PhrasingContent[] = [];
  let html = '';
  for (const node of nodes) {
    if (node.type === 'html') {
      html += markup(ctx.restore(node.value));
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
          if (node) render(node, builder, ctx, Math.max(depth, at) + 1);
          last = match.index + match[0].length;
        }
        builder.text(value.slice(last));
      },
      onTooDeep: () => ctx.tooDeep(nodes[0]),
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
function fullyStruck(nodes: readonly PhrasingContent[]): boolean {
  let struck = false;
  for (const node of nodes) {
    if (node.type === 'delete') struck = true;
    else if (node.type === 'text' && node.value.trim() === '') continue;
    else if (node.type === 'html' || node.type === 'break') continue;
    else return false;
  }
  return struck;
}

/** The text of a node, without recursion (for content nested too deep). */
export function plainText(root: Nodes): string {
  let out = '';
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') {
      out += `${node.value} `;
    } else if (node.type === 'image' || node.type === 'imageReference') {
      out += `${node.alt ?? ''} `;
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
  return out;
}
