// Inline content of page text: no markup, but URLs are links and rendered status templates are
// status marks.
import { collapse } from '../outline/inline.ts';
import { escapeMarkdown, guardLineStart } from '../outline/markdown-text.ts';
import { trimUrl } from '../outline/source-text.ts';
import type { Inline, OutlineLink, StatusMark } from '../outline/types.ts';
import { dropImageNames } from './lines.ts';
import { extractStatus } from './status.ts';

const URL = /\b(?:https?|ftp):\/\/[^\s<>"'\u00a0]{1,2000}/g;

export function inlineOf(raw: string, options: { keepStatusWords?: boolean } = {}): Inline {
  const cleaned = dropImageNames(raw)
    .replace(/[\t\n\r]+/g, ' ')
    .trim();
  const { text: rest, mark } = extractStatus(cleaned);
  const text = collapse(options.keepStatusWords ? cleaned : rest);
  const marks: StatusMark[] = mark ? [mark] : [];
  const links: OutlineLink[] = [];
  let markdown = '';
  let last = 0;
  for (const match of text.matchAll(URL)) {
    const url = trimUrl(match[0]);
    markdown += escapeMarkdown(text.slice(last, match.index)) + url;
    last = match.index + url.length;
    links.push({ url });
  }
  markdown += escapeMarkdown(text.slice(last));
  return { text, markdown: guardLineStart(markdown), links, marks };
}
