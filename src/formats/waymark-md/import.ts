// The importer's entry: a Markdown file that says it follows the convention is read by the
// convention's reader, and like every import its `source` names the file that was read.
import type { InterchangeDocument } from '../../domain/interchange/index.ts';
import { findFrontMatter } from '../markdown/frontmatter.ts';
import type { Warning } from '../outline/types.ts';
import { MARKER_KEY } from './front-matter.ts';
import { readWaymarkMarkdown } from './read.ts';

const MARKER_LINE = new RegExp(`^${MARKER_KEY}[ \\t]*:`, 'm');

/** Whether Markdown text carries the convention's marker: a `waymark:` key in its front matter. */
export function isWaymarkMarkdown(text: string): boolean {
  const front = findFrontMatter(text);
  return front !== undefined && MARKER_LINE.test(front.value);
}

export interface WaymarkImportOptions {
  sha256: string;
  path?: string;
  id?: string;
  fallbackTitle?: string;
}

export function importWaymarkMarkdown(
  text: string,
  options: WaymarkImportOptions,
): { document: InterchangeDocument; warnings: Warning[] } {
  const { document, warnings } = readWaymarkMarkdown(text, {
    ...(options.fallbackTitle ? { fallbackTitle: options.fallbackTitle } : {}),
  });
  const { source: _recorded, ...roadmap } = document.roadmap;
  return {
    document: {
      format: 'waymark/v1',
      roadmap: {
        ...roadmap,
        ...(options.id ? { id: options.id } : {}),
        source: { format: 'md', ...(options.path ? { path: options.path } : {}), sha256: options.sha256 },
      },
    },
    warnings,
  };
}
