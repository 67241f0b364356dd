// Helpers shared by the RST, POD and Textile parser tests.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Block, HeadingBlock, ListBlock, Outline } from '../../../src/formats/outline/types.ts';

/** A document of the shared corpus, read at run time (never copied into the project). */
export function corpus(path: string): string {
  return readFileSync(new URL(`../../../../shared/corpus/${path}`, import.meta.url), 'utf8');
}

/** Every block, nested ones included, in document order. */
export function allBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const visit = (list: Block[]) => {
    for (const block of list) {
      out.push(block);
      if (block.kind === 'list') for (const item of block.items) visit(item.children);
      if (block.kind === 'field') visit(block.children);
    }
  };
  visit(blocks);
  return out;
}

export function headings(outline: Outline): HeadingBlock[] {
  return outline.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
}

export function headingTexts(outline: Outline, level: number): string[] {
  return headings(outline)
    .filter((h) => h.level === level)
    .map((h) => h.text);
}

/** The first top-level block after the heading with this text. */
export function blockAfter(outline: Outline, heading: string, offset = 1): Block | undefined {
  const at = outline.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  return at < 0 ? undefined : outline.blocks[at + offset];
}

export function asList(block: Block | undefined): ListBlock {
  expect(block?.kind).toBe('list');
  return block as ListBlock;
}

/** What every outline must satisfy whatever the input: the shape and positions inside the text. */
export function expectWellFormed(outline: Outline, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  expect(Array.isArray(outline.blocks)).toBe(true);
  expect(typeof outline.meta).toBe('object');
  const inRange = (p: { line: number; column: number }) => {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(Math.max(lines, 1));
    expect(p.column).toBeGreaterThanOrEqual(1);
  };
  for (const warning of outline.warnings) {
    inRange(warning);
    expect(warning.message).not.toBe('');
  }
  for (const block of allBlocks(outline.blocks)) {
    inRange(block.pos);
    if (block.kind === 'heading' || block.kind === 'paragraph') {
      expect(block.text).toBe(block.text.trim());
      expect(typeof block.markdown).toBe('string');
    }
    if (block.kind === 'list') for (const item of block.items) inRange(item.pos);
  }
  expect(() => JSON.stringify(outline)).not.toThrow();
}
