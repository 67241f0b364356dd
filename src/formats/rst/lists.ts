// Bullet lists, enumerated lists and field lists: a marker, then a body whose first line is the
// text after the marker and whose other lines are indented more than the marker's line.
import type { Block, FieldBlock, ListBlock, ListItem } from '../outline/types.ts';
import { adoptHead, position } from './build.ts';
import { type Context, emptyInline, warn } from './context.ts';
import { plainText } from './inline.ts';
import { BULLET, type Enumerator, enumerator, FIELD, sameList } from './patterns.ts';
import { colAt, indentedBlock, isBlank, nextNonBlank, type Region, relIndent, textAt } from './source.ts';

interface MarkedBody {
  blocks: Block[];
  end: number;
}

function parseMarkedBody(
  ctx: Context,
  r: Region,
  i: number,
  markerLength: number,
  depth: number,
  onFirst?: (text: string) => string,
): MarkedBody {
  const src = ctx.src;
  const col = colAt(src, r, i) + markerLength;
  let first = textAt(src, r, i).slice(markerLength);
  if (onFirst) first = onFirst(first);
  const block = indentedBlock(src, r, i + 1, 0);
  const end = Math.max(block.end, i + 1);
  const base = block.minIndent >= 0 ? block.minIndent : col;
  const blocks: Block[] = [];
  ctx.parse({ start: i, end, base, first: { text: first, col } }, depth + 1, blocks);
  return { blocks, end };
}

function listItem(
  ctx: Context,
  r: Region,
  i: number,
  markerLength: number,
  depth: number,
): { item: ListItem; end: number } {
  const src = ctx.src;
  const item: ListItem = { ...emptyInline(), children: [], pos: position(i, colAt(src, r, i)) };
  const body = parseMarkedBody(ctx, r, i, markerLength, depth, (text) => {
    // Markdown-style task boxes turn up in RST lists too.
    const box = /^\[([ xX])\] +/.exec(text);
    if (!box) return text;
    item.checked = box[1] !== ' ';
    ctx.checkboxes.set(item, `[${box[1]}]`);
    return text.slice(box[0].length);
  });
  item.children = adoptHead(ctx, body.blocks, item);
  return { item, end: body.end };
}

/** After an item: the next item of the same list, or undefined when the list ends. */
function nextItem(
  ctx: Context,
  r: Region,
  end: number,
  continues: (text: string) => boolean,
): number | undefined {
  const src = ctx.src;
  const j = nextNonBlank(src, r, end);
  if (j >= r.end || relIndent(src, r, j) !== 0) return undefined;
  if (continues(textAt(src, r, j))) return j;
  if (j === end) warn(ctx, j, colAt(src, r, j), 'list ends without a blank line');
  return undefined;
}

export function parseBulletList(
  ctx: Context,
  r: Region,
  i: number,
  depth: number,
  out: Block[],
  bullet: string,
): number {
  const src = ctx.src;
  const list: ListBlock = { kind: 'list', ordered: false, items: [], pos: position(i, colAt(src, r, i)) };
  let k: number | undefined = i;
  let end = i + 1;
  while (k !== undefined) {
    const marker = BULLET.exec(textAt(src, r, k))?.[0] ?? bullet;
    const { item, end: itemEnd } = listItem(ctx, r, k, marker.length, depth);
    list.items.push(item);
    end = itemEnd;
    k = nextItem(ctx, r, itemEnd, (text) => BULLET.exec(text)?.[1] === bullet);
  }
  out.push(list);
  return end;
}

/**
 * Docutils reads a line as an enumerated item only if the next line is blank, indented, or the
 * next item ("A. Einstein was" on its own is a paragraph).
 */
function enumeratorFits(ctx: Context, r: Region, i: number, e: Enumerator): boolean {
  const src = ctx.src;
  const next = i + 1;
  if (next >= r.end || isBlank(src, r, next) || relIndent(src, r, next) > 0) return true;
  const following = enumerator(textAt(src, r, next));
  return following !== undefined && sameList(e, following);
}

export function parseEnumeratedList(
  ctx: Context,
  r: Region,
  i: number,
  depth: number,
  out: Block[],
): number | undefined {
  const src = ctx.src;
  const first = enumerator(textAt(src, r, i));
  if (!first || !enumeratorFits(ctx, r, i, first)) return undefined;
  const list: ListBlock = { kind: 'list', ordered: true, items: [], pos: position(i, colAt(src, r, i)) };
  let k: number | undefined = i;
  let end = i + 1;
  while (k !== undefined) {
    const e = enumerator(textAt(src, r, k)) ?? first;
    const { item, end: itemEnd } = listItem(ctx, r, k, e.length, depth);
    list.items.push(item);
    end = itemEnd;
    k = nextItem(ctx, r, itemEnd, (text) => {
      const next = enumerator(text);
      return next !== undefined && sameList(first, next);
    });
    if (k !== undefined && !enumeratorFits(ctx, r, k, enumerator(textAt(src, r, k)) ?? first)) k = undefined;
  }
  out.push(list);
  return end;
}

export function parseFieldList(ctx: Context, r: Region, i: number, depth: number, out: Block[]): number {
  const src = ctx.src;
  const before = out.length;
  const fields: FieldBlock[] = [];
  let k: number | undefined = i;
  let end = i + 1;
  while (k !== undefined) {
    const m = FIELD.exec(textAt(src, r, k));
    if (!m) break;
    const field: FieldBlock = {
      kind: 'field',
      key: plainText(m[1] ?? ''),
      value: emptyInline(),
      children: [],
      pos: position(k, colAt(src, r, k)),
    };
    const body = parseMarkedBody(ctx, r, k, m[0].length, depth);
    field.children = adoptHead(ctx, body.blocks, field.value);
    fields.push(field);
    out.push(field);
    end = body.end;
    k = nextItem(ctx, r, body.end, (text) => FIELD.test(text));
  }
  // Docinfo: the first element of the document, or the first after its title.
  const first = out[0];
  const atTop = before === 0 || (before === 1 && first?.kind === 'heading' && ctx.headings === 1);
  if (depth === 0 && atTop && ctx.docinfo === undefined && ctx.visibleSkipped === 0) {
    ctx.docinfo = { fields, afterHeading: before === 1 };
  }
  return end;
}
