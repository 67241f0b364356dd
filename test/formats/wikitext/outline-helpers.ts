// Small readers over an Outline for the format tests (wikitext, page text, Google Code wiki).
import { readFileSync } from 'node:fs';
import type {
  Block,
  HeadingBlock,
  ListBlock,
  ListItem,
  Outline,
  Position,
} from '../../../src/formats/outline/types.ts';

/** A shared document (`seeds/…`, `corpus/…`), read at run time from ../shared. */
export function shared(path: string): string {
  return readFileSync(new URL(`../../../../shared/${path}`, import.meta.url), 'utf8');
}

export function headings(outline: Outline): { level: number; text: string }[] {
  return outline.blocks
    .filter((block): block is HeadingBlock => block.kind === 'heading')
    .map(({ level, text }) => ({ level, text }));
}

/** Every list item, depth first, with its depth (0 = top-level list). */
export function items(blocks: readonly Block[], depth = 0): { item: ListItem; depth: number }[] {
  const out: { item: ListItem; depth: number }[] = [];
  const visit = (list: readonly Block[], level: number) => {
    for (const block of list) {
      if (block.kind === 'list') {
        for (const item of block.items) {
          out.push({ item, depth: level });
          visit(item.children, level + 1);
        }
      } else if (block.kind === 'field') visit(block.children, level + 1);
    }
  };
  visit(blocks, depth);
  return out;
}

export function item(outline: Outline, starts: string): ListItem {
  const found = items(outline.blocks).find(({ item }) => item.text.startsWith(starts));
  if (!found) throw new Error(`no item starting "${starts}"`);
  return found.item;
}

/** The blocks between a heading (found by text, the nth occurrence) and the next heading. */
export function section(outline: Outline, title: string, occurrence = 0): Block[] {
  let seen = -1;
  const start = outline.blocks.findIndex(
    (block) => block.kind === 'heading' && block.text === title && ++seen === occurrence,
  );
  if (start < 0) throw new Error(`no heading "${title}"`);
  const end = outline.blocks.findIndex((block, index) => index > start && block.kind === 'heading');
  return outline.blocks.slice(start + 1, end < 0 ? undefined : end);
}

/** Every position in the outline (blocks, items, warnings), iteratively. */
export function positions(outline: Outline): Position[] {
  const out: Position[] = [...outline.warnings];
  const stack: Block[] = [...outline.blocks];
  while (stack.length > 0) {
    const block = stack.pop() as Block;
    out.push(block.pos);
    if (block.kind === 'list') {
      for (const entry of block.items) {
        out.push(entry.pos);
        stack.push(...entry.children);
      }
    } else if (block.kind === 'field') stack.push(...block.children);
  }
  return out;
}

/** The invariants every parser's output keeps, whatever the input. */
export function expectWellFormed(outline: Outline, format: Outline['format'], text: string): void {
  if (outline.format !== format || !Array.isArray(outline.blocks) || !Array.isArray(outline.warnings)) {
    throw new Error(`malformed outline for ${JSON.stringify(text.slice(0, 80))}`);
  }
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const pos of positions(outline)) {
    if (
      !(
        Number.isInteger(pos.line) &&
        Number.isInteger(pos.column) &&
        pos.line >= 1 &&
        pos.column >= 1 &&
        pos.line <= lines
      )
    ) {
      throw new Error(`bad position ${JSON.stringify(pos)} for ${JSON.stringify(text.slice(0, 80))}`);
    }
  }
}

/** The list nested in an item (the nth child block), failing the test when there is none. */
export function nested(entry: ListItem | undefined, index = 0): ListBlock {
  const block = entry?.children[index];
  if (block?.kind !== 'list') throw new Error(`no nested list under "${entry?.text}"`);
  return block;
}
