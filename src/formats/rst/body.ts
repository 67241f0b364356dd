// The body parser: reads a region element by element, trying the constructs in docutils' order
// (bullet, enumerator, field, doctest, line block, tables, explicit markup, adornment, text).
import type { Block } from '../outline/types.ts';
import { code, paragraph, plainParagraphs, rawText } from './build.ts';
import { type Context, MAX_DEPTH, warn } from './context.ts';
import { parseExplicit } from './explicit.ts';
import { parseBulletList, parseEnumeratedList, parseFieldList } from './lists.ts';
import { parseText } from './paragraph.ts';
import { ANONYMOUS, BULLET, DOCTEST, FIELD, GRID_TOP, LINE_BLOCK, SIMPLE_TOP } from './patterns.ts';
import { parseAdornment } from './sections.ts';
import { adornmentChar, colAt, indentedBlock, isBlank, type Region, relIndent, textAt } from './source.ts';
import { parseGridTable, parseSimpleTable } from './tables.ts';

export function parseBody(ctx: Context, r: Region, depth: number, out: Block[]): void {
  const src = ctx.src;
  if (depth > MAX_DEPTH) {
    if (!ctx.depthWarned) {
      ctx.depthWarned = true;
      warn(
        ctx,
        r.start,
        colAt(src, r, r.start),
        `nesting deeper than ${MAX_DEPTH} levels read as plain paragraphs`,
      );
    }
    plainParagraphs(ctx, src, r, out);
    return;
  }
  let i = r.start;
  while (i < r.end) {
    if (isBlank(src, r, i)) {
      i++;
      continue;
    }
    const before = out.length;
    if (relIndent(src, r, i) > 0) {
      // A block quote: only indentation, so its contents join the surrounding blocks.
      const block = indentedBlock(src, r, i, 0);
      ctx.parse({ start: i, end: block.end, base: block.minIndent }, depth + 1, out);
      i = block.end;
    } else {
      i = Math.max(i + 1, parseElement(ctx, r, i, depth, out));
    }
    // An internal target (`.. _name:`) belongs to the element right after it, if that is a title.
    if (out.length > before) ctx.pendingAnchors.length = 0;
  }
}

function parseElement(ctx: Context, r: Region, i: number, depth: number, out: Block[]): number {
  const src = ctx.src;
  const text = textAt(src, r, i);
  const bullet = BULLET.exec(text);
  if (bullet) return parseBulletList(ctx, r, i, depth, out, bullet[1] ?? '-');
  const enumerated = parseEnumeratedList(ctx, r, i, depth, out);
  if (enumerated !== undefined) return enumerated;
  if (FIELD.test(text)) return parseFieldList(ctx, r, i, depth, out);
  if (DOCTEST.test(text)) return parseDoctest(ctx, r, i, out);
  if (LINE_BLOCK.test(text)) return parseLineBlock(ctx, r, i, out);
  if (GRID_TOP.test(text)) return parseGridTable(ctx, r, i, out);
  if (SIMPLE_TOP.test(text)) return parseSimpleTable(ctx, r, i, out);
  if (text.startsWith('..') && (text.length === 2 || text[2] === ' '))
    return parseExplicit(ctx, r, i, depth, out);
  const anonymous = ANONYMOUS.exec(text);
  if (anonymous) return parseAnonymousTarget(ctx, r, i, anonymous[1] ?? '');
  if (adornmentChar(text) !== undefined && text.length >= 4) return parseAdornment(ctx, r, i, depth, out);
  return parseText(ctx, r, i, depth, out);
}

function parseDoctest(ctx: Context, r: Region, i: number, out: Block[]): number {
  const src = ctx.src;
  let j = i;
  const lines: string[] = [];
  while (j < r.end && !isBlank(src, r, j)) {
    lines.push(textAt(src, r, j));
    j++;
  }
  out.push(code(lines.join('\n'), i, colAt(src, r, i), 'pycon'));
  return j;
}

/** `| line` lines; indented lines continue the line above. One paragraph per line block. */
function parseLineBlock(ctx: Context, r: Region, i: number, out: Block[]): number {
  const src = ctx.src;
  let j = i;
  while (j < r.end && !isBlank(src, r, j)) {
    const rel = relIndent(src, r, j);
    if (rel < 0 || (rel === 0 && !LINE_BLOCK.test(textAt(src, r, j)))) break;
    j++;
  }
  const raw = rawText(src, r, i, j);
  raw.text = raw.text.replace(/(^|\n)\|(?: |(?=\n)|$)/g, '$1');
  out.push(paragraph(ctx, raw));
  return j;
}

/** `__ url`: an anonymous target, matched to anonymous references in document order. */
function parseAnonymousTarget(ctx: Context, r: Region, i: number, first: string): number {
  const src = ctx.src;
  const block = indentedBlock(src, r, i + 1, 0);
  let url = first;
  for (let k = i + 1; k < block.end; k++) url += textAt(src, r, k);
  ctx.anonymous.push(url.replace(/\s+/g, ''));
  return Math.max(block.end, i + 1);
}
