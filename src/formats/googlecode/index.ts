// Google Code wiki (the `.wiki` pages of Google Code projects) → Outline: `#summary`/`#labels`
// pragmas, `= h1 =` … `====== h6 ======`, lists indented by at least one space (`*` bullets, `#`
// numbers) nesting by indentation, `{{{ }}}` code blocks, `|| a || b ||` tables.

import { normaliseSource, trimBlock, warningAt } from '../outline/source-text.ts';
import type { Block, ListBlock, ListItem, Outline, Position, Warning } from '../outline/types.ts';
import { googleCodeInline } from './inline.ts';

const PRAGMA = /^#(summary|labels|sidebar)\b[ \t]*(.*)$/i;
const LIST = /^([ \t]+)([*#])[ \t]*(.*)$/;
const TABLE_ROW = /^\s*\|\|(.*?)\|\|\s*$/;
const MAX_DEPTH = 64;

function heading(line: string): { level: number; title: string } | undefined {
  const text = line.trim();
  let lead = 0;
  while (text[lead] === '=') lead++;
  let trail = 0;
  while (trail < text.length - lead && text[text.length - 1 - trail] === '=') trail++;
  if (lead === 0 || trail === 0 || lead + trail >= text.length) return undefined;
  return { level: Math.min(lead, 6), title: text.slice(lead, text.length - trail).trim() };
}

interface Level {
  indent: number;
  list: ListBlock;
  item: ListItem;
}

/** Google Code wiki → Outline. Total: never throws, whatever the input. */
export function parseGoogleCodeWiki(text: string): Outline {
  const warnings: Warning[] = [];
  try {
    return read(normaliseSource(typeof text === 'string' ? text : String(text)).text, warnings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push(warningAt({ line: 1, column: 1 }, `could not read the document: ${reason}`));
    return { format: 'googlecode', meta: {}, blocks: [], warnings };
  }
}

function read(source: string, warnings: Warning[]): Outline {
  const lines = source.split('\n');
  const meta: Record<string, string> = {};
  const out: Block[] = [];
  let stack: Level[] = [];
  let paragraph: { lines: string[]; pos: Position } | undefined;
  let started = false;

  const flush = () => {
    if (paragraph) out.push({ kind: 'paragraph', ...googleCodeInline(paragraph.lines), pos: paragraph.pos });
    paragraph = undefined;
  };
  const end = () => {
    flush();
    stack = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    const pos = { line: i + 1, column: line.length - line.trimStart().length + 1 };
    const pragma = started ? null : PRAGMA.exec(line);
    if (pragma) {
      meta[(pragma[1] ?? '').toLowerCase()] = (pragma[2] ?? '').trim();
      continue;
    }
    if (trimmed === '') {
      flush();
      let next = i + 1;
      while (next < lines.length && (lines[next] as string).trim() === '') next++;
      if (!LIST.test(lines[next] ?? '')) stack = [];
      i = next - 1;
      continue;
    }
    started = true;
    const list = LIST.exec(line);
    const title = heading(line);
    if (trimmed.startsWith('{{{') && !trimmed.slice(3).includes('}}}')) {
      end();
      const body = [trimmed.slice(3)];
      let close = i + 1;
      while (close < lines.length && !(lines[close] as string).includes('}}}'))
        body.push(lines[close++] as string);
      if (close >= lines.length) warnings.push(warningAt(pos, 'code block {{{ is never closed with }}}'));
      else body.push((lines[close] as string).slice(0, (lines[close] as string).indexOf('}}}')));
      out.push({ kind: 'code', text: trimBlock(body.join('\n')), pos });
      i = close;
    } else if (/^<wiki:comment>/i.test(trimmed)) {
      end();
      while (i < lines.length && !/<\/wiki:comment>/i.test(lines[i] as string)) i++;
    } else if (title && !list) {
      end();
      out.push({ kind: 'heading', level: title.level, ...googleCodeInline([title.title]), pos });
    } else if (/^-{4,}$/.test(trimmed) || /^<wiki:toc\b[^>]*>$/i.test(trimmed)) {
      end();
    } else if (TABLE_ROW.test(line)) {
      end();
      const rows: string[][] = [];
      for (; i < lines.length && TABLE_ROW.test(lines[i] as string); i++) {
        rows.push((TABLE_ROW.exec(lines[i] as string)?.[1] ?? '').split('||').map((cell) => cell.trim()));
      }
      i--;
      const headed = rows.length > 1 && (rows[0] ?? []).every((cell) => /^\*[^*]+\*$/.test(cell));
      const cells = (row: string[]) => row.map((cell) => googleCodeInline([cell]));
      out.push({
        kind: 'table',
        header: headed ? cells(rows[0] ?? []) : [],
        rows: rows.slice(headed ? 1 : 0).map(cells),
        pos,
      });
    } else if (list) {
      flush();
      const indent = (list[1] ?? '').replace(/\t/g, '    ').length;
      const item: ListItem = { ...googleCodeInline([list[3] ?? '']), children: [], pos };
      const ordered = list[2] === '#';
      while (stack.length > 0 && (stack[stack.length - 1] as Level).indent > indent) stack.pop();
      const top = stack[stack.length - 1];
      if (top && (stack.length >= MAX_DEPTH || (top.indent === indent && top.list.ordered === ordered))) {
        top.list.items.push(item);
        top.item = item;
      } else {
        if (top?.indent === indent) stack.pop();
        const parent = stack[stack.length - 1];
        const block: ListBlock = { kind: 'list', ordered, items: [item], pos };
        (parent ? parent.item.children : out).push(block);
        stack.push({ indent, list: block, item });
      }
    } else {
      stack = [];
      if (paragraph) paragraph.lines.push(line);
      else paragraph = { lines: [line], pos };
    }
  }
  flush();
  return { format: 'googlecode', meta, blocks: out, warnings };
}
