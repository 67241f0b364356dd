// Google Code wiki inline markup: *bold*, _italic_, ~~strike~~, `code`, {{{code}}}, ^sup^, ,,sub,,,
// [url text] and [WikiPage text] links, bare URLs, !WikiWord escapes, a few HTML tags.

import { decodeEntities, trimUrl } from '../outline/source-text.ts';
import { type Style, StyledInlineBuilder } from '../outline/styled-inline.ts';
import type { Inline } from '../outline/types.ts';

const TOKEN = new RegExp(
  [
    /\{\{\{(?<tcode>[^{\n]{0,2000}?)\}\}\}/.source,
    /`(?<code>[^`\n]{1,2000})`/.source,
    /\[(?<target>[^\s[\]]{1,2000})(?:\s+(?<label>[^[\]\n]{0,500}))?\]/.source,
    /(?<url>(?:https?|ftp):\/\/[^\s<>[\]"']{1,2000})/.source,
    /!(?<escaped>[A-Z][a-z]+[A-Z]\w*)/.source,
    /<\/?[a-zA-Z][\w:-]{0,30}(?:\s[^<>]{0,500})?\/?>/.source,
    /(?<run>\*{2,}|_{2,}|~{3,}|\^{2,}|,{3,})/.source,
    /(?<marker>\*|_|~~|\^|,,)/.source,
  ].join('|'),
  'g',
);

const MARKERS = new Map<string, Style | undefined>([
  ['*', 'bold'],
  ['_', 'italic'],
  ['~~', 'strike'],
  ['^', undefined],
  [',,', undefined],
]);

const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/** Marker positions that open or close a span: `*` after a non-word and before a non-space, etc. */
function pairedMarkers(line: string): Set<number> {
  const paired = new Set<number>();
  const open = new Map<string, number>();
  for (const match of line.matchAll(TOKEN)) {
    const marker = match.groups?.marker;
    if (marker === undefined) continue;
    const before = line[match.index - 1];
    const after = line[match.index + marker.length];
    const start = open.get(marker);
    if (start !== undefined && !isSpace(before) && !isWord(after)) {
      paired.add(start).add(match.index);
      open.delete(marker);
    } else if (!isWord(before) && !isSpace(after)) open.set(marker, match.index);
  }
  return paired;
}

function textOf(builder: StyledInlineBuilder, text: string): void {
  builder.text(decodeEntities(text));
}

export function feedGoogleCode(builder: StyledInlineBuilder, line: string): void {
  const paired = pairedMarkers(line);
  const active = new Set<string>();
  let last = 0;
  for (const match of line.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    if (groups.marker !== undefined && !paired.has(match.index)) continue;
    textOf(builder, line.slice(last, match.index));
    last = match.index + match[0].length;
    const code = groups.tcode ?? groups.code;
    if (code !== undefined) {
      builder.open('code', { style: 'code' });
      builder.text(code);
      builder.close('code');
    } else if (groups.target !== undefined) {
      const label = groups.label?.trim();
      if (/^(https?|ftp|mailto):/i.test(groups.target)) builder.link(label || groups.target, groups.target);
      else textOf(builder, label || groups.target);
    } else if (groups.url !== undefined) {
      const url = trimUrl(groups.url);
      builder.link(url, url);
      textOf(builder, groups.url.slice(url.length));
    } else if (groups.escaped !== undefined || groups.run !== undefined) {
      textOf(builder, groups.escaped ?? groups.run ?? '');
    } else if (groups.marker !== undefined) {
      const style = MARKERS.get(groups.marker);
      const tag = `gc${groups.marker}`;
      if (active.has(tag)) {
        builder.close(tag);
        active.delete(tag);
      } else {
        builder.open(tag, style ? { style } : {});
        active.add(tag);
      }
    } else if (/^<br\b/i.test(match[0])) builder.space();
  }
  textOf(builder, line.slice(last));
}

export function googleCodeInline(lines: readonly string[]): Inline {
  const builder = new StyledInlineBuilder();
  lines.forEach((line, index) => {
    if (index > 0) builder.space();
    feedGoogleCode(builder, line);
  });
  return builder.finish();
}
