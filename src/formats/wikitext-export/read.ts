// Reading back a wikitext roadmap written by `renderWikitext` (it opens with its marker).
import { type ConventionOptions, type ConventionResult, readConvention } from '../convention/document.ts';
import { wikitextSyntax } from './syntax.ts';

const OPENING = /^\s*<!-- waymark: roadmap [a-z0-9]/;

export function isWikitextConvention(text: string): boolean {
  return OPENING.test(text.replace(/^\uFEFF/, ''));
}

export function readWikitextConvention(
  text: string,
  options: ConventionOptions = {},
): ConventionResult | undefined {
  return readConvention(text.replace(/^\uFEFF/, ''), wikitextSyntax, options);
}
