// The plain text a browser gives for a rendered wiki or docs page (copied, or saved as text) →
// Outline. Chrome is dropped, the first line is taken as the page title, headings are found from
// cues (see headings.ts), lists nest by indentation, rendered status templates become marks.

import { LineIndex, normaliseSource, warningAt } from '../outline/source-text.ts';
import type { Outline, Warning } from '../outline/types.ts';
import { buildPageBlocks } from './blocks.ts';
import { findHeadings } from './headings.ts';
import { dropChrome, splitLines } from './lines.ts';

export { extractStatus } from './status.ts';

/** Page text → Outline. Total: never throws, whatever the input. */
export function parsePageText(text: string): Outline {
  const warnings: Warning[] = [];
  try {
    const { text: source, controls } = normaliseSource(typeof text === 'string' ? text : String(text));
    if (controls >= 0) {
      warnings.push(
        warningAt(new LineIndex(source).position(controls), 'NUL or DEL characters replaced by U+FFFD'),
      );
    }
    const lines = splitLines(source);
    const title = dropChrome(lines);
    const headings = findHeadings(lines, warnings);
    const blocks = buildPageBlocks(lines, headings);
    return { format: 'text', ...(title ? { title } : {}), meta: {}, blocks, warnings };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push(warningAt({ line: 1, column: 1 }, `could not read the document: ${reason}`));
    return { format: 'text', meta: {}, blocks: [], warnings };
  }
}
