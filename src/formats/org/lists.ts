// Plain lists of the Org parser: a stack of open items, nested by the indentation of their bullets.
import type { Block, FieldBlock, ListBlock, ListItem } from '../outline/types.ts';
import type { Warnings } from '../outline/warnings.ts';
import { orgInline } from './inline.ts';

/** Deeper nesting is kept at this depth: no real list goes near it, and consumers recurse. */
export const MAX_DEPTH = 100;

const ITEM = /^(?:([-+*])|(\d{1,9})[.)])(?:[ \t]+(.*))?$/;
const COUNTER = /^\[@(?:\d+|[A-Za-z])\][ \t]*/;
const CHECKBOX = /^\[([ xX-])\](?:[ \t]+|$)/;
const TERM = /[ \t]::(?:[ \t]|$)/;

interface Frame {
  indent: number;
  list: ListBlock;
  item: ListItem;
  /** Lines of the item's first paragraph while it is still open. */
  text: string[] | null;
}

export interface ItemLine {
  bullet: string;
  ordered: boolean;
  rest: string;
}

/** A list item line (the text after the indentation), or undefined. `*` bullets need indentation. */
export function itemLine(body: string, indent: number): ItemLine | undefined {
  const m = ITEM.exec(body);
  if (!m || (m[1] === '*' && indent === 0)) return undefined;
  return { bullet: m[1] ?? m[2] ?? '-', ordered: m[2] !== undefined, rest: m[3] ?? '' };
}

export class ListStack {
  private readonly frames: Frame[] = [];
  /** Description items: the term of each, turned into FieldBlocks when the parse ends. */
  readonly terms = new Map<ListItem, string>();
  private warnedDepth = false;

  constructor(
    private readonly root: Block[],
    private readonly warnings: Warnings,
  ) {}

  get open(): boolean {
    return this.frames.length > 0;
  }

  /** Where blocks go now: the innermost open item, or the document. */
  sink(): Block[] {
    return this.frames.at(-1)?.item.children ?? this.root;
  }

  /** Closes items whose bullet is indented more than `indent` (or as much, with `inclusive`). */
  popTo(indent: number, inclusive: boolean): void {
    for (let top = this.frames.at(-1); top; top = this.frames.at(-1)) {
      if (top.indent < indent || (!inclusive && top.indent === indent)) return;
      this.endText();
      this.frames.pop();
    }
  }

  closeAll(): void {
    this.popTo(-1, true);
  }

  /** Adds a line to the open item's first paragraph; false when that paragraph has ended. */
  continueText(line: string): boolean {
    const top = this.frames.at(-1);
    if (!top || top.text === null) return false;
    top.text.push(line);
    return true;
  }

  /** Ends the first paragraph of the innermost item: what follows becomes its children. */
  endText(): void {
    const top = this.frames.at(-1);
    if (!top || top.text === null) return;
    const { struck, ...inline } = orgInline(top.text.join('\n'));
    Object.assign(top.item, inline, { marks: [...top.item.marks, ...inline.marks] });
    if (struck) top.item.marks.push({ source: 'strike', text: top.text.join('\n').trim() });
    top.text = null;
  }

  /** Opens an item; `popTo(indent, false)` must have run first. */
  add(line: ItemLine, indent: number, lineNo: number): void {
    this.endText();
    let rest = line.rest.replace(COUNTER, '');
    const item: ListItem = {
      text: '',
      markdown: '',
      links: [],
      marks: [],
      children: [],
      pos: { line: lineNo, column: indent + 1 },
    };
    const box = CHECKBOX.exec(rest);
    if (box) {
      item.checked = box[1] === 'x' || box[1] === 'X';
      item.marks.push({ source: 'checkbox', text: `[${box[1]}]` });
      rest = rest.slice(box[0].length);
    }
    const term = line.ordered ? -1 : rest.search(TERM);
    if (term > 0) {
      this.terms.set(item, orgInline(rest.slice(0, term)).text);
      rest = rest.slice(term + 3);
    }
    let top = this.frames.at(-1);
    if (top && top.indent < indent && this.frames.length >= MAX_DEPTH) {
      if (!this.warnedDepth)
        this.warnings.add(
          lineNo,
          indent + 1,
          `list nesting deeper than ${MAX_DEPTH} levels kept at level ${MAX_DEPTH}`,
        );
      this.warnedDepth = true;
      top.indent = indent;
    }
    top = this.frames.at(-1);
    if (top && top.indent === indent) {
      top.list.items.push(item);
      top.item = item;
      top.text = [rest];
      return;
    }
    const list: ListBlock = { kind: 'list', ordered: line.ordered, items: [item], pos: item.pos };
    this.sink().push(list);
    this.frames.push({ indent, list, item, text: [rest] });
  }
}

/** Lists whose items all have a `term ::` become FieldBlocks, everywhere in the tree. */
export function fieldsFromTerms(root: Block[], terms: Map<ListItem, string>): void {
  if (terms.size === 0) return;
  const pending: Block[][] = [root];
  for (let blocks = pending.pop(); blocks; blocks = pending.pop()) {
    const out: Block[] = [];
    for (const block of blocks) {
      if (block.kind !== 'list') {
        out.push(block);
        continue;
      }
      for (const item of block.items) pending.push(item.children);
      if (!block.items.every((item) => terms.has(item))) {
        out.push(block);
        continue;
      }
      for (const item of block.items) {
        const { children, pos, checked: _checked, ...value } = item;
        out.push({ kind: 'field', key: terms.get(item) ?? '', value, children, pos } satisfies FieldBlock);
      }
    }
    if (out.length !== blocks.length) {
      blocks.length = 0;
      for (const block of out) blocks.push(block);
    }
  }
}
