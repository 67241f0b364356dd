// Page text lines → blocks. Bullets (`•`, `◦`, `▪`, `-`, `*`, indented `o`) and numbers nest by
// indentation; a blank line inside a list does not end it when more bullets or indented lines
// follow; every other line is a block of its own (a browser puts one block element per line)
// unless the text is hard-wrapped, when filled lines continue into the next.
import type { Block, ListBlock, ListItem, Position } from '../outline/types.ts';
import type { Heading } from './headings.ts';
import type { TextLine } from './lines.ts';
import { columnTable, tabTable } from './tables.ts';
import { inlineOf } from './text-inline.ts';

const BULLET = /^(?:[•◦▪▫‣∙·○●■□➢➤►▸–*+-]|(?<o>o))[ \t\u00a0]+(?<body>\S.*)$/u;
const ORDERED = /^(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)][ \t\u00a0]+(?<body>\S.*)$/;
// A line led by a short code of digits and rating symbols set apart by two or more spaces
// (`2 ***   packed arrays`, `3 ?     Textual macros`): a column-aligned list whose first column
// rates each entry. The code must hold a symbol, so `2  Introduction` stays a numbered title; it
// is kept in the entry's text for inference to read.
const RATED = /^(?<code>\d{1,2} [*?!+#]{1,5}|[*?!+#]{2,5}) {2,}(?<body>\S.*)$/;
const MAX_DEPTH = 64;

interface Bullet {
  body: string;
  ordered: boolean;
}

/** A column-aligned line rated by its first column (`2 **    hygienic macros`). */
export function isRated(line: TextLine): boolean {
  return RATED.test(line.trimmed);
}

export function bulletOf(line: TextLine): Bullet | undefined {
  const rated = RATED.exec(line.trimmed);
  if (rated?.groups?.code !== undefined && rated.groups.body !== undefined) {
    return { body: `${rated.groups.code} ${rated.groups.body}`, ordered: false };
  }
  const bullet = BULLET.exec(line.trimmed);
  if (bullet?.groups?.body !== undefined && (bullet.groups.o === undefined || line.indent > 0)) {
    return { body: bullet.groups.body, ordered: false };
  }
  const ordered = ORDERED.exec(line.trimmed);
  return ordered?.groups?.body !== undefined ? { body: ordered.groups.body, ordered: true } : undefined;
}

/** The width text was wrapped at, when it was (most long lines end near one column). */
export function wrapWidth(lines: readonly TextLine[]): number | undefined {
  const lengths = lines
    .filter((line) => !line.dropped && line.trimmed !== '')
    .map((line) => line.text.length);
  let max = 0;
  for (const length of lengths) if (length > max) max = length;
  if (lengths.length < 10 || max > 100 || max < 40) return undefined;
  const filled = lengths.filter((length) => length >= max - 15).length;
  return filled * 4 >= lengths.length ? max : undefined;
}

interface Level {
  indent: number;
  list: ListBlock;
  item: ListItem;
}

export function buildPageBlocks(lines: readonly TextLine[], headings: ReadonlyMap<number, Heading>): Block[] {
  const out: Block[] = [];
  const width = wrapWidth(lines);
  let stack: Level[] = [];
  let inBlankRun = false;
  /** The block the previous line went into, for hard-wrapped continuation lines. */
  let last: { block: { text: string; markdown: string }; line: TextLine; raw: string } | undefined;

  const pos = (line: TextLine): Position => ({ line: line.no, column: line.indent + 1 });
  const nextContent = (from: number) => {
    for (let i = from + 1; i < lines.length; i++) {
      const line = lines[i] as TextLine;
      if (!line.dropped && line.trimmed !== '') return { line, index: i };
    }
    return undefined;
  };
  const continues = (prev: { line: TextLine } | undefined, line: TextLine) =>
    width !== undefined &&
    prev !== undefined &&
    prev.line.text.length >= width - 20 &&
    line.indent >= prev.line.indent;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as TextLine;
    if (line.dropped) continue;
    if (line.trimmed === '') {
      if (inBlankRun) continue;
      inBlankRun = true;
      const next = nextContent(index);
      const keep =
        next && !headings.has(next.index) && (next.line.indent > 0 || bulletOf(next.line) !== undefined);
      if (!keep) stack = [];
      last = undefined;
      continue;
    }
    inBlankRun = false;
    const heading = headings.get(index);
    if (heading) {
      stack = [];
      last = undefined;
      out.push({ kind: 'heading', level: heading.level, ...inlineOf(heading.text), pos: pos(line) });
      continue;
    }
    const bullet = bulletOf(line);
    if (bullet === undefined && (stack.length === 0 || line.indent === 0)) {
      const table = line.trimmed.includes('\t') ? tabTable(lines, index) : columnTable(lines, index);
      if (table) {
        stack = [];
        last = undefined;
        out.push(table.block);
        index = table.end - 1;
        continue;
      }
    }
    if (bullet) {
      while (stack.length > 0 && (stack[stack.length - 1] as Level).indent > line.indent) stack.pop();
      const top = stack[stack.length - 1];
      const item: ListItem = { ...inlineOf(bullet.body), children: [], pos: pos(line) };
      if (
        top &&
        (stack.length >= MAX_DEPTH || (top.indent === line.indent && top.list.ordered === bullet.ordered))
      ) {
        top.list.items.push(item);
        top.item = item;
      } else {
        if (top?.indent === line.indent) stack.pop();
        const parent = stack[stack.length - 1];
        const list: ListBlock = { kind: 'list', ordered: bullet.ordered, items: [item], pos: pos(line) };
        (parent ? parent.item.children : out).push(list);
        stack.push({ indent: line.indent, list, item });
      }
      last = { block: item, line, raw: bullet.body };
      continue;
    }
    if (continues(last, line) && last) {
      last.raw = `${last.raw} ${line.trimmed}`;
      Object.assign(last.block, inlineOf(last.raw));
      last.line = line;
      continue;
    }
    const paragraph = { kind: 'paragraph' as const, ...inlineOf(line.trimmed), pos: pos(line) };
    while (stack.length > 0 && (stack[stack.length - 1] as Level).indent >= line.indent) stack.pop();
    const owner = stack[stack.length - 1];
    if (owner && line.indent > 0) owner.item.children.push(paragraph);
    else {
      stack = [];
      out.push(paragraph);
    }
    last = { block: paragraph, line, raw: line.trimmed };
  }
  return out;
}
