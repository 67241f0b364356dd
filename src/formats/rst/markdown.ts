// Small Markdown writers shared by the RST, POD and Textile inline renderers.
import { collapse } from '../outline/inline.ts';
import type { Inline, OutlineLink, StatusMark } from '../outline/types.ts';

/** Escapes the characters that would read as Markdown syntax inside running text. */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    switch (ch) {
      case '\\':
      case '`':
      case '*':
      case '[':
      case ']':
        out += `\\${ch}`;
        break;
      case '_': {
        // Intra-word underscores never make emphasis; escaping them would only add noise.
        const inWord = /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
        out += inWord ? ch : '\\_';
        break;
      }
      case '<':
        out += '\\<';
        break;
      case '&':
        out += /^&#?[A-Za-z0-9]+;/.test(text.slice(i, i + 12)) ? '\\&' : ch;
        break;
      case '~':
        out += text[i + 1] === '~' || text[i - 1] === '~' ? '\\~' : ch;
        break;
      default:
        out += ch;
    }
  }
  return out;
}

/** A code span whose fence is longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const content = collapse(text);
  if (content === '') return '';
  let longest = 0;
  let run = 0;
  for (const ch of content) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

export function markdownUrl(url: string): string {
  return url
    .replace(/ /g, '%20')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E');
}

export function markdownLink(textMarkdown: string, url: string): string {
  if (textMarkdown === '') return `<${markdownUrl(url)}>`;
  return `[${textMarkdown}](${markdownUrl(url)})`;
}

/** Keeps an inline text from reading as a block construct when it starts a Markdown line. */
export function guardLineStart(markdown: string): string {
  if (/^(#{1,6}(\s|$)|[-+*](\s|$)|>|=+$)/.test(markdown)) return `\\${markdown}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(markdown);
  if (ordered) return `${ordered[1]}\\${markdown.slice(ordered[1]?.length ?? 0)}`;
  return markdown;
}

/** Accumulates an inline text as plain text and Markdown side by side. */
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
