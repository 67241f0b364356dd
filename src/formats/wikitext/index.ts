// MediaWiki wikitext → Outline. wikiparser-node reads documents up to WIKIPARSER_MAX_CHARS; larger
// or deeply nested ones (where its time grows faster than the input and it can exhaust the stack)
// are read by the line-based reader, with a warning.
import Parser from 'wikiparser-node';
import { LineIndex, normaliseSource, warningAt } from '../outline/source-text.ts';
import type { Block, Outline, Warning } from '../outline/types.ts';
import type { WikiNode } from './ast-inline.ts';
import { astLines } from './ast-lines.ts';
import { buildBlocks, type WikiLine } from './blocks.ts';
import { readLines } from './line-reader.ts';

/** Above this size (UTF-16 code units) the line-based reader is used. */
export const WIKIPARSER_MAX_CHARS = 64 * 1024;
/** Deeper `{{…}}` or `[[…]]` nesting goes to the line-based reader. */
export const WIKIPARSER_MAX_NESTING = 32;

function nesting(text: string, open: string, close: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === open && text[i + 1] === open) {
      depth++;
      i++;
      if (depth > max) max = depth;
    } else if (text[i] === close && text[i + 1] === close) {
      depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return max;
}

/** Why wikiparser-node should not read this text, if it should not. */
function tooHeavy(text: string): string | undefined {
  if (text.length > WIKIPARSER_MAX_CHARS) {
    return `document is ${Math.ceil(text.length / 1024)} KiB, above the ${WIKIPARSER_MAX_CHARS / 1024} KiB the full parser reads`;
  }
  if (nesting(text, '{', '}') > WIKIPARSER_MAX_NESTING || nesting(text, '[', ']') > WIKIPARSER_MAX_NESTING) {
    return `templates or links nested deeper than ${WIKIPARSER_MAX_NESTING} levels`;
  }
  return undefined;
}

interface Read {
  lines: WikiLine[];
  categories: string[];
  title?: string;
}

function viaWikiparser(source: string, index: LineIndex): Read {
  const root = Parser.parse(source, false) as unknown as WikiNode;
  if (root.toString() !== source) throw new Error('the parser did not keep the text as written');
  return astLines(root, source, index);
}

function read(source: string, index: LineIndex, warnings: Warning[]): Outline {
  const heavy = tooHeavy(source);
  const before = warnings.length;
  let result: (Read & { blocks: Block[] }) | undefined;
  if (heavy === undefined) {
    try {
      const parsed = viaWikiparser(source, index);
      result = { ...parsed, blocks: buildBlocks(parsed.lines, warnings) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.length = before;
      warnings.push(
        warningAt({ line: 1, column: 1 }, `wikitext parser failed (${reason}); read line by line`),
      );
    }
  } else {
    warnings.push(warningAt({ line: 1, column: 1 }, `${heavy}; read line by line`));
  }
  if (result === undefined) {
    const lines = readLines(source, warnings);
    result = { lines, categories: [], blocks: buildBlocks(lines, warnings) };
  }
  const meta: Record<string, string> = {};
  if (result.categories.length > 0) meta.categories = result.categories.join(', ');
  return {
    format: 'wikitext',
    ...(result.title ? { title: result.title } : {}),
    meta,
    blocks: result.blocks,
    warnings,
  };
}

/** MediaWiki wikitext → Outline. Total: never throws, whatever the input. */
export function parseWikitext(text: string): Outline {
  const warnings: Warning[] = [];
  try {
    const { text: source, controls } = normaliseSource(typeof text === 'string' ? text : String(text));
    const index = new LineIndex(source);
    if (controls >= 0)
      warnings.push(warningAt(index.position(controls), 'NUL or DEL characters replaced by U+FFFD'));
    return read(source, index, warnings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push(warningAt({ line: 1, column: 1 }, `could not read the document: ${reason}`));
    return { format: 'wikitext', meta: {}, blocks: [], warnings };
  }
}
