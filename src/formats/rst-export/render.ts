// reStructuredText export in the Software Heritage roadmap style, readable back exactly.
import type { InterchangeDocument } from '../../domain/interchange/index.ts';
import { renderConvention } from '../convention/document.ts';
import { rstSyntax } from './syntax.ts';

export function renderRst(document: InterchangeDocument): string {
  return renderConvention(document, rstSyntax);
}
