// reStructuredText to Outline. A line-based block parser in the manner of docutils (see body.ts),
// then one pass that renders every inline text once all targets and substitutions are known,
// then the document-level transforms: the PEP header, the document title and the docinfo.
import { collapse } from '../outline/inline.ts';
import type { Block, HeadingBlock, Outline } from '../outline/types.ts';
import { parseBody } from './body.ts';
import type { Context, PendingInline } from './context.ts';
import { type InlineEnv, renderInline } from './inline.ts';
import { splitSource } from './source.ts';

export function parseRst(text: string): Outline {
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''));
  } catch (error) {
    // Not expected; the last line of defence of a total function.
    const message = `internal parser error: ${error instanceof Error ? error.message : String(error)}`;
    return { format: 'rst', meta: {}, blocks: [], warnings: [{ line: 1, column: 1, message }] };
  }
}

function parse(text: string): Outline {
  const src = splitSource(text);
  const ctx: Context = {
    src,
    warnings: [],
    styles: [],
    level: 0,
    headings: 0,
    visibleBeforeTitle: false,
    visibleSkipped: 0,
    pendingAnchors: [],
    targets: new Map(),
    anonymous: [],
    substitutions: new Map(),
    pending: [],
    pendingOf: new Map(),
    checkboxes: new Map(),
    depthWarned: false,
    parse: (r, depth, out) => parseBody(ctx, r, depth, out),
  };
  const meta: Record<string, string> = {};
  const start = readHeader(src.line, src.indent, meta);
  const blocks: Block[] = [];
  ctx.parse({ start, end: src.line.length, base: 0 }, 0, blocks);
  renderPending(ctx);
  for (const [item, box] of ctx.checkboxes) item.marks.unshift({ source: 'checkbox', text: box });

  // Docutils' DocTitle: a first section that is alone at its level is the document's title.
  // The heading stays a block too (level 1), so inference sees the same tree either way.
  const first = blocks[0];
  const lone = first?.kind === 'heading' && !ctx.visibleBeforeTitle && topLevelCount(blocks) === 1;
  const docTitle = lone ? (first as HeadingBlock).text : undefined;
  if (ctx.docinfo && (!ctx.docinfo.afterHeading || lone)) {
    const fields = ctx.docinfo.fields;
    const at = blocks.indexOf(fields[0] as Block);
    if (at >= 0) {
      blocks.splice(at, fields.length);
      for (const field of fields) meta[field.key] = field.value.text || childrenText(field.children);
    }
  }
  const title = meta.Title || docTitle || ctx.titleDirective;
  const outline: Outline = { format: 'rst', meta, blocks, warnings: ctx.warnings };
  if (title) outline.title = collapse(title);
  return outline;
}

function topLevelCount(blocks: Block[]): number {
  let n = 0;
  for (const block of blocks) if (block.kind === 'heading' && block.level === 1) n++;
  return n;
}

function childrenText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') parts.push(block.text);
    else if (block.kind === 'list') for (const item of block.items) parts.push(item.text);
    else if (block.kind === 'code') parts.push(block.text);
  }
  return collapse(parts.join(' '));
}

function renderPending(ctx: Context): void {
  let current: PendingInline | undefined;
  // Warnings come in increasing offsets: a cursor finds their lines in one pass over the text.
  let cursor = { offset: 0, line: 0, lineStart: 0 };
  const env: InlineEnv = {
    targets: ctx.targets,
    anonymous: ctx.anonymous,
    anon: { next: 0 },
    substitutions: ctx.substitutions,
    depth: 0,
    warn: (offset, message) => {
      if (!current || ctx.warnings.length >= 1000) return;
      const { raw } = current;
      if (offset < cursor.offset) cursor = { offset: 0, line: 0, lineStart: 0 };
      for (let k = cursor.offset; k < offset; k++) {
        if (raw.text[k] === '\n') cursor = { offset: k + 1, line: cursor.line + 1, lineStart: k + 1 };
      }
      cursor.offset = offset;
      ctx.warnings.push({
        line: raw.line + cursor.line + 1,
        column: (raw.cols[cursor.line] ?? raw.cols[0] ?? 0) + offset - cursor.lineStart + 1,
        message,
      });
    },
  };
  for (const entry of ctx.pending) {
    current = entry;
    cursor = { offset: 0, line: 0, lineStart: 0 };
    const inline = renderInline(entry.raw.text, env);
    for (const target of entry.targets) {
      target.text = inline.text;
      target.markdown = inline.markdown;
      target.links = inline.links.map((link) => ({ ...link }));
      target.marks = inline.marks.map((mark) => ({ ...mark }));
    }
  }
  ctx.pending = [];
  ctx.pendingOf.clear();
}

/** RFC 822 style header at the very top (PEPs): `Key: value` lines, indented continuations. */
function readHeader(lines: string[], indent: number[], meta: Record<string, string>): number {
  const fields: [string, string][] = [];
  let i = 0;
  while (i < lines.length && lines[i] !== '') {
    const line = lines[i] ?? '';
    if ((indent[i] ?? 0) > 0) {
      const last = fields[fields.length - 1];
      if (!last) return 0;
      last[1] += ` ${line.trim()}`;
    } else {
      const m = /^([A-Za-z][A-Za-z0-9-]*):(?: +(.*)|$)/.exec(line);
      if (!m) return 0;
      fields.push([m[1] ?? '', m[2] ?? '']);
    }
    i++;
  }
  if (fields.length < 2) return 0;
  for (const [key, value] of fields) meta[key] = collapse(value);
  return i;
}
