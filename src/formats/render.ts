// Writing a roadmap out: one entry point over every export format.
import { stringify as toYaml } from 'yaml';
import type { InterchangeDocument } from '../domain/interchange/index.ts';
import { type FeedRevision, renderAtom } from './atom/render.ts';
import { renderCsv } from './csv/render.ts';
import { renderHtmlPage } from './html-page/render.ts';
import { renderIcs } from './ics/render.ts';
import { renderMermaid } from './mermaid/render.ts';
import { renderRst } from './rst-export/render.ts';
import { renderWaymarkMarkdown } from './waymark-md/index.ts';
import { renderWikitext } from './wikitext-export/render.ts';

export const EXPORT_FORMATS = [
  'json',
  'yaml',
  'html',
  'csv',
  'ics',
  'mermaid',
  'atom',
  'md',
  'rst',
  'wikitext',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

export interface RenderOptions {
  revisions?: readonly FeedRevision[];
}

export function renderDocument(
  document: InterchangeDocument,
  format: ExportFormat,
  options: RenderOptions = {},
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(document, null, 2)}\n`;
    case 'yaml':
      return toYaml(document);
    case 'html':
      return renderHtmlPage(document.roadmap);
    case 'csv':
      return renderCsv(document.roadmap);
    case 'ics':
      return renderIcs(document.roadmap);
    case 'mermaid':
      return renderMermaid(document.roadmap);
    case 'md':
      return renderWaymarkMarkdown(document);
    case 'rst':
      return renderRst(document);
    case 'wikitext':
      return renderWikitext(document);
    case 'atom':
      return renderAtom(document.roadmap, options.revisions ? { revisions: options.revisions } : {});
  }
}
