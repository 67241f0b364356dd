// Accumulates an inline text as plain text and Markdown side by side: the builder of the parsers
// that write their Markdown as they scan (RST, POD, Textile).
import { collapse } from './inline.ts';
import { escapeMarkdown, guardLineStart, markdownLink } from './markdown-text.ts';
import type { Inline, OutlineLink, StatusMark } from './types.ts';

/** Plain text and Markdown side by side, with the links and status marks met on the way. */
export class InlineBuilder {
  private readonly text: string[] = [];
  private readonly markdown: string[] = [];
  readonly links: OutlineLink[] = [];
  readonly marks: StatusMark[] = [];

  plain(text: string): void {
    this.text.push(text);
    this.markdown.push(escapeMarkdown(text));
  }

  /** Text with its own Markdown form. */
  markup(text: string, markdown: string): void {
    this.text.push(text);
    this.markdown.push(markdown);
  }

  link(text: string, url: string, textMarkdown = escapeMarkdown(collapse(text))): void {
    const shown = collapse(text);
    this.text.push(shown === '' ? url : shown);
    this.markdown.push(markdownLink(shown === url ? '' : textMarkdown, url));
    this.links.push(shown === '' || shown === url ? { url } : { url, title: shown });
  }

  append(inline: Inline): void {
    this.text.push(inline.text);
    this.markdown.push(inline.markdown);
    this.links.push(...inline.links);
    this.marks.push(...inline.marks);
  }

  /** The accumulated text and Markdown as they are, for wrapping in an enclosing markup. */
  raw(): { text: string; markdown: string } {
    return { text: this.text.join(''), markdown: this.markdown.join('') };
  }

  build(): Inline {
    return {
      text: collapse(this.text.join('')),
      markdown: guardLineStart(collapse(this.markdown.join(''))),
      links: this.links,
      marks: this.marks,
    };
  }
}
