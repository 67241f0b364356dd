// Explicit markup blocks (`..`): footnotes, hyperlink targets, substitution definitions,
// directives and comments. Comments are skipped, and so is nothing else: PEP 745's
// `.. release schedule: feature` comments delimit generated text that stays ordinary blocks.
import type { Block } from '../outline/types.ts';
import { type Context, normaliseName, warn } from './context.ts';
import { parseDirective } from './directives.ts';
import { OPTION } from './patterns.ts';
import { colAt, indentedBlock, isBlank, type Region, textAt } from './source.ts';

const FOOTNOTE = /^\.\. +\[([^\]\s]+)\](?: +(.*)|$)/;
const SUBSTITUTION =
  /^\.\. +\|([^|\s](?:[^|]*[^|\s])?)\| +([A-Za-z0-9]+(?:[-_.+:][A-Za-z0-9]+)*) ?::(?: +(.*)|$)/;
const DIRECTIVE = /^\.\. +([A-Za-z0-9]+(?:[-_.+:][A-Za-z0-9]+)*) ?::(?: +(.*)|$)/;

export function parseExplicit(ctx: Context, r: Region, i: number, depth: number, out: Block[]): number {
  const src = ctx.src;
  const text = textAt(src, r, i);
  // `..` alone then a blank line is an empty comment: what follows is ordinary text.
  if (text === '..' && (i + 1 >= r.end || isBlank(src, r, i + 1))) return i + 1;
  const block = indentedBlock(src, r, i + 1, 0);
  const end = Math.max(block.end, i + 1);
  const base = block.minIndent >= 0 ? block.minIndent : colAt(src, r, i) + 3;
  const body: Region = { start: i, end, base, first: { text: '', col: colAt(src, r, i) } };

  if (text.startsWith('.. _')) {
    parseTarget(ctx, r, i, end, text.slice(4));
    return end;
  }
  const footnote = FOOTNOTE.exec(text);
  if (footnote) {
    const label = footnote[1] ?? '';
    const rest = footnote[2] ?? '';
    const blocks: Block[] = [];
    const col = colAt(src, r, i) + text.length - rest.length;
    ctx.parse({ ...body, first: { text: rest, col } }, depth + 1, blocks);
    const first = blocks[0];
    const pending = first?.kind === 'paragraph' ? ctx.pendingOf.get(first) : undefined;
    if (pending) pending.raw.text = `[${label.replace(/[\\`*|]/g, '\\$&')}] ${pending.raw.text}`;
    out.push(...blocks);
    return end;
  }
  const substitution = SUBSTITUTION.exec(text);
  if (substitution) {
    defineSubstitution(ctx, r, i, end, substitution[1] ?? '', substitution[2] ?? '', substitution[3] ?? '');
    return end;
  }
  const directive = DIRECTIVE.exec(text);
  if (directive) {
    const args = directive[2] ?? '';
    const col = colAt(src, r, i) + text.length - args.length;
    parseDirective(
      ctx,
      { ...body, first: { text: args, col } },
      directive[1] ?? '',
      depth,
      out,
      colAt(src, r, i),
    );
    return end;
  }
  return end; // a comment
}

/** `.. _name: url`, `.. _name: other_`, `.. _name:` (internal), `.. __: url` (anonymous). */
function parseTarget(ctx: Context, r: Region, i: number, end: number, rest: string): void {
  const src = ctx.src;
  let lines = rest;
  for (let k = i + 1; k < end; k++) lines += `\n${textAt(src, r, k)}`;
  let name: string;
  let after: string;
  if (lines.startsWith('`')) {
    const close = lines.indexOf('`:', 1);
    if (close < 0) {
      warn(ctx, i, colAt(src, r, i), 'malformed hyperlink target');
      return;
    }
    name = lines.slice(1, close);
    after = lines.slice(close + 2);
  } else {
    const m = /^((?:[^:\\]|\\.|:(?!\s|$))*):(?=\s|$)/.exec(lines);
    if (!m) {
      warn(ctx, i, colAt(src, r, i), 'malformed hyperlink target');
      return;
    }
    name = m[1] ?? '';
    after = lines.slice(m[0].length);
  }
  const value = after.trim();
  if (name === '_') {
    ctx.anonymous.push(value.replace(/\s+/g, ''));
    return;
  }
  const key = normaliseName(name.replace(/\\(.)/g, '$1'));
  if (value === '') {
    ctx.pendingAnchors.push(name);
    if (!ctx.targets.has(key)) ctx.targets.set(key, {});
    return;
  }
  const indirect = /^(`?)([^`]+)\1_$/.exec(value.replace(/\s+/g, ' '));
  const target =
    indirect && !/\\_$/.test(value) ? { refname: indirect[2] ?? '' } : { url: value.replace(/\s+/g, '') };
  if (ctx.targets.get(key)?.url !== undefined) {
    warn(ctx, i, colAt(src, r, i), `duplicate target name "${name}"`);
    return;
  }
  ctx.targets.set(key, target);
}

function defineSubstitution(
  ctx: Context,
  r: Region,
  i: number,
  end: number,
  name: string,
  kind: string,
  first: string,
): void {
  const src = ctx.src;
  const lines: string[] = first === '' ? [] : [first];
  const options = new Map<string, string>();
  for (let k = i + 1; k < end; k++) {
    const text = textAt(src, r, k);
    const option = OPTION.exec(text);
    if (option) options.set(option[1] ?? '', option[2] ?? '');
    else if (text !== '') lines.push(text);
  }
  const content = lines.join('\n');
  switch (kind) {
    case 'replace':
      ctx.substitutions.set(name, { kind: 'text', raw: content, markup: true });
      break;
    case 'image':
      ctx.substitutions.set(name, { kind: 'image', raw: options.get('alt') ?? name, markup: false });
      break;
    case 'unicode':
      ctx.substitutions.set(name, { kind: 'text', raw: decodeUnicode(content), markup: false });
      break;
    default:
      ctx.substitutions.set(name, { kind: 'text', raw: content || name, markup: content !== '' });
  }
  const subs = ctx.substitutions;
  const defined = subs.get(name);
  if (defined && !subs.has(name.toLowerCase())) subs.set(name.toLowerCase(), defined);
}

/** `U+2014`, `0x2014`, `x2014`, `\u2014`, `&#x2014;`, `8212` or literal text, separated by spaces. */
function decodeUnicode(text: string): string {
  const parts = text.split(/\s+/).filter((p) => p !== '' && !p.startsWith('..'));
  return parts
    .map((part) => {
      const hex = /^(?:0x|x|\\x|U\+|u|\\u|&#x)([0-9a-fA-F]+);?$/.exec(part);
      const dec = /^(?:&#)?([0-9]+);?$/.exec(part);
      const code = hex
        ? Number.parseInt(hex[1] ?? '', 16)
        : dec
          ? Number.parseInt(dec[1] ?? '', 10)
          : Number.NaN;
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : part;
    })
    .join('');
}
