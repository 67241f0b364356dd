// MediaWiki wikitext export in the style of Wikimedia's goal pages, readable back exactly.
import type { InterchangeDocument } from '../../domain/interchange/index.ts';
import { renderConvention } from '../convention/document.ts';
import { wikitextSyntax } from './syntax.ts';

export function renderWikitext(document: InterchangeDocument): string {
  return renderConvention(document, wikitextSyntax);
}
