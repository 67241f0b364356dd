// Constructors for outline blocks out of region lines.
import type { Block, CodeBlock, HeadingBlock, Inline, ParagraphBlock, Position } from '../outline/types.ts';
import { type Context, defer, emptyInline, retarget } from './context.ts';
import type { RawText } from './inline.ts';
import { colAt, isBlank, type Region, type Source, textAt } from './source.ts';

export function position(line: number, col: number): Position {
  return { line: line + 1, column: col + 1 };
}

/** The text of lines `from`..`to` of a region, indentation removed, joined by newlines. */
export function rawText(src: Source, r: Region, from: number, to: number): RawText {
  const parts: string[] = [];
  const cols: number[] = [];
  for (let i = from; i < to; i++) {
    parts.push(textAt(src, r, i));
    cols.push(colAt(src, r, i));
  }
  return { text: parts.join('\n'), line: from, cols };
}

export function rawOf(text: string, line: number, col: number): RawText {
  return { text, line, cols: [col] };
}

export function paragraph(ctx: Context, raw: RawText): ParagraphBlock {
  const block: ParagraphBlock = {
    kind: 'paragraph',
    ...emptyInline(),
    pos: position(raw.line, raw.cols[0] ?? 0),
  };
  return defer(ctx, block, raw);
}

export function heading(ctx: Context, raw: RawText, level: number): HeadingBlock {
  const block: HeadingBlock = {
    kind: 'heading',
    level,
    ...emptyInline(),
    pos: position(raw.line, raw.cols[0] ?? 0),
  };
  return defer(ctx, block, raw);
}

/** Literal lines with the common indentation `base` (absolute) removed. */
export function literalText(src: Source, from: number, to: number, base: number): string {
  const lines: string[] = [];
  for (let i = from; i < to; i++) {
    const line = src.line[i] ?? '';
    lines.push(line.slice(Math.min(base, src.indent[i] ?? 0)));
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

export function code(text: string, line: number, col: number, lang?: string): CodeBlock {
  return lang
    ? { kind: 'code', lang, text, pos: position(line, col) }
    : { kind: 'code', text, pos: position(line, col) };
}

/**
 * Gives `target` (a list item, a field value) the text of the body's first paragraph, its own
 * words, and returns the blocks that follow it.
 */
export function adoptHead(ctx: Context, blocks: Block[], target: Inline): Block[] {
  const first = blocks[0];
  if (first?.kind !== 'paragraph') return blocks;
  retarget(ctx, first, target);
  return blocks.slice(1);
}

/** Paragraphs of a region separated by blank lines, nothing else: the reading of too-deep bodies. */
export function plainParagraphs(ctx: Context, src: Source, r: Region, out: Block[]): void {
  let i = r.start;
  while (i < r.end) {
    if (isBlank(src, r, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < r.end && !isBlank(src, r, j)) j++;
    out.push(paragraph(ctx, rawText(src, r, i, j)));
    i = j;
  }
}
