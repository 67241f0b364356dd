// wikiparser-node's root token → source lines. Its tree is flat at the top: list prefixes, headings
// and tables are tokens among the text, so lines are cut at the newlines of the text tokens.

import { type LineIndex, trimBlock } from '../outline/source-text.ts';
import type { StyledInlineBuilder } from '../outline/styled-inline.ts';
import { child, feedNode, feedText, isSilentTemplate, type WikiNode } from './ast-inline.ts';
import { tableBlock } from './ast-table.ts';
import type { Feed, WikiLine } from './blocks.ts';

type Part = WikiNode | string;

/** A line of nothing but these (comments, switches, layout tags…) is no line at all. */
const SILENT_TYPES = new Set([
  'html',
  'comment',
  'double-underscore',
  'category',
  'noinclude',
  'include',
  'onlyinclude',
]);
const SILENT_EXT = new Set(['references', 'templatestyles', 'indicator', 'ref', 'gallery', 'imagemap']);
const CODE_BLOCK_EXT = new Set(['pre', 'syntaxhighlight', 'source']);
const SILENT_MACRO = /<<(?!color2?\()\w{1,40}(?:\([^()<>\n]{0,400}\))?>>/gi;

function isSilent(part: Part): boolean {
  if (typeof part === 'string') return part.replace(SILENT_MACRO, '').trim() === '';
  if (SILENT_TYPES.has(part.type)) return true;
  if (part.type === 'ext') return SILENT_EXT.has((part.name ?? '').toLowerCase());
  if (part.type === 'template' || part.type === 'magic-word') return isSilentTemplate(part);
  return false;
}

function feedParts(parts: readonly Part[]): Feed {
  return (builder: StyledInlineBuilder) => {
    for (const part of parts) {
      if (typeof part === 'string') feedText(builder, part);
      else feedNode(builder, part);
    }
  };
}

export interface AstLines {
  lines: WikiLine[];
  categories: string[];
  title?: string;
}

export function astLines(root: WikiNode, source: string, index: LineIndex): AstLines {
  const lines: WikiLine[] = [];
  const categories: string[] = [];
  let title: string | undefined;
  let start = 0;
  let parts: Part[] = [];
  let prefix: string | undefined;
  let ddAt: number | undefined;
  let afterBlock = false;

  const posAt = (from: number, raw: string) => index.position(from + (raw.length - raw.trimStart().length));
  const endLine = (end: number) => {
    const raw = source.slice(start, end);
    const pos = posAt(start, raw);
    if (prefix !== undefined) {
      const line: WikiLine = { kind: 'list', prefix, feed: feedParts(parts.slice(0, ddAt)), raw, pos };
      if (ddAt !== undefined) line.def = feedParts(parts.slice(ddAt));
      lines.push(line);
    } else if (parts.every((part) => typeof part === 'string' && part.trim() === '')) {
      if (!afterBlock) lines.push({ kind: 'blank', raw, pos });
    } else if (!parts.every(isSilent)) {
      const content = parts.filter((part) => !(typeof part === 'string' && part.trim() === ''));
      const only = content.length === 1 ? content[0] : undefined;
      const indented = raw.startsWith(' ');
      if (
        typeof only === 'object' &&
        only.type === 'ext' &&
        CODE_BLOCK_EXT.has((only.name ?? '').toLowerCase())
      ) {
        const lang = /\blang\s*=\s*["']?([\w+#.-]+)/i.exec(only.toString())?.[1];
        const text = trimBlock(child(only, 'ext-inner')?.toString() ?? '');
        lines.push({
          kind: 'block',
          block: () => ({ kind: 'code', ...(lang ? { lang } : {}), text, pos }),
          raw,
          pos,
          indented,
        });
      } else {
        lines.push({ kind: 'text', feed: feedParts(parts), indented, raw, pos });
      }
    }
    parts = [];
    prefix = undefined;
    ddAt = undefined;
    afterBlock = false;
  };
  const blockLine = (line: WikiLine, text: string, offset: number) => {
    if (prefix !== undefined || !parts.every((part) => typeof part === 'string' && part.trim() === '')) {
      endLine(offset);
    }
    parts = [];
    lines.push(line);
    start = offset + text.length;
    afterBlock = !text.endsWith('\n');
  };

  let offset = 0;
  for (const node of root.childNodes) {
    const text = node.toString();
    const pos = index.position(offset);
    if (node.type === 'text') {
      const pieces = text.split('\n');
      let at = offset;
      pieces.forEach((piece, i) => {
        if (piece !== '') parts.push(piece);
        at += piece.length;
        if (i < pieces.length - 1) {
          endLine(at);
          at += 1;
          start = at;
        }
      });
    } else if (node.type === 'heading') {
      const level = node.level ?? Math.max(1, /^=+/.exec(text)?.[0].length ?? 1);
      const title = node.childNodes[0];
      const feed: Feed = (builder) => {
        if (title) for (const c of title.childNodes) feedNode(builder, c);
      };
      blockLine({ kind: 'heading', level, feed, raw: text, pos }, text, offset);
    } else if (node.type === 'table') {
      blockLine(
        { kind: 'block', block: () => tableBlock(node, pos), raw: text, pos, indented: false },
        text,
        offset,
      );
    } else if (node.type === 'hr') {
      blockLine({ kind: 'break', raw: text, pos }, text, offset);
    } else if (
      node.type === 'list' &&
      prefix === undefined &&
      parts.every((p) => typeof p === 'string' && p.trim() === '')
    ) {
      prefix = text.replace(/\s+/g, '');
      parts = [];
    } else if (node.type === 'dd' && prefix?.includes(';') && ddAt === undefined) {
      ddAt = parts.length;
    } else {
      if (node.type === 'category')
        categories.push(node.toString().replace(/^\[\[\s*[^:]*:\s*|\s*(\|[^\]]*)?\]\]$/g, ''));
      if (node.type === 'magic-word' && node.name === 'displaytitle') {
        title = node.childNodes[1]?.toString().trim() || title;
      }
      parts.push(node);
    }
    offset += text.length;
  }
  endLine(source.length);
  return { lines, categories, ...(title ? { title } : {}) };
}
