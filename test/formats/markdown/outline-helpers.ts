// Helpers for reading outlines in tests: walk every block, find headings and lists, check shape.
import { readFileSync } from 'node:fs';
import type {
  Block,
  HeadingBlock,
  Inline,
  ListItem,
  Outline,
  Position,
} from '../../../src/formats/outline/types.ts';

/** A corpus document, read at run time from the shared corpus (never copied into the project). */
export function corpus(path: string): string {
  return readFileSync(new URL(`../../../../shared/corpus/${path}`, import.meta.url), 'utf8');
}

/** Every block in document order, nested ones (list item children, field children) included. */
export function allBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  const stack: Block[] = [...blocks].reverse();
  while (stack.length > 0) {
    const block = stack.pop() as Block;
    out.push(block);
    const nested: Block[] = [];
    if (block.kind === 'list') for (const item of block.items) nested.push(...item.children);
    if (block.kind === 'field') nested.push(...block.children);
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i] as Block);
  }
  return out;
}

/** Every list item, nested ones included, in document order. */
export function allItems(blocks: readonly Block[]): ListItem[] {
  const items: ListItem[] = [];
  const visit = (list: readonly Block[]): void => {
    for (const block of list) {
      if (block.kind === 'list') {
        for (const item of block.items) {
          items.push(item);
          visit(item.children);
        }
      } else if (block.kind === 'field') {
        visit(block.children);
      }
    }
  };
  visit(blocks);
  return items;
}

/** All the words of an outline: headings, paragraphs, items, cells, fields, code. */
export function allText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of allBlocks(blocks)) {
    if (block.kind === 'heading' || block.kind === 'paragraph') out.push(block.text);
    if (block.kind === 'list') for (const item of block.items) out.push(item.text);
    if (block.kind === 'table')
      for (const cell of [...block.header, ...block.rows.flat()]) out.push(cell.text);
    if (block.kind === 'field') out.push(block.key, block.value.text);
    if (block.kind === 'code') out.push(block.text);
  }
  return out.join('\n');
}

export function headings(outline: Outline): HeadingBlock[] {
  return outline.blocks.filter((block): block is HeadingBlock => block.kind === 'heading');
}

/** The top-level blocks after the heading whose text is `title`, up to the next heading of its level or above. */
export function section(outline: Outline, title: string): Block[] {
  const start = outline.blocks.findIndex((block) => block.kind === 'heading' && block.text === title);
  if (start < 0) throw new Error(`no heading ${title}`);
  const heading = outline.blocks[start] as HeadingBlock;
  const out: Block[] = [];
  for (const block of outline.blocks.slice(start + 1)) {
    if (block.kind === 'heading' && block.level <= heading.level) break;
    out.push(block);
  }
  return out;
}

/** Throws unless the outline is well formed: positions 1-based integers, inlines complete. */
export function checkShape(outline: Outline): void {
  const position = (pos: Position, where: string): void => {
    if (!Number.isInteger(pos.line) || !Number.isInteger(pos.column) || pos.line < 1 || pos.column < 1) {
      throw new Error(`bad position at ${where}: ${JSON.stringify(pos)}`);
    }
  };
  const inline = (value: Inline, where: string): void => {
    if (typeof value.text !== 'string' || typeof value.markdown !== 'string')
      throw new Error(`bad inline at ${where}`);
    if (!Array.isArray(value.links) || !Array.isArray(value.marks)) throw new Error(`bad inline at ${where}`);
    for (const link of value.links) if (typeof link.url !== 'string') throw new Error(`bad link at ${where}`);
    for (const mark of value.marks)
      if (typeof mark.text !== 'string') throw new Error(`bad mark at ${where}`);
  };
  if (!Array.isArray(outline.blocks) || !Array.isArray(outline.warnings)) throw new Error('bad outline');
  for (const warning of outline.warnings) position(warning, `warning ${warning.message}`);
  for (const block of allBlocks(outline.blocks)) {
    position(block.pos, block.kind);
    if (block.kind === 'heading' || block.kind === 'paragraph') inline(block, block.kind);
    if (block.kind === 'list') {
      for (const item of block.items) {
        position(item.pos, 'item');
        inline(item, 'item');
      }
    }
    if (block.kind === 'table')
      for (const cell of [...block.header, ...block.rows.flat()]) inline(cell, 'cell');
    if (block.kind === 'field') inline(block.value, 'field');
    if (block.kind === 'code' && typeof block.text !== 'string') throw new Error('bad code');
  }
}
