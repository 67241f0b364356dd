// Which parser reads a document: from its file extension first, else from what its text looks like.
import type { SourceFormat } from './outline/types.ts';
import { looksLikeToml, looksLikeYaml } from './structured/detect-data.ts';

/** Data formats hold structured data (an interchange document, a KEP, a schedule, a roadmap file), not text to infer from. */
export type DataFormat = 'json' | 'yaml' | 'toml';
export type InputFormat = SourceFormat | DataFormat;

export const FORMAT_NAMES: readonly InputFormat[] = [
  'md',
  'rst',
  'wikitext',
  'html',
  'text',
  'org',
  'adoc',
  'pod',
  'textile',
  'googlecode',
  'json',
  'yaml',
  'toml',
];

const EXTENSIONS: Record<string, InputFormat> = {
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  rst: 'rst',
  rest: 'rst',
  mediawiki: 'wikitext',
  wikitext: 'wikitext',
  wiki: 'wikitext',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  org: 'org',
  adoc: 'adoc',
  asciidoc: 'adoc',
  asc: 'adoc',
  pod: 'pod',
  pm: 'pod',
  textile: 'textile',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  toml: 'toml',
};

const GOOGLE_CODE_PRAGMA = /^#(summary|labels|sidebar)\b/m;

// A title underlined by a line of one punctuation character about as long as the title.
const UNDERLINED = /^(\S[^\n]*)\n([=\-~^"'`#*+])\2{2,}[ \t]*$/gm;

/** How many RST-style section titles the text has; one alone is as likely a plain-text banner. */
function underlinedHeadings(text: string): number {
  let count = 0;
  for (const match of text.matchAll(UNDERLINED)) {
    const title = (match[1] ?? '').trimEnd().length;
    const line = match[0].length - (match[1] ?? '').length - 1;
    if (line >= title - 1 && line <= title + 4) count++;
  }
  return count;
}

function fromContent(text: string): InputFormat {
  const head = text.slice(0, 20_000);
  // TOML may open with a `[table]` that looks like JSON or a `[[table]]` that looks like a wiki link.
  if (looksLikeToml(text)) return 'toml';
  if (/^\s*[{[]/.test(head)) return 'json';
  // Before Markdown: a YAML comment line reads like a heading.
  if (looksLikeYaml(text)) return 'yaml';
  if (/^\s*(<!doctype html|<html[\s>])/i.test(head)) return 'html';
  if (/^=(head[1-4]|pod|over|item)\b/m.test(head)) return 'pod';
  if (GOOGLE_CODE_PRAGMA.test(head)) return 'googlecode';
  if (/^#\+(TITLE|STARTUP|TODO|AUTHOR|OPTIONS):/im.test(head)) return 'org';
  if (/^(:[\w-]+:.*\n)*= \S/.test(head) && /^:(toc|author|revnumber|[\w-]+):/m.test(head)) return 'adoc';
  if (/^(={2,6})[^=\n].*?\1\s*$/m.test(head) || /\{\{[^}\n]+\}\}|\[\[[^\]\n]+\]\]|^\{\|/m.test(head))
    return 'wikitext';
  if (/^h[1-6]\.\s/m.test(head)) return 'textile';
  if (/^.+\n([=\-~^"'`#*+])\1{2,}\s*$/m.test(head) && /^\.\. |^:\w[\w ]*: |`_/m.test(head)) return 'rst';
  if (/^#{1,6}\s|^```|^\s*[-*+] \[[ xX]\]|^\|.*\|\s*$\n^\|?\s*:?-{3,}/m.test(head)) return 'md';
  if (underlinedHeadings(head) >= 2) return 'rst';
  if (/^\*+ \S/m.test(head) && /^#\+/m.test(head)) return 'org';
  return 'text';
}

/** The format of a document, named explicitly, by extension, or by content. */
export function detectFormat(path: string | undefined, text: string): InputFormat {
  const name = path?.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const byExt = EXTENSIONS[ext];
  if (byExt === 'wikitext' && GOOGLE_CODE_PRAGMA.test(text.slice(0, 2000))) return 'googlecode';
  if (byExt === 'text') {
    // A saved page is text; a .txt that is plainly another markup is read as that markup.
    const guess = fromContent(text);
    return guess === 'md' || guess === 'rst' || guess === 'org' ? guess : 'text';
  }
  return byExt ?? fromContent(text);
}
