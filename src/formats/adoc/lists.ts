// AsciiDoc lists: unordered (`*`, `**`, `-`), ordered (`.`, `..`, `1.`, `a.`, `i)`) and description
// lists (`Term::`, `Term:::`, `Term;;`). Nesting follows the markers, not the indentation.

import { indentOf } from '../outline/source-text.ts';
import type { Block, FieldBlock, Inline, ListBlock, ListItem, StatusMark } from '../outline/types.ts';
import type { Warnings } from '../outline/warnings.ts';
import { adocInline, BREAK } from './inline.ts';

/** Deeper nesting is kept at this depth: no real list goes near it, and consumers recurse. */
export const MAX_DEPTH = 100;

const ULIST = /^[ \t]*(-|\*+|\u2022)[ \t]+(.*)$/;
const OLIST = /^[ \t]*(\.+|\d{1,9}\.|[a-zA-Z]\.|[IVXivx]{1,9}\))[ \t]+(.*)$/;
const DLIST = /^(?!\/\/[^/])[ \t]*([^ \t].*?)(:::{0,2}|;;)(?:$|[ \t]+(.*)$)/;
const CHECKBOX = /^\[([ xX*])\][ \t]+/;
/** `[RELEASED]`, `*[RELEASED]*`: an all-capitals bracketed marker at the start or end of a title. */
const MARKER_END = /([*_`#]{0,2})\[([A-Z][A-Z0-9 _-]{0,30})\]\1$/;
const MARKER_START = /^([*_`#]{0,2})\[([A-Z][A-Z0-9 _-]{0,30})\]\1(?=[ \t]|$)/;

export interface ItemLine {
  /** Markers that continue the same list compare equal (`1.` and `2.` are both `1.`). */
  marker: string;
  ordered: boolean;
  term?: string;
  rest: string;
  column: number;
}

/** A list item line, or undefined. */
export function itemLine(line: string): ItemLine | undefined {
  const column = indentOf(line) + 1;
  const u = ULIST.exec(line);
  if (u) return { marker: u[1] ?? '*', ordered: false, rest: u[2] ?? '', column };
  const o = OLIST.exec(line);
  if (o) {
    const m = o[1] ?? '.';
    const marker = /^\d/.test(m)
      ? '1.'
      : /^[IVXivx]+\)$/.test(m)
        ? 'i)'
        : /^[a-z]\.$/.test(m)
          ? 'a.'
          : /^[A-Z]\.$/.test(m)
            ? 'A.'
            : m;
    return { marker, ordered: true, rest: o[2] ?? '', column };
  }
  const d = line.length <= 10_000 ? DLIST.exec(line) : null;
  if (d) return { marker: d[2] ?? '::', ordered: false, term: d[1] ?? '', rest: d[3] ?? '', column };
  return undefined;
}

/** Takes `[RELEASED]`-style markers off both ends of a title. */
export function takeMarkers(title: string): { rest: string; marks: StatusMark[] } {
  const marks: StatusMark[] = [];
  let rest = title.trim();
  for (let n = 0; n < 3; n++) {
    const m = MARKER_END.exec(rest.slice(-40)) ?? MARKER_START.exec(rest);
    if (!m || m[0] === rest) break;
    marks.push({ source: 'marker', text: `[${m[2]}]` });
    const at = m.input === rest ? m.index : rest.length - 40 + m.index;
    rest = (rest.slice(0, Math.max(at, 0)) + rest.slice(Math.max(at, 0) + m[0].length)).trim();
  }
  return { rest, marks };
}

interface Frame {
  marker: string;
  list: ListBlock | null;
  node: ListItem | FieldBlock;
  /** Where the frame's list or fields live. */
  sink: Block[];
  text: string[] | null;
}

export class ListStack {
  private readonly frames: Frame[] = [];
  private warned = false;

  constructor(
    private readonly root: Block[],
    private readonly warnings: Warnings,
  ) {}

  get open(): boolean {
    return this.frames.length > 0;
  }

  /** The innermost item's children, or the container's blocks. */
  sink(): Block[] {
    return this.frames.at(-1)?.node.children ?? this.root;
  }

  continueText(line: string): boolean {
    const top = this.frames.at(-1);
    if (!top || top.text === null) return false;
    top.text.push(line);
    return true;
  }

  /** True when the innermost item is a description whose text has not started (it may follow a blank). */
  awaitsDescription(): boolean {
    const top = this.frames.at(-1);
    if (!top?.text || !('key' in top.node)) return false;
    return top.text.every((l) => l.trim() === '');
  }

  endText(): void {
    const top = this.frames.at(-1);
    if (!top || top.text === null) return;
    const source = top.text.map((l) => l.replace(/[ \t]\+$/, BREAK)).join('\n');
    top.text = null;
    const { rest, marks } = 'key' in top.node ? { rest: source, marks: [] } : takeMarkers(source);
    const inline: Inline = adocInline(rest);
    inline.marks = marks;
    if ('key' in top.node) top.node.value = inline;
    else Object.assign(top.node, inline, { marks: [...top.node.marks, ...marks] });
  }

  closeAll(): void {
    this.endText();
    this.frames.length = 0;
  }

  add(item: ItemLine, lineNo: number): void {
    this.endText();
    let k = this.frames.length - 1;
    while (k >= 0 && this.frames[k]?.marker !== item.marker) k--;
    if (k < 0 && this.frames.length >= MAX_DEPTH) {
      if (!this.warned)
        this.warnings.add(
          lineNo,
          item.column,
          `list nesting deeper than ${MAX_DEPTH} levels kept at level ${MAX_DEPTH}`,
        );
      this.warned = true;
      this.frames.pop();
    }
    if (k >= 0) this.frames.length = k + 1;
    const pos = { line: lineNo, column: item.column };
    let rest = item.rest;
    let node: ListItem | FieldBlock;
    if (item.term !== undefined) {
      const value: Inline = { text: '', markdown: '', links: [], marks: [] };
      node = { kind: 'field', key: adocInline(item.term).text, value, children: [], pos };
    } else {
      node = { text: '', markdown: '', links: [], marks: [], children: [], pos };
      const box = item.ordered ? null : CHECKBOX.exec(rest);
      if (box) {
        node.checked = box[1] !== ' ';
        node.marks.push({ source: 'checkbox', text: `[${box[1]}]` });
        rest = rest.slice(box[0].length);
      }
    }
    const frame = k >= 0 ? this.frames[k] : undefined;
    if (frame) {
      if ('kind' in node) frame.sink.push(node);
      else frame.list?.items.push(node);
      frame.node = node;
      frame.text = [rest];
      return;
    }
    const sink = this.sink();
    const list: ListBlock | null =
      'kind' in node ? null : { kind: 'list', ordered: item.ordered, items: [node], pos };
    sink.push(list ?? (node as FieldBlock));
    this.frames.push({ marker: item.marker, list, node, sink, text: [rest] });
  }
}
