// Checks every parser must meet on any input: positions inside the text, well-formed inlines,
// nesting kept shallow enough for recursive consumers. Shared by the Org and AsciiDoc tests.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Block, Inline, Outline } from '../../../src/formats/outline/types.ts';

/** A document of the shared corpus, read at run time (`org/…`, `adoc/…`). */
export const corpus = (path: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/${path}`, import.meta.url), 'utf8');

function badInline(inline: Inline): boolean {
  return (
    typeof inline.text !== 'string' ||
    typeof inline.markdown !== 'string' ||
    !Array.isArray(inline.marks) ||
    !Array.isArray(inline.links) ||
    inline.links.some((link) => typeof link.url !== 'string')
  );
}

/**
 * Walks the outline without recursion. Returns the problems found (expected: none) and the
 * deepest list/field nesting seen.
 */
export function inspect(outline: Outline, text: string): { problems: string[]; depth: number } {
  const problems: string[] = [];
  const lineCount = text.split(/\r\n|\r|\n/).length;
  const check = (what: string, pos: { line: number; column: number }) => {
    const ok = Number.isInteger(pos.line) && pos.line >= 1 && pos.line <= lineCount;
    if (!ok || !Number.isInteger(pos.column) || pos.column < 1)
      problems.push(`${what} at ${pos.line}:${pos.column}`);
  };
  for (const warning of outline.warnings) {
    check('warning', warning);
    if (warning.message === '') problems.push('empty warning');
  }
  for (const [key, value] of Object.entries(outline.meta))
    if (typeof value !== 'string') problems.push(`meta ${key}`);
  let depth = 0;
  const pending: [Block[], number][] = [[outline.blocks, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [blocks, level] = next;
    depth = Math.max(depth, level);
    for (const block of blocks) {
      check(block.kind, block.pos);
      if (block.kind === 'heading' || block.kind === 'paragraph') {
        if (badInline(block)) problems.push(`${block.kind} inline`);
      } else if (block.kind === 'table') {
        if ([...block.header, ...block.rows.flat()].some(badInline)) problems.push('table cell');
      } else if (block.kind === 'field') {
        if (badInline(block.value) || typeof block.key !== 'string') problems.push('field');
        pending.push([block.children, level + 1]);
      } else if (block.kind === 'list') {
        for (const item of block.items) {
          check('item', item.pos);
          if (badInline(item)) problems.push('item inline');
          pending.push([item.children, level + 1]);
        }
      } else if (typeof block.text !== 'string') problems.push('code');
    }
  }
  return { problems: problems.slice(0, 20), depth };
}

/** The parse must not throw, and the outline must pass `inspect`. */
export function expectSound(outline: Outline, text: string, format: Outline['format']): number {
  expect(outline.format).toBe(format);
  const { problems, depth } = inspect(outline, text);
  expect(problems).toEqual([]);
  return depth;
}

/** Every block of the outline, depth first, in document order. */
export function allBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const pending: Block[][] = [[...blocks].reverse()];
  for (let stack = pending.at(-1); stack; stack = pending.at(-1)) {
    const block = stack.pop();
    if (!block) {
      pending.pop();
      continue;
    }
    out.push(block);
    if (block.kind === 'list')
      for (const item of [...block.items].reverse()) pending.push([...item.children].reverse());
    if (block.kind === 'field') pending.push([...block.children].reverse());
  }
  return out;
}

/** Mutations of a real document: truncation, deleted and duplicated lines, swapped lines, junk. */
export function mutate(text: string, ops: { kind: number; at: number; junk: string }[]): string {
  let lines = text.split('\n');
  for (const { kind, at, junk } of ops) {
    const k = lines.length === 0 ? 0 : at % lines.length;
    if (kind === 0) return lines.join('\n').slice(0, at % (text.length + 1));
    if (kind === 1) lines.splice(k, 1);
    if (kind === 2) lines.splice(k, 0, lines[k] ?? '');
    if (kind === 3) lines = [...lines.slice(k), ...lines.slice(0, k)];
    if (kind === 4) lines.splice(k, 0, junk);
    if (kind === 5) lines[k] = (lines[k] ?? '').slice(0, at % 7);
  }
  return lines.join('\n');
}
