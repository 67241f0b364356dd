// parseMarkdown: CommonMark + GFM (+ YAML front matter, inline and block HTML) into the common
// outline. Total: it never throws, whatever the input; a part it cannot read becomes a warning.
import type { Nodes, Root } from 'mdast';
import { MAX_INLINE_DEPTH } from '../html/inline.ts';
import type { Block, Outline, Position, Warning } from '../outline/types.ts';
import { convertBlocks } from './blocks.ts';
import { MAX_BLOCK_DEPTH, type MdContext } from './context.ts';
import { readFrontMatter } from './frontmatter.ts';
import { type LinkDefinition, micromarkIdentifiers, parseChunk, readDefinitions } from './micromark.ts';
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
  let definitions: Map<string, LinkDefinition>;
  try {
    prepared = prepare(input, limits);
    definitions = readDefinitions(prepared.definitions);
  } catch (error) {
    warnings.push({ line: 1, column: 1, message: `Markdown could not be read: ${describe(error)}` });
    return outline;
  }
  for (const warning of prepared.warnings) warnings.push(warning);
  const defined = micromarkIdentifiers(definitions);
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

  for (const chunk of prepared.chunks) {
    try {
      const source = prepared.text.slice(chunk.start, chunk.end);
      const root = parseChunk(source, defined);
      const position = chunkPosition(chunk);
      const ctx: MdContext = {
        source,
        restore: restoreText,
        definitions,
        warnings,
        position,
        tooDeep: (node: Nodes | undefined) => tooDeep(position(node?.position?.start)),
      };
      if (chunk.start === 0) frontMatter(root, ctx, outline);
      const blocks: Block[] = [];
      convertBlocks(root.children, ctx, blocks, 0);
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

function chunkPosition(chunk: Chunk): MdContext['position'] {
  return (point) => {
    if (!point) return { line: chunk.line, column: chunk.column };
    return {
      line: chunk.line + point.line - 1,
      column: point.line === 1 ? chunk.column + point.column - 1 : point.column,
    };
  };
}

function frontMatter(root: Root, ctx: MdContext, outline: Outline): void {
  const first = root.children[0];
  if (first?.type !== 'yaml') return;
  const start = ctx.position(first.position?.start);
  const { meta, title } = readFrontMatter(ctx.restore(first.value), start.line + 1, ctx.warnings);
  outline.meta = meta;
  if (title !== undefined) outline.title = title;
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'nested too deep';
  return error instanceof Error ? error.message : String(error);
}
