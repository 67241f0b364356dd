// Recognises an rst or wikitext document written by Waymark (it opens with its marker) and reads
// it with the convention reader; undefined sends the text through the generic inference instead.
import type { InterchangeDocument } from '../../domain/interchange/index.ts';
import type { Warning } from '../outline/types.ts';
import { isRstConvention, readRstConvention } from '../rst-export/read.ts';
import { isWikitextConvention, readWikitextConvention } from '../wikitext-export/read.ts';
import type { ConventionOptions } from './document.ts';

export interface ConventionImport {
  format: 'rst' | 'wikitext';
  document: InterchangeDocument;
  warnings: Warning[];
}

export function importConvention(
  text: string,
  options: ConventionOptions & { id?: string },
): ConventionImport | { fallback: Warning } | undefined {
  const read = isRstConvention(text)
    ? { format: 'rst' as const, result: readRstConvention(text, options) }
    : isWikitextConvention(text)
      ? { format: 'wikitext' as const, result: readWikitextConvention(text, options) }
      : undefined;
  if (!read) return undefined;
  if (!read.result) {
    const message = `the ${read.format} text opens with a waymark marker but does not follow the convention (docs/formats.md); read it as ordinary ${read.format}`;
    return { fallback: { line: 1, column: 1, message } };
  }
  const { document, warnings } = read.result;
  const roadmap = options.id ? { ...document.roadmap, id: options.id } : document.roadmap;
  return { format: read.format, document: { ...document, roadmap }, warnings };
}
