// Section titles and transitions. Levels follow docutils: each adornment style (underline
// character, with or without an overline) gets the next level the first time it is met, and a
// new style is only consistent one level below the current section.
import type { Block } from '../outline/types.ts';
import { heading, paragraph, rawText } from './build.ts';
import { type Context, warn } from './context.ts';
import { adornmentChar, colAt, isBlank, type Region, relIndent, textAt } from './source.ts';

function sectionLevel(ctx: Context, style: string, line: number, col: number): number {
  const known = ctx.styles.indexOf(style);
  const shown = style.length === 2 ? `overlined '${style[1]}'` : `'${style}'`;
  if (known >= 0) {
    const level = known + 1;
    if (level > ctx.level + 1) {
      warn(
        ctx,
        line,
        col,
        `title level inconsistent: ${shown} is level ${level} under a level ${ctx.level} section`,
      );
    }
    ctx.level = level;
    return level;
  }
  if (ctx.styles.length === ctx.level) {
    ctx.styles.push(style);
    ctx.level = ctx.styles.length;
    return ctx.level;
  }
  // Docutils rejects the title; keeping it one level down loses nothing the author wrote.
  warn(ctx, line, col, `title level inconsistent: new adornment ${shown} under a level ${ctx.level} section`);
  ctx.level += 1;
  return ctx.level;
}

function emitTitle(ctx: Context, r: Region, line: number, style: string, depth: number, out: Block[]): void {
  const src = ctx.src;
  const raw = rawText(src, r, line, line + 1);
  if (depth > 0) {
    warn(ctx, line, colAt(src, r, line), 'section title inside a nested body read as a paragraph');
    out.push(paragraph(ctx, raw));
    return;
  }
  const level = sectionLevel(ctx, style, line, colAt(src, r, line));
  const block = heading(ctx, raw, level);
  const anchor = ctx.pendingAnchors[ctx.pendingAnchors.length - 1];
  if (anchor !== undefined) block.anchor = anchor;
  ctx.headings++;
  out.push(block);
}

/** A text line at `i` with its underline at `i + 1`. */
export function parseUnderlinedTitle(
  ctx: Context,
  r: Region,
  i: number,
  depth: number,
  out: Block[],
): number {
  const src = ctx.src;
  const title = textAt(src, r, i);
  const underline = textAt(src, r, i + 1);
  if (underline.length < title.length) warn(ctx, i + 1, colAt(src, r, i + 1), 'title underline too short');
  emitTitle(ctx, r, i, underline[0] ?? '=', depth, out);
  return i + 2;
}

/** An adornment line at `i`: an overlined title, or a transition. */
export function parseAdornment(ctx: Context, r: Region, i: number, depth: number, out: Block[]): number {
  const src = ctx.src;
  const overline = textAt(src, r, i);
  const title = i + 1;
  if (title >= r.end || isBlank(src, r, title)) return i + 1; // a transition: nothing to keep
  const under = i + 2;
  const titleText = textAt(src, r, title);
  if (adornmentChar(titleText) !== undefined) return i + 1;
  const underline = under < r.end && relIndent(src, r, under) === 0 ? textAt(src, r, under) : '';
  if (adornmentChar(underline) === undefined) {
    warn(ctx, i, colAt(src, r, i), 'section title overline without a matching underline');
    return i + 1;
  }
  if (underline !== overline)
    warn(ctx, under, colAt(src, r, under), 'title overline and underline do not match');
  const inset = Math.max(0, relIndent(src, r, title));
  if (overline.length < inset + titleText.length) warn(ctx, i, colAt(src, r, i), 'title overline too short');
  emitTitle(ctx, r, title, `${overline[0] ?? ''}${underline[0] ?? ''}`, depth, out);
  return under + 1;
}
