// parseMarkdown: CommonMark + GFM (+ YAML front matter, inline and block HTML) into the common
// outline. Total: it never throws, whatever the input; a part it cannot read becomes a warning.
import type { Token } from 'markdown-it';
import { MAX_INLINE_DEPTH } from '../html/inline.ts';
import type { Block, Outline, Position, Warning } from '../outline/types.ts';
import { convertBlocks } from './blocks.ts';
import { MAX_BLOCK_DEPTH, type MdContext } from './context.ts';
import { normalise, parseTokens, type References, readReferences, type TokenMeta } from './engine.ts';
import { readFrontMatter } from './frontmatter.ts';
import { type Chunk, DEFAULT_LIMITS, type Limits, prepare, restore } from './prepare.ts';

export function parseMarkdown(text: string): Outline {
  return parseMarkdownWith(text, DEFAULT_LIMITS);
}

/** parseMarkdown with other limits (tests use small chunks to check chunking changes nothing). */
export function parseMarkdownWith(text: string, limits: Limits): Outline {
  const warnings: Warning[] = [];
  const outline: Outline = { format: 'md', meta: {}, blocks: [], warnings };
  let input: string;
  try {
    input = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  } catch {
    input = '';
  }
  let prepared: ReturnType<typeof prepare>;
  let references: References;
  try {
    prepared = prepare(input, limits);
    references = readReferences(prepared.definitions);
  } catch (error) {
    warnings.push({ line: 1, column: 1, message: `Markdown could not be read: ${describe(error)}` });
    return outline;
  }
  for (const warning of prepared.warnings) warnings.push(warning);
  const restoreText = prepared.changed ? restore : (value: string) => value;
  let warnedDepth = false;
  const tooDeep = (at: Position): void => {
    if (warnedDepth) return;
    warnedDepth = true;
    warnings.push({
      ...at,
      message: `content nested deeper than ${MAX_BLOCK_DEPTH} blocks or ${MAX_INLINE_DEPTH} inline levels is taken flat`,
    });
  };

  if (prepared.frontMatter) frontMatter(prepared.frontMatter, restoreText, outline);
  for (const chunk of prepared.chunks) {
    if (chunk.end <= chunk.start) continue;
    try {
      const source = normalise(prepared.text.slice(chunk.start, chunk.end));
      const tokens = parseTokens(source, references);
      const ctx: MdContext = {
        restore: restoreText,
        warnings,
        position: chunkPosition(chunk, source),
        tooDeep,
      };
      const blocks: Block[] = [];
      convertBlocks({ tokens, i: 0 }, ctx, blocks, 0);
      for (const block of blocks) outline.blocks.push(block);
    } catch (error) {
      warnings.push({
        line: chunk.line,
        column: chunk.column,
        message: `Markdown from here to the next part could not be read: ${describe(error)}`,
      });
    }
  }
  return outline;
}

/** Positions of a chunk's tokens in the document: lines from the token map, columns from its offset. */
function chunkPosition(chunk: Chunk, source: string): MdContext['position'] {
  return (token: Token | undefined) => {
    const line = token?.map?.[0] ?? 0;
    const at = (token?.meta as TokenMeta | null)?.at;
    const column = at === undefined ? 1 : at - (source.lastIndexOf('\n', at - 1) + 1) + 1;
    return {
      line: chunk.line + line,
      column: line === 0 ? chunk.column + column - 1 : column,
    };
  };
}

function frontMatter(
  front: { value: string; line: number },
  restoreText: (value: string) => string,
  outline: Outline,
): void {
  const { meta, title } = readFrontMatter(restoreText(front.value), front.line, outline.warnings);
  outline.meta = meta;
  if (title !== undefined) outline.title = title;
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'nested too deep';
  return error instanceof Error ? error.message : String(error);
}
