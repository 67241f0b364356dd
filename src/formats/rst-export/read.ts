// Reading back a reStructuredText roadmap written by `renderRst` (it opens with its marker).
import { type ConventionOptions, type ConventionResult, readConvention } from '../convention/document.ts';
import { rstSyntax } from './syntax.ts';

const OPENING = /^\s*\.\. waymark: roadmap [a-z0-9]/;

export function isRstConvention(text: string): boolean {
  return OPENING.test(text.replace(/^\uFEFF/, ''));
}

export function readRstConvention(
  text: string,
  options: ConventionOptions = {},
): ConventionResult | undefined {
  return readConvention(text.replace(/^\uFEFF/, ''), rstSyntax, options);
}
