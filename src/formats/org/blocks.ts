// Line-range helpers of the Org parser: finding block ends in linear time, code and table blocks.

import { indentOf } from '../outline/source-text.ts';
import type { CodeBlock, Inline, TableBlock } from '../outline/types.ts';
import { orgInline } from './inline.ts';

/**
 * Finds the closing line of blocks and drawers. Each search remembers where it ended, so a
 * document full of unterminated openers is still scanned once per kind, not once per opener.
 */
export class EndFinder {
  private readonly found = new Map<string, { from: number; at: number }>();
  private readonly failed = new Map<string, { from: number; to: number }>();

  constructor(private readonly lines: readonly string[]) {}

  /** First line after `start` matching `end`; -1 when a headline or the end of input comes first. */
  find(kind: string, start: number, end: RegExp): number {
    const hit = this.found.get(kind);
    if (hit && start >= hit.from && start < hit.at) return hit.at;
    const miss = this.failed.get(kind);
    if (miss && start >= miss.from && start < miss.to) return -1;
    let i = start + 1;
    for (; i < this.lines.length; i++) {
      const line = this.lines[i] ?? '';
      if (end.test(line)) {
        this.found.set(kind, { from: start, at: i });
        return i;
      }
      if (/^\*+[ \t]/.test(line)) break;
    }
    this.failed.set(kind, { from: start, to: i });
    return -1;
  }
}

/** The lines of a block body, without the block's own indentation and Org's comma escapes. */
export function codeBlock(lines: readonly string[], begin: number, end: number, lang?: string): CodeBlock {
  const first = lines[begin] ?? '';
  const indent = indentOf(first);
  const body: string[] = [];
  for (let i = begin + 1; i < end; i++) {
    const line = lines[i] ?? '';
    const strip = Math.min(indent, indentOf(line));
    body.push(line.slice(strip).replace(/^([ \t]*),(?=\*|#\+)/, '$1'));
  }
  const block: CodeBlock = {
    kind: 'code',
    text: body.join('\n'),
    pos: { line: begin + 1, column: indent + 1 },
  };
  if (lang !== undefined && lang !== '') block.lang = lang;
  return block;
}

function cells(row: string): Inline[] {
  let body = row.trim().slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|').map((cell) => {
    const { struck: _struck, ...inline } = orgInline(cell);
    return inline;
  });
}

/** An Org table from `begin` up to (not including) `end`; rows before the first rule are the header. */
export function tableBlock(lines: readonly string[], begin: number, end: number): TableBlock {
  const groups: Inline[][][] = [[]];
  for (let i = begin; i < end; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.startsWith('|-') || line.startsWith('|+')) groups.push([]);
    else groups.at(-1)?.push(cells(line));
  }
  const first = groups[0] ?? [];
  const hasHeader = first.length > 0 && groups.slice(1).some((g) => g.length > 0);
  return {
    kind: 'table',
    header: hasHeader ? mergeRows(first) : [],
    rows: (hasHeader ? groups.slice(1) : groups).flat(),
    pos: { line: begin + 1, column: indentOf(lines[begin] ?? '') + 1 },
  };
}

/** Several header rows become one, cell by cell. */
function mergeRows(rows: Inline[][]): Inline[] {
  if (rows.length === 1) return rows[0] ?? [];
  const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
  return Array.from({ length: width }, (_, k) => {
    const parts = rows.map((r) => r[k]).filter((c): c is Inline => c !== undefined && c.text !== '');
    return {
      text: parts.map((c) => c.text).join(' '),
      markdown: parts.map((c) => c.markdown).join(' '),
      links: parts.flatMap((c) => c.links),
      marks: parts.flatMap((c) => c.marks),
    };
  });
}
