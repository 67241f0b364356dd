// From document text to an interchange document: parse with the format's parser, then infer.
import { createHash } from 'node:crypto';
import type { InterchangeDocument } from '../domain/interchange/index.ts';
import { parseAsciidoc } from './adoc/index.ts';
import { importConvention } from './convention/import.ts';
import { type DataOptions, dataDocument } from './data-document.ts';
import { detectFormat, type InputFormat } from './detect.ts';
import { parseGoogleCodeWiki } from './googlecode/index.ts';
import { parseHtml } from './html/index.ts';
import { inferRoadmap } from './infer/index.ts';
import { parseMarkdown } from './markdown/index.ts';
import { parseOrg } from './org/index.ts';
import type { Outline, Parser, SourceFormat, Warning } from './outline/types.ts';
import { parsePageText } from './page-text/index.ts';
import { parsePod } from './pod/index.ts';
import { parseRst } from './rst/index.ts';
import { parseTextile } from './textile/index.ts';
import { importWaymarkMarkdown, isWaymarkMarkdown } from './waymark-md/index.ts';
import { parseWikitext } from './wikitext/index.ts';

export const PARSERS: Record<SourceFormat, Parser> = {
  md: parseMarkdown,
  rst: parseRst,
  wikitext: parseWikitext,
  html: parseHtml,
  text: parsePageText,
  org: parseOrg,
  adoc: parseAsciidoc,
  pod: parsePod,
  textile: parseTextile,
  googlecode: parseGoogleCodeWiki,
};

export interface ImportTextOptions {
  path?: string;
  format?: InputFormat;
  id?: string;
  /** For JSON, YAML and TOML: today's date, a `--map` key map, a KEP's README (see structured/). */
  data?: Pick<DataOptions, 'today' | 'keyMap' | 'readme'>;
}

export interface ImportedText {
  format: InputFormat;
  document: InterchangeDocument;
  warnings: Warning[];
  outline?: Outline;
}

function titleFromPath(path: string | undefined): string | undefined {
  const name = path
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]+$/, '');
  return name ? name.replace(/[_-]+/g, ' ').trim() || undefined : undefined;
}

export function importText(text: string, options: ImportTextOptions = {}): ImportedText {
  const format = options.format ?? detectFormat(options.path, text);
  if (format === 'json' || format === 'yaml' || format === 'toml') {
    const fallbackTitle = titleFromPath(options.path);
    const { document, warnings } = dataDocument(text, format, {
      ...options.data,
      ...(options.path ? { path: options.path } : {}),
      ...(options.id ? { id: options.id } : {}),
      ...(fallbackTitle ? { fallbackTitle } : {}),
    });
    return { format, document, warnings };
  }
  const sha256 = createHash('sha256').update(text).digest('hex');
  const fallbackTitle = titleFromPath(options.path);
  if (format === 'md' && isWaymarkMarkdown(text)) {
    const named = {
      sha256,
      ...(options.path ? { path: options.path } : {}),
      ...(options.id ? { id: options.id } : {}),
    };
    return {
      format,
      ...importWaymarkMarkdown(text, { ...named, ...(fallbackTitle ? { fallbackTitle } : {}) }),
    };
  }
  const convention = importConvention(text, {
    sha256,
    ...(options.path ? { path: options.path } : {}),
    ...(options.id ? { id: options.id } : {}),
  });
  if (convention && 'document' in convention) return convention;
  const outline = PARSERS[format](text.replace(/\r\n?/g, '\n'));
  const { roadmap, warnings } = inferRoadmap(outline, {
    sha256,
    ...(options.path ? { path: options.path } : {}),
    ...(options.id ? { id: options.id } : {}),
    ...(fallbackTitle ? { fallbackTitle } : {}),
  });
  const all = convention ? [convention.fallback, ...warnings] : warnings;
  return { format, document: { format: 'waymark/v1', roadmap }, warnings: all, outline };
}
