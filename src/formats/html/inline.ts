// Inline HTML (text, links, emphasis, code, coloured spans, badges, checkboxes) into an
// InlineBuilder. Depth is capped: below MAX_INLINE_DEPTH an element's text is taken flat.
import { InlineBuilder } from './builder.ts';
import {
  attr,
  type ChildNode,
  childrenOf,
  type Element,
  isElement,
  isInlineTag,
  isSkipped,
  isText,
  textContent,
} from './dom.ts';
import { classMarks, isBadgeUrl, styleColor, styleStrikes } from './marks.ts';

export const MAX_INLINE_DEPTH = 64;

export interface InlineOptions {
  /** Writes a text node; by default the text itself. Markdown uses it to put back the nodes it hid in HTML. */
  onText?: (value: string, builder: InlineBuilder, depth: number) => void;
  /** Told once for each element whose content was taken flat because it was nested too deep. */
  onTooDeep?: (element: Element) => void;
}

export function walkInline(
  nodes: readonly ChildNode[],
  b: InlineBuilder,
  options: InlineOptions,
  depth: number,
): void {
  for (const node of nodes) {
    if (isText(node)) {
      if (options.onText) options.onText(node.value, b, depth);
      else b.text(node.value);
    } else if (isElement(node)) {
      walkElement(node, b, options, depth);
    }
  }
}

const EMPHASIS: Record<string, string> = {
  strong: '**',
  b: '**',
  em: '*',
  i: '*',
  cite: '*',
  dfn: '*',
  var: '*',
  s: '~~',
  del: '~~',
  strike: '~~',
};

const CODE_TAGS = new Set(['code', 'tt', 'kbd', 'samp']);

function walkElement(el: Element, b: InlineBuilder, options: InlineOptions, depth: number): void {
  if (isSkipped(el, true)) return;
  const tag = el.tagName;
  if (tag === 'br') {
    b.lineBreak();
    return;
  }
  if (tag === 'img') {
    image(el, b);
    return;
  }
  if (tag === 'input') {
    if ((attr(el, 'type') ?? '').toLowerCase() === 'checkbox' && b.checkbox === undefined) {
      b.checkbox = attr(el, 'checked') !== undefined;
    }
    return;
  }
  if (depth >= MAX_INLINE_DEPTH) {
    options.onTooDeep?.(el);
    b.text(` ${textContent(el)} `);
    return;
  }
  const id = attr(el, 'id') ?? (tag === 'a' ? attr(el, 'name') : undefined);
  if (id !== undefined && id !== '') b.anchors.push(id);

  const child = new InlineBuilder();
  walkInline(childrenOf(el), child, options, depth + 1);
  for (const mark of elementMarks(el, child)) b.mark(mark);

  const block = !isInlineTag(tag);
  if (block) b.lineBreak();
  if (CODE_TAGS.has(tag)) {
    b.code(child.build().text);
  } else if (tag === 'a' && attr(el, 'href') !== undefined) {
    b.appendLink(child, (attr(el, 'href') ?? '').trim());
  } else {
    const wrap = EMPHASIS[tag] ?? (styleStrikes(attr(el, 'style')) ? '~~' : '');
    b.append(child, wrap);
  }
  if (block) b.lineBreak();
}

/** Status marks an element's own attributes give: its status classes and its colour. */
export function elementMarks(
  el: Element,
  content: InlineBuilder,
): ReturnType<InlineBuilder['build']>['marks'] {
  const marks = classMarks(attr(el, 'class'));
  const color = styleColor(attr(el, 'style')) ?? attr(el, 'color') ?? attr(el, 'bgcolor');
  if (color !== undefined && color.trim() !== '') {
    const text = content.build().text;
    if (text !== '') marks.push({ source: 'color', text, color: color.trim() });
  }
  return marks;
}

const EMOJI_FILE = /(?:^|\/)([0-9a-f]{4,6}(?:-[0-9a-f]{4,6})*)\.(?:svg|png|gif)$/i;

function image(el: Element, b: InlineBuilder): void {
  const alt = (attr(el, 'alt') ?? '').trim();
  const src = (attr(el, 'src') ?? '').trim();
  const isEmoji = /(^|\s)emoji(\s|$)/i.test(attr(el, 'class') ?? '');
  if (isEmoji) {
    const emoji = alt !== '' ? alt : emojiFromFile(src);
    if (emoji !== undefined) {
      // The picture stands apart from the words after it.
      b.text(`${emoji} `);
      b.mark({ source: 'emoji', text: emoji });
    }
    return;
  }
  if (alt === '') return;
  b.plain(alt);
  b.markdown(`![${alt}](${src})`);
  if (isBadgeUrl(src)) b.mark({ source: 'marker', text: alt });
}

function emojiFromFile(src: string): string | undefined {
  const match = EMOJI_FILE.exec(src);
  if (!match?.[1]) return undefined;
  try {
    return String.fromCodePoint(...match[1].split('-').map((hex) => Number.parseInt(hex, 16)));
  } catch {
    return undefined;
  }
}

/** True when every piece of content in `nodes` is struck through (`<s>`, `<del>`, line-through). */
export function fullyStruck(nodes: readonly ChildNode[]): boolean {
  let struck = false;
  for (const node of nodes) {
    if (isText(node)) {
      if (node.value.trim() !== '') return false;
    } else if (isElement(node)) {
      if (isSkipped(node, true) || node.tagName === 'input' || node.tagName === 'br') continue;
      const tag = node.tagName;
      if (tag === 's' || tag === 'del' || tag === 'strike' || styleStrikes(attr(node, 'style'))) {
        struck = true;
        continue;
      }
      if (!isInlineTag(tag)) return false;
      // A wrapper (`<span><del>…</del></span>`) counts when its own content is all struck.
      if (!fullyStruckShallow(childrenOf(node))) return false;
      struck = true;
    }
  }
  return struck;
}

function fullyStruckShallow(nodes: readonly ChildNode[]): boolean {
  let struck = false;
  for (const node of nodes) {
    if (isText(node)) {
      if (node.value.trim() !== '') return false;
    } else if (isElement(node)) {
      const tag = node.tagName;
      if (tag === 's' || tag === 'del' || tag === 'strike' || styleStrikes(attr(node, 'style')))
        struck = true;
      else return false;
    }
  }
  return struck;
}
