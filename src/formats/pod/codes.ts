// POD formatting codes (B<> I<> C<> L<> E<> F<> S<> X<> Z<>, and the B<< >> forms whose
// delimiters need white space inside) to plain text, Markdown and links. One pass with an
// explicit stack, so deep nesting costs no recursion; beyond MAX_NESTING a code is read as text.

import { collapse } from '../outline/inline.ts';
import { InlineBuilder } from '../outline/inline-builder.ts';
import { codeSpan, escapeMarkdown } from '../outline/markdown-text.ts';
import type { Inline } from '../outline/types.ts';

const MAX_NESTING = 32;

interface Frame {
  code: string;
  /** Number of '<' that opened it; more than one closes on white space then as many '>'. */
  angles: number;
  out: InlineBuilder;
}

const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  verbar: '|',
  sol: '/',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
};

export function entity(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed in ENTITIES) return ENTITIES[trimmed];
  const code = /^0x[0-9a-f]+$/i.test(trimmed)
    ? Number.parseInt(trimmed.slice(2), 16)
    : /^0[0-7]+$/.test(trimmed)
      ? Number.parseInt(trimmed, 8)
      : /^[0-9]+$/.test(trimmed)
        ? Number.parseInt(trimmed, 10)
        : Number.NaN;
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/**
 * Renders the formatting codes of `text`. `warn` receives the offset of a code that is never
 * closed (it then ends with the text, as Pod::Simple does).
 */
export function renderCodes(text: string, warn: (offset: number, message: string) => void): Inline {
  const root: Frame = { code: '', angles: 0, out: new InlineBuilder() };
  const stack: Frame[] = [root];
  let top = root;
  let plainFrom = 0;
  const flush = (to: number) => {
    if (to > plainFrom) top.out.plain(text.slice(plainFrom, to));
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (top !== root && closesAt(text, i, top.angles)) {
      flush(i - (top.angles > 1 ? 1 : 0));
      const closeEnd = i + top.angles;
      stack.pop();
      const parent = stack[stack.length - 1] ?? root;
      close(top, parent.out);
      top = parent;
      i = closeEnd;
      plainFrom = i;
      continue;
    }
    if (/[A-Z]/.test(ch) && text[i + 1] === '<' && stack.length <= MAX_NESTING) {
      let angles = 1;
      while (text[i + 1 + angles] === '<') angles++;
      const after = i + 1 + angles;
      if (angles === 1 || /\s/.test(text[after] ?? '')) {
        flush(i);
        top = { code: ch, angles, out: new InlineBuilder() };
        stack.push(top);
        i = angles > 1 ? after + 1 : after;
        plainFrom = i;
        continue;
      }
    }
    i++;
  }
  flush(text.length);
  while (stack.length > 1) {
    const frame = stack.pop() as Frame;
    warn(text.length, `unterminated ${frame.code}<...> formatting code`);
    close(frame, (stack[stack.length - 1] ?? root).out);
  }
  return root.out.build();
}

function closesAt(text: string, i: number, angles: number): boolean {
  if (text[i] !== '>') return false;
  if (angles === 1) return true;
  if (!/\s/.test(text[i - 1] ?? '')) return false;
  for (let k = 1; k < angles; k++) if (text[i + k] !== '>') return false;
  return true;
}

function close(frame: Frame, parent: InlineBuilder): void {
  const inner = frame.out.raw();
  const content = inner.text;
  const shown = content.trim();
  switch (frame.code) {
    case 'B':
      if (shown !== '') parent.markup(content, `**${inner.markdown.trim()}**`);
      break;
    case 'I':
    case 'F':
      if (shown !== '') parent.markup(content, `*${inner.markdown.trim()}*`);
      break;
    case 'C':
      parent.markup(content, codeSpan(collapse(content)));
      break;
    case 'E': {
      const ch = entity(content);
      parent.plain(ch ?? `E<${content}>`);
      return;
    }
    case 'L':
      link(content, parent);
      return;
    case 'X':
    case 'Z':
      return;
    default:
      // S<> and unknown codes keep their text.
      parent.markup(content, inner.markdown);
  }
  parent.links.push(...frame.out.links);
  parent.marks.push(...frame.out.marks);
}

/** L<text|target>, L<name/"section">, L</section>, L<scheme:...>. */
function link(content: string, out: InlineBuilder): void {
  const bar = content.indexOf('|');
  const label = bar >= 0 ? content.slice(0, bar).trim() : '';
  const target = (bar >= 0 ? content.slice(bar + 1) : content).trim();
  if (/^[a-z][a-z0-9+.-]*:\S/i.test(target) && !target.includes(' ')) {
    out.link(label === '' ? target : label, target);
    return;
  }
  if (label !== '') {
    out.plain(label);
    return;
  }
  const slash = target.indexOf('/');
  if (slash < 0) {
    out.plain(target.replace(/^"|"$/g, ''));
    return;
  }
  const name = target.slice(0, slash).trim();
  const section = target
    .slice(slash + 1)
    .trim()
    .replace(/^"|"$/g, '');
  const shown = name === '' ? `"${section}"` : `"${section}" in ${name}`;
  out.markup(shown, escapeMarkdown(shown));
}
