import type { Inline, OutlineLink, StatusMark } from './types.ts';

/** Collapses whitespace the way a reader sees it. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An Inline for text that has no markup of its own. */
export function plainInline(text: string, links: OutlineLink[] = [], marks: StatusMark[] = []): Inline {
  const collapsed = collapse(text);
  return { text: collapsed, markdown: collapsed, links, marks };
}
