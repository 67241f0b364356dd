// Markers, headings and bodies of the rst convention: `.. waymark:` comments (invisible in the
// rendered page), docutils section titles with one adornment per depth, SWH-style bodies.
import type { HeadedKind, Marker, Syntax } from '../convention/document.ts';
import { encodeData, type Own } from '../convention/entity.ts';
import { readBody, renderBody } from './body.ts';
import { escapeLine, titleWidth, unescapeRst } from './escape.ts';

// Depth 1 is the roadmap's title (overlined `=`); SWH uses `-` for areas and `^` for goals.
const ADORNMENTS = ['-', '^', '~', '"', "'", '+', '#', '*', ':', ';', ',', '!', '$', '%', '&', '/', '?', '@'];

const MARKER = /^\.\. waymark: (roadmap|section|item|checkin) ([a-z0-9][a-z0-9._-]*)(?: ([^\n]*))?$/;

export const rstSyntax: Syntax = {
  format: 'rst',
  marker(kind: HeadedKind, id: string, data: Own): string {
    return `.. waymark: ${kind} ${id}${Object.keys(data).length > 0 ? ` ${encodeData(data)}` : ''}`;
  },
  readMarker(line: string): Marker | undefined {
    const m = MARKER.exec(line);
    return m ? { kind: m[1] as HeadedKind, id: m[2] as string, ...(m[3] ? { json: m[3] } : {}) } : undefined;
  },
  heading(depth: number, title: string): string[] {
    const text = escapeLine(title);
    const width = titleWidth(text);
    if (depth <= 1) return ['='.repeat(width), text, '='.repeat(width)];
    const adornment = ADORNMENTS[Math.min(depth - 2, ADORNMENTS.length - 1)] as string;
    return [text, adornment.repeat(width)];
  },
  readHeading(lines: readonly string[]) {
    let i = 0;
    while (i < lines.length && (lines[i] as string).trim() === '') i++;
    const [a = '', b = '', c = ''] = lines.slice(i, i + 3);
    if (/^=+$/.test(a) && /^=+$/.test(c) && b !== '') return { depth: 1, title: unescapeRst(b), next: i + 3 };
    const char = b[0] ?? '';
    const index = ADORNMENTS.indexOf(char);
    if (a === '' || index < 0 || b !== char.repeat(b.length)) return undefined;
    return { depth: index + 2, title: unescapeRst(a), next: i + 2 };
  },
  body: renderBody,
  readBody,
};
