// The line-based reader for wikitext too large (or too deeply nested) for wikiparser-node. It knows
// the line syntax (headings, lists, tables, preformatted and code blocks) and reads inline markup
// with bounded regular expressions; linear in the input size.

import { trimBlock, warningAt } from '../outline/source-text.ts';
import { StyledInlineBuilder } from '../outline/styled-inline.ts';
import type { Block, Inline, Position, TableBlock, Warning } from '../outline/types.ts';
import type { Feed, WikiLine } from './blocks.ts';
import { feedLine, isSilentLine } from './line-inline.ts';

/** Comments become spaces (newlines kept), so lines and columns stay those of the input. */
export function blankComments(text: string): string {
  if (!text.includes('<!--')) return text;
  const out: string[] = [];
  let last = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', last)) {
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    out.push(text.slice(last, open), text.slice(open, end).replace(/[^\n]/g, ' '));
    last = end;
  }
  out.push(text.slice(last));
  return out.join('');
}

function heading(line: string): { level: number; title: string } | undefined {
  const trimmed = line.trimEnd();
  let lead = 0;
  while (trimmed[lead] === '=') lead++;
  let trail = 0;
  while (trail < trimmed.length - lead && trimmed[trimmed.length - 1 - trail] === '=') trail++;
  const level = Math.min(lead, trail, 6);
  if (level === 0 || lead + trail >= trimmed.length) return undefined;
  return { level, title: trimmed.slice(level, trimmed.length - level) };
}

const feedOf =
  (text: string): Feed =>
  (builder) =>
    feedLine(builder, text);

function cellInline(lines: readonly string[]): Inline {
  const builder = new StyledInlineBuilder();
  lines.forEach((line, index) => {
    if (index > 0) builder.softBreak();
    feedLine(builder, line.replace(/^[*#:;]+\s*/, ''));
    builder.endLine();
  });
  return builder.finish();
}

/** Cell content without its attributes (`style="…" | content`). */
function cellContent(cell: string): string {
  const match = /^\s*[\w-]+\s*=[^|[\]{}]{0,500}\|(?!\|)/.exec(cell);
  return match ? cell.slice(match[0].length) : cell;
}

function table(lines: readonly string[], pos: Position): TableBlock {
  type Row = { cells: string[][]; header: boolean[] };
  const rows: Row[] = [{ cells: [], header: [] }];
  for (const line of lines.slice(1)) {
    const trimmed = line.trimStart();
    const row = rows[rows.length - 1] as Row;
    if (trimmed.startsWith('|}') || trimmed.startsWith('|+')) continue;
    if (trimmed.startsWith('|-')) rows.push({ cells: [], header: [] });
    else if (trimmed.startsWith('!') || trimmed.startsWith('|')) {
      const header = trimmed.startsWith('!');
      for (const cell of trimmed.slice(1).split(header ? /!!|\|\|/ : '||')) {
        row.cells.push([cellContent(cell)]);
        row.header.push(header);
      }
    } else row.cells[row.cells.length - 1]?.push(line);
  }
  const filled = rows.filter((row) => row.cells.length > 0);
  const first = filled[0];
  const header = first?.header.every(Boolean) ? first : undefined;
  const hasHeader = header !== undefined;
  return {
    kind: 'table',
    header: header ? header.cells.map(cellInline) : [],
    rows: (hasHeader ? filled.slice(1) : filled).map((row) => row.cells.map(cellInline)),
    pos,
  };
}

function count(text: string, token: string): number {
  let n = 0;
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length)) n++;
  return n;
}

const CODE_OPEN = /^\s*<(syntaxhighlight|source|pre)\b([^>]{0,500})>/i;

/** Wikitext → lines, without wikiparser-node. */
export function readLines(text: string, warnings: Warning[]): WikiLine[] {
  const source = blankComments(text).split('\n');
  const out: WikiLine[] = [];
  for (let i = 0; i < source.length; i++) {
    const raw = source[i] as string;
    const pos = { line: i + 1, column: raw.length - raw.trimStart().length + 1 };
    const trimmed = raw.trim();
    const code = CODE_OPEN.exec(raw);
    if (trimmed.startsWith('{|')) {
      let depth = 0;
      let end = i;
      for (; end < source.length; end++) {
        const t = (source[end] as string).trimStart();
        if (t.startsWith('{|')) depth++;
        else if (t.startsWith('|}') && --depth === 0) break;
      }
      if (end >= source.length) warnings.push(warningAt(pos, 'table {| is never closed with |}'));
      const body = source.slice(i, end + 1);
      out.push({ kind: 'block', block: () => table(body, pos), raw: body.join('\n'), pos, indented: false });
      i = end;
    } else if (code) {
      const name = (code[1] ?? '').toLowerCase();
      const lang = /\blang\s*=\s*["']?([\w+#.-]+)/i.exec(code[2] ?? '')?.[1];
      const closing = new RegExp(`</${name}\\s*>`, 'i');
      const body: string[] = [raw.slice((code.index ?? 0) + code[0].length)];
      let end = i;
      while (!closing.test(body[body.length - 1] ?? '') && end + 1 < source.length)
        body.push(source[++end] as string);
      if (!closing.test(body[body.length - 1] ?? ''))
        warnings.push(warningAt(pos, `<${name}> is never closed`));
      const last = body.length - 1;
      body[last] = (body[last] ?? '').replace(new RegExp(`</${name}\\s*>.*$`, 'is'), '');
      const block = (): Block => ({
        kind: 'code',
        ...(lang ? { lang } : {}),
        text: trimBlock(body.join('\n')),
        pos,
      });
      out.push({
        kind: 'block',
        block,
        raw: source.slice(i, end + 1).join('\n'),
        pos,
        indented: raw.startsWith(' '),
      });
      i = end;
    } else if (trimmed === '') {
      out.push({ kind: 'blank', raw, pos });
    } else if (raw.startsWith('=') && heading(raw)) {
      const { level, title } = heading(raw) as { level: number; title: string };
      out.push({ kind: 'heading', level, feed: feedOf(title), raw, pos });
    } else if (/^-{4,}\s*$/.test(raw)) {
      out.push({ kind: 'break', raw, pos });
    } else if (/^[*#:;]/.test(raw)) {
      const prefix = /^[*#:;]+/.exec(raw)?.[0] ?? '';
      const body = raw.slice(prefix.length).trim();
      const colon = prefix.endsWith(';') ? body.search(/\s:(?!\/\/)|:(?=\s)/) : -1;
      if (colon >= 0) {
        out.push({
          kind: 'list',
          prefix,
          feed: feedOf(body.slice(0, colon)),
          def: feedOf(body.slice(body.indexOf(':', colon) + 1)),
          raw,
          pos,
        });
      } else out.push({ kind: 'list', prefix, feed: feedOf(body), raw, pos });
    } else if (raw.startsWith('{{') && count(raw, '{{') > count(raw, '}}')) {
      let end = i;
      let balance = count(raw, '{{') - count(raw, '}}');
      while (balance > 0 && end + 1 < source.length && end - i < 500) {
        const next = source[++end] as string;
        balance += count(next, '{{') - count(next, '}}');
      }
      const joined = source.slice(i, end + 1).join('\n');
      if (!isSilentLine(joined))
        out.push({ kind: 'text', feed: feedOf(joined), indented: false, raw: joined, pos });
      i = end;
    } else if (!isSilentLine(raw)) {
      out.push({ kind: 'text', feed: feedOf(raw), indented: raw.startsWith(' '), raw, pos });
    }
  }
  return out;
}
