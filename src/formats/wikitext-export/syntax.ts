// Markers, headings and bodies of the wikitext convention: `<!-- waymark: … -->` comments
// (invisible on the page), `==` headings one level per depth, Wikimedia-style bodies.
import type { HeadedKind, Marker, Syntax } from '../convention/document.ts';
import { encodeData, type Own } from '../convention/entity.ts';
import { readBody, renderBody } from './body.ts';
import { escapeWiki, unescapeWiki } from './escape.ts';

const MARKER = /^<!-- waymark: (roadmap|section|item|checkin) ([a-z0-9][a-z0-9._-]*)(?: ([^\n]*?))? -->$/;
// MediaWiki has six heading levels; deeper entities share the sixth (see docs/formats.md).
const MAX_LEVEL = 6;

export const wikitextSyntax: Syntax = {
  format: 'wikitext',
  marker(kind: HeadedKind, id: string, data: Own): string {
    return `<!-- waymark: ${kind} ${id}${Object.keys(data).length > 0 ? ` ${encodeData(data)}` : ''} -->`;
  },
  readMarker(line: string): Marker | undefined {
    const m = MARKER.exec(line);
    return m ? { kind: m[1] as HeadedKind, id: m[2] as string, ...(m[3] ? { json: m[3] } : {}) } : undefined;
  },
  heading(depth: number, title: string): string[] {
    const bar = '='.repeat(Math.min(Math.max(depth, 1), MAX_LEVEL));
    return [`${bar} ${escapeWiki(title)} ${bar}`];
  },
  readHeading(lines: readonly string[]) {
    let i = 0;
    while (i < lines.length && (lines[i] as string).trim() === '') i++;
    const m = /^(={1,6}) (.*) \1$/.exec(lines[i] ?? '');
    if (!m) return undefined;
    return { depth: (m[1] as string).length, title: unescapeWiki(m[2] as string), next: i + 1 };
  },
  body: renderBody,
  readBody,
};
