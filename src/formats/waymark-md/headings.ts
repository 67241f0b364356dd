// Headings carry the tree: their level gives the parent, a trailing attribute block
// `{#id .kind level=N}` gives the id, and the kind when the default for the place is not meant.
import { findUnescaped } from './inline-text.ts';

export type NodeKind = 'roadmap' | 'section' | 'item' | 'checkin' | 'entry';
export type HeadingKind = Exclude<NodeKind, 'roadmap'>;

export const CHECKIN_HEADING = /^check-?in:? (\d{4}-\d{2}-\d{2})$/i;
export const CHECKIN_TITLE_PREFIX = 'Check-in';
const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

/** What a heading is when it says nothing: the convention's default for where it stands. */
export function defaultKind(parent: NodeKind, text: string): HeadingKind {
  switch (parent) {
    case 'roadmap':
      return CHECKIN_HEADING.test(text) ? 'checkin' : 'section';
    case 'section':
    case 'item':
      return 'item';
    case 'checkin':
    case 'entry':
      return 'entry';
  }
}

export interface HeadingAttributes {
  id?: string;
  kind?: HeadingKind;
  level?: number;
}

export function writeAttributes(attributes: HeadingAttributes): string {
  const parts = [
    ...(attributes.id ? [`#${attributes.id}`] : []),
    ...(attributes.kind ? [`.${attributes.kind}`] : []),
    ...(attributes.level ? [`level=${attributes.level}`] : []),
  ];
  return parts.length === 0 ? '' : ` {${parts.join(' ')}}`;
}

export interface ParsedHeading extends HeadingAttributes {
  /** The raw title, attribute block removed. */
  raw: string;
}

const KINDS: readonly string[] = ['section', 'item', 'checkin', 'entry'];

/** Splits off a final attribute block; text in braces that is not one stays part of the title. */
export function parseHeading(inline: string): ParsedHeading {
  const text = inline.trim();
  if (!text.endsWith('}')) return { raw: text };
  let open = -1;
  for (let at = findUnescaped(text, '{'); at >= 0; at = findUnescaped(text, '{', at + 1)) open = at;
  if (open < 0 || text.slice(open + 1, -1).includes('}')) return { raw: text };
  const parsed: ParsedHeading = { raw: text.slice(0, open).trimEnd() };
  for (const part of text
    .slice(open + 1, -1)
    .trim()
    .split(/\s+/)) {
    const level = /^level=(\d{1,3})$/.exec(part);
    if (part.startsWith('#') && SLUG.test(part.slice(1)) && parsed.id === undefined)
      parsed.id = part.slice(1);
    else if (part.startsWith('.') && KINDS.includes(part.slice(1)) && parsed.kind === undefined)
      parsed.kind = part.slice(1) as HeadingKind;
    else if (level && parsed.level === undefined) parsed.level = Number(level[1]);
    else return { raw: text };
  }
  return parsed;
}
