// Text lines: paragraphs (and the literal blocks `::` introduces), section titles by underline,
// definition lists.
import type { Block, FieldBlock } from '../outline/types.ts';
import { adoptHead, code, literalText, paragraph, position, rawText } from './build.ts';
import { type Context, emptyInline, warn } from './context.ts';
import { plainText } from './inline.ts';
import { isUnderline, LENIENT_BULLET, startsConstruct } from './patterns.ts';
import { parseUnderlinedTitle } from './sections.ts';
import {
  adornmentChar,
  colAt,
  indentedBlock,
  isBlank,
  nextNonBlank,
  type Region,
  relIndent,
  textAt,
} from './source.ts';

export function parseText(ctx: Context, r: Region, i: number, depth: number, out: Block[]): number {
  const src = ctx.src;
  const next = i + 1;
  if (next < r.end && !isBlank(src, r, next)) {
    const rel = relIndent(src, r, next);
    if (rel === 0 && isUnderline(textAt(src, r, i), textAt(src, r, next))) {
      return parseUnderlinedTitle(ctx, r, i, depth, out);
    }
    if (rel > 0) return parseDefinitionList(ctx, r, i, depth, out);
  }
  let k = i + 1;
  while (k < r.end && !isBlank(src, r, k)) {
    if (relIndent(src, r, k) === 0 && endsParagraph(ctx, r, k)) break;
    k++;
  }
  return emitParagraph(ctx, r, i, k, out);
}

/**
 * Lenient where docutils is strict: docutils reads a bullet line or an underlined title right
 * after paragraph text as more paragraph text, which is never what the author of a roadmap meant.
 */
function endsParagraph(ctx: Context, r: Region, k: number): boolean {
  const src = ctx.src;
  const text = textAt(src, r, k);
  if (LENIENT_BULLET.test(text)) {
    warn(ctx, k, colAt(src, r, k), 'bullet list starts without a blank line before it');
    return true;
  }
  const next = k + 1;
  if (next >= r.end || isBlank(src, r, next) || relIndent(src, r, next) !== 0) return false;
  const underline = textAt(src, r, next);
  if (
    adornmentChar(text) === undefined &&
    adornmentChar(underline) !== undefined &&
    underline.length >= text.length
  ) {
    warn(ctx, k, colAt(src, r, k), 'section title without a blank line before it');
    return true;
  }
  return false;
}

function emitParagraph(ctx: Context, r: Region, i: number, k: number, out: Block[]): number {
  const raw = rawText(ctx.src, r, i, k);
  const literal = raw.text.endsWith('::');
  if (literal) {
    // `Text::` keeps one colon, `Text ::` none; a lone `::` vanishes.
    raw.text = /(^|\s)::$/.test(raw.text) ? raw.text.slice(0, -2).trimEnd() : raw.text.slice(0, -1);
  }
  if (raw.text.trim() !== '') out.push(paragraph(ctx, raw));
  return literal ? parseLiteral(ctx, r, k, out) : k;
}

function parseLiteral(ctx: Context, r: Region, k: number, out: Block[]): number {
  const src = ctx.src;
  const j = nextNonBlank(src, r, k);
  if (j >= r.end) {
    warn(ctx, k - 1, colAt(src, r, k - 1), 'literal block expected; none found');
    return k;
  }
  if (relIndent(src, r, j) > 0) {
    const block = indentedBlock(src, r, j, 0);
    out.push(code(literalText(src, j, block.end, block.minIndent), j, block.minIndent));
    return block.end;
  }
  // A quoted literal block: unindented lines that all start with the same punctuation.
  const quote = textAt(src, r, j)[0] ?? '';
  if (/^[!-/:-@[-`{-~]$/.test(quote)) {
    let e = j;
    while (e < r.end && !isBlank(src, r, e) && relIndent(src, r, e) === 0 && textAt(src, r, e)[0] === quote)
      e++;
    const lines: string[] = [];
    for (let l = j; l < e; l++) lines.push(textAt(src, r, l));
    out.push(code(lines.join('\n'), j, colAt(src, r, j)));
    return e;
  }
  warn(ctx, j, colAt(src, r, j), 'literal block expected; none found');
  return j;
}

/** `term` lines, each followed at once by an indented definition: one FieldBlock per term. */
function parseDefinitionList(ctx: Context, r: Region, i: number, depth: number, out: Block[]): number {
  const src = ctx.src;
  let k: number | undefined = i;
  let end = i + 1;
  while (k !== undefined) {
    const body = indentedBlock(src, r, k + 1, 0);
    const blocks: Block[] = [];
    ctx.parse({ start: k + 1, end: body.end, base: body.minIndent }, depth + 1, blocks);
    // `term : classifier` — the classifier is not part of the name.
    const term = textAt(src, r, k).split(/ +: +/)[0] ?? '';
    const field: FieldBlock = {
      kind: 'field',
      key: plainText(term),
      value: emptyInline(),
      children: [],
      pos: position(k, colAt(src, r, k)),
    };
    field.children = adoptHead(ctx, blocks, field.value);
    out.push(field);
    end = Math.max(body.end, k + 1);
    const j = nextNonBlank(src, r, end);
    k = j < r.end && relIndent(src, r, j) === 0 && isTerm(ctx, r, j) ? j : undefined;
  }
  return end;
}

function isTerm(ctx: Context, r: Region, j: number): boolean {
  const src = ctx.src;
  const next = j + 1;
  return (
    next < r.end &&
    !isBlank(src, r, next) &&
    relIndent(src, r, next) > 0 &&
    !startsConstruct(textAt(src, r, j))
  );
}
