// Accumulates one Inline (plain text, Markdown, links, status marks) while a parser walks inline
// content. Shared by the HTML parser and the Markdown parser, which both feed it.
import { collapse } from '../outline/inline.ts';
import { codeSpan } from '../outline/markdown-text.ts';
import type { Inline, OutlineLink, StatusMark } from '../outline/types.ts';
import { emojiMarks } from './marks.ts';

/** A hard line break: `<br>` or a Markdown hard break. Kept as `\n` in text, `<br>` in Markdown. */
const BREAK: unique symbol = Symbol('break');
type Part = string | typeof BREAK;

export class InlineBuilder {
  private readonly textParts: Part[] = [];
  private readonly mdParts: Part[] = [];
  readonly links: OutlineLink[] = [];
  readonly marks: StatusMark[] = [];
  /** Ids and names of anchors met in the content (`<a id="x"></a>`, `<span id="x">`). */
  readonly anchors: string[] = [];
  /** The state of the first checkbox met in the content, if any. */
  checkbox: boolean | undefined;

  /** Plain text, written the same way to the text and the Markdown. */
  text(value: string): void {
    if (value === '') return;
    this.textParts.push(value);
    this.mdParts.push(escapeMarkdown(value));
    for (const mark of emojiMarks(value)) this.marks.push(mark);
  }

  /** Text for the plain text only. */
  plain(value: string): void {
    if (value !== '') this.textParts.push(value);
  }

  /** Markup for the Markdown only. */
  markdown(value: string): void {
    if (value !== '') this.mdParts.push(value);
  }

  lineBreak(): void {
    this.textParts.push(BREAK);
    this.mdParts.push(BREAK);
  }

  code(value: string): void {
    if (value === '') return;
    this.textParts.push(value);
    this.mdParts.push(codeSpan(value.replace(/\s+/g, ' ')));
  }

  mark(mark: StatusMark): void {
    this.marks.push(mark);
  }

  /** Appends what another builder collected, the Markdown wrapped in `open`…`close` when given. */
  append(child: InlineBuilder, open = '', close = open): void {
    for (const part of child.textParts) this.textParts.push(part);
    this.pushWrapped(child.mdParts, open, close);
    for (const link of child.links) this.links.push(link);
    for (const mark of child.marks) this.marks.push(mark);
    for (const anchor of child.anchors) this.anchors.push(anchor);
    if (this.checkbox === undefined) this.checkbox = child.checkbox;
  }

  /** Appends a link whose label another builder collected. A link with no label is dropped. */
  appendLink(child: InlineBuilder, url: string): void {
    const label = child.build();
    if (label.text === '' && label.marks.length === 0) {
      for (const anchor of child.anchors) this.anchors.push(anchor);
      return;
    }
    for (const part of child.textParts) this.textParts.push(part);
    const md = label.markdown === '' ? label.text : label.markdown;
    this.mdParts.push(url === '' ? md : `[${md}](${linkDestination(url)})`);
    if (url !== '') {
      const text = label.text.replace(/\n/g, ' ');
      this.links.push(text !== '' && text !== url ? { url, title: text } : { url });
    }
    for (const link of child.links) this.links.push(link);
    for (const mark of child.marks) this.marks.push(mark);
    for (const anchor of child.anchors) this.anchors.push(anchor);
    if (this.checkbox === undefined) this.checkbox = child.checkbox;
  }

  /** True when nothing but whitespace has been collected. */
  isEmpty(): boolean {
    return this.textParts.every((part) => part === BREAK || part.trim() === '');
  }

  build(): Inline {
    return {
      text: joinParts(this.textParts, '\n'),
      markdown: joinParts(this.mdParts, '<br>'),
      links: this.links.slice(),
      marks: uniqueMarks(this.marks),
    };
  }

  private pushWrapped(parts: readonly Part[], open: string, close: string): void {
    if (open === '' && close === '') {
      for (const part of parts) this.mdParts.push(part);
      return;
    }
    const first = firstString(parts);
    const last = lastString(parts);
    if (first === undefined || last === undefined) {
      for (const part of parts) this.mdParts.push(part);
      return;
    }
    // Emphasis markers must touch the text they wrap: move outer whitespace outside them.
    const copy = parts.slice();
    const lead = /^\s+/.exec(copy[first] as string)?.[0] ?? '';
    copy[first] = (copy[first] as string).slice(lead.length);
    const lastValue = copy[last] as string;
    const trail = /\s+$/.exec(lastValue)?.[0] ?? '';
    copy[last] = lastValue.slice(0, lastValue.length - trail.length);
    if (lead !== '') this.mdParts.push(' ');
    this.mdParts.push(open);
    for (const part of copy) this.mdParts.push(part);
    this.mdParts.push(close);
    if (trail !== '') this.mdParts.push(' ');
  }
}

function firstString(parts: readonly Part[]): number | undefined {
  for (let i = 0; i < parts.length; i++)
    if (typeof parts[i] === 'string' && (parts[i] as string).trim() !== '') return i;
  return undefined;
}

function lastString(parts: readonly Part[]): number | undefined {
  for (let i = parts.length - 1; i >= 0; i--) {
    if (typeof parts[i] === 'string' && (parts[i] as string).trim() !== '') return i;
  }
  return undefined;
}

function joinParts(parts: readonly Part[], separator: string): string {
  const lines: string[] = [];
  let current = '';
  for (const part of parts) {
    if (part === BREAK) {
      lines.push(current);
      current = '';
    } else {
      current += part;
    }
  }
  lines.push(current);
  return lines
    .map(collapse)
    .filter((line) => line !== '')
    .join(separator);
}

function uniqueMarks(marks: readonly StatusMark[]): StatusMark[] {
  const seen = new Set<string>();
  const out: StatusMark[] = [];
  for (const mark of marks) {
    const key = `${mark.source}\u0000${mark.text}\u0000${mark.color ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mark);
  }
  return out;
}

/**
 * Plain text as Markdown: backslashes, backticks, asterisks, `_` at the edge of a word and `<`
 * before a tag name are escaped, so the text does not turn into markup. Brackets, intraword
 * underscores and the rest are left alone: they read as themselves.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*]|<(?=[A-Za-z/!?])|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (ch) => `\\${ch}`);
}

/** A link destination as Markdown writes it: bare, or in `<…>` when it has spaces or brackets. */
export function linkDestination(url: string): string {
  if (/[\s<>()]/.test(url)) return `<${url.replace(/[<>\s]/g, (ch) => encodeURIComponent(ch))}>`;
  return url;
}
