// Accumulates inline content as styled segments and turns them into an Inline: plain text,
// Markdown and the status marks the markup carries (whole-text strike, coloured runs).
// Shared by the wiki-like parsers (MediaWiki, Google Code wiki).
import { collapse } from './inline.ts';
import { codeSpan, escapeMarkdown, guardLineStart } from './markdown-text.ts';
import type { Inline, OutlineLink, StatusMark } from './types.ts';

export type Style = 'bold' | 'italic' | 'strike' | 'code';

interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  code: boolean;
  color?: string;
  href?: string;
}

interface OpenTag {
  tag: string;
  style?: Style;
  color?: string;
  colored: boolean;
}

/** Unclosed tags beyond this many are ignored, which keeps every step bounded. */
const MAX_OPEN = 32;
export class StyledInlineBuilder {
  private readonly segments: Segment[] = [];
  private readonly links: OutlineLink[] = [];
  private readonly marks: StatusMark[] = [];
  private readonly stack: OpenTag[] = [];
  private quoteBold = false;
  private quoteItalic = false;

  text(text: string): void {
    this.push(text, undefined);
  }

  private push(text: string, href: string | undefined): void {
    if (text === '') return;
    const styled = (style: Style) =>
      this.stack.some((open) => open.style === style) ||
      (style === 'bold' && this.quoteBold) ||
      (style === 'italic' && this.quoteItalic);
    let color: string | undefined;
    for (let i = this.stack.length - 1; i >= 0 && color === undefined; i--) {
      const open = this.stack[i];
      if (open?.colored) color = open.color;
    }
    const segment: Segment = {
      text,
      bold: styled('bold'),
      italic: styled('italic'),
      strike: styled('strike'),
      code: styled('code'),
    };
    if (color !== undefined) segment.color = color;
    if (href !== undefined) segment.href = href;
    const last = this.segments[this.segments.length - 1];
    if (
      last !== undefined &&
      href === undefined &&
      last.href === undefined &&
      last.bold === segment.bold &&
      last.italic === segment.italic &&
      last.strike === segment.strike &&
      last.code === segment.code &&
      last.color === segment.color
    ) {
      last.text += text;
      return;
    }
    this.segments.push(segment);
  }

  /** A word break. */
  space(): void {
    this.text(' ');
  }

  /** Separates two lines of one cell or item: `; ` unless the first ends with punctuation. */
  softBreak(): void {
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const text = (this.segments[i] as Segment).text.trimEnd();
      if (text === '') continue;
      this.text(/[.;:!?,]$/.test(text) ? ' ' : '; ');
      return;
    }
  }

  link(label: string, url: string): void {
    const text = collapse(label) || url;
    this.push(text, url);
    this.links.push(text === url ? { url } : { url, title: text });
  }

  /** A link whose target is known but that reads as plain text in the source. */
  addLink(link: OutlineLink): void {
    this.links.push(link);
  }

  mark(mark: StatusMark): void {
    this.marks.push(mark);
  }

  /** Opens an HTML-like tag; `color` (possibly undefined) makes it a colour boundary. */
  open(tag: string, options: { style?: Style; color?: string | null } = {}): void {
    if (this.stack.length >= MAX_OPEN) return;
    const open: OpenTag = { tag, colored: options.color !== undefined && options.color !== null };
    if (options.style !== undefined) open.style = options.style;
    if (options.color) open.color = options.color;
    this.stack.push(open);
  }

  /** Closes the innermost open tag of that name; a stray closing tag is ignored. */
  close(tag: string): void {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      if (this.stack[i]?.tag === tag) {
        this.stack.splice(i, 1);
        return;
      }
    }
  }

  /** MediaWiki-style apostrophe toggles, reset at the end of every source line. */
  toggle(style: 'bold' | 'italic'): void {
    if (style === 'bold') this.quoteBold = !this.quoteBold;
    else this.quoteItalic = !this.quoteItalic;
  }

  endLine(): void {
    this.quoteBold = false;
    this.quoteItalic = false;
  }

  get isEmpty(): boolean {
    return this.segments.every((segment) => segment.text.trim() === '');
  }

  finish(): Inline {
    const text = collapse(this.segments.map((segment) => segment.text).join(''));
    const marks = [...this.marks];
    this.addColorMarks(marks);
    const visible = this.segments.filter((segment) => segment.text.trim() !== '');
    if (visible.length > 0 && visible.every((segment) => segment.strike)) {
      marks.push({ source: 'strike', text });
    }
    return { text, markdown: this.markdown(), links: [...this.links], marks };
  }

  private addColorMarks(marks: StatusMark[]): void {
    let run: { color: string; text: string } | undefined;
    const flush = () => {
      const text = run ? collapse(run.text) : '';
      if (run && text !== '') marks.push({ source: 'color', text, color: run.color });
      run = undefined;
    };
    for (const segment of this.segments) {
      if (segment.color === undefined) {
        if (segment.text.trim() !== '') flush();
        else if (run) run.text += segment.text;
        continue;
      }
      if (run && run.color !== segment.color) flush();
      run ??= { color: segment.color, text: '' };
      run.text += segment.text;
    }
    flush();
  }

  private markdown(): string {
    const out: string[] = [];
    let i = 0;
    while (i < this.segments.length) {
      const first = this.segments[i] as Segment;
      let body = '';
      let j = i;
      for (; j < this.segments.length; j++) {
        const segment = this.segments[j] as Segment;
        if (
          segment.bold !== first.bold ||
          segment.italic !== first.italic ||
          segment.strike !== first.strike ||
          segment.code !== first.code
        ) {
          break;
        }
        body += this.renderSegment(segment);
      }
      out.push(wrap(body, first));
      i = j;
    }
    return guardLineStart(collapse(out.join('')));
  }

  private renderSegment(segment: Segment): string {
    if (segment.code) return segment.text;
    const text = escapeMarkdown(segment.text);
    if (segment.href === undefined) return text;
    if (segment.text === segment.href) return segment.href;
    return `[${text}](${segment.href.replace(/[()\s]/g, encodeURIComponent)})`;
  }
}

function wrap(body: string, style: Segment): string {
  const inner = body.trim();
  if (inner === '') return body;
  const lead = body.slice(0, body.length - body.trimStart().length);
  const trail = body.slice(body.trimEnd().length);
  let wrapped = style.code ? codeSpan(inner) : inner;
  if (style.italic) wrapped = `*${wrapped}*`;
  if (style.bold) wrapped = `**${wrapped}**`;
  if (style.strike) wrapped = `~~${wrapped}~~`;
  return `${lead}${wrapped}${trail}`;
}
