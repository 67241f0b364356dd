// Org-mode → Outline. A single pass over the lines: headlines, keywords, drawers, blocks, tables,
// fixed-width areas, plain lists and paragraphs. Total: any string parses, problems become warnings.

import { indentOf } from '../outline/source-text.ts';
import type { Block, HeadingBlock, Outline } from '../outline/types.ts';
import { Warnings } from '../outline/warnings.ts';
import { codeBlock, EndFinder, tableBlock } from './blocks.ts';
import { parseHeadline, todoWords } from './headline.ts';
import { orgInline } from './inline.ts';
import { fieldsFromTerms, itemLine, ListStack } from './lists.ts';

const BLANK = /^[ \t]*$/;
const PLANNING = /(SCHEDULED|DEADLINE|CLOSED):[ \t]{0,20}(<[^>\n]{0,200}>|\[[^\]\n]{0,200}\])/g;
const KEYWORD = /^#\+([^\s:]+):(?:[ \t]+(.*))?$/;
const AFFILIATED = /^(?:name|caption|attr_.*|results|header|plot|tblfm|label)$/i;
const BEGIN = /^#\+begin_(\S+)(?:[ \t]+(.*))?$/i;
const DRAWER = /^:([\w-]+):[ \t]*$/;
const PROPERTY = /^[ \t]*:([^\s:+]+)(\+)?:(?:[ \t]+(.*))?$/;

/** Parses Org-mode text. Never throws; linear in the size of the input. */
export function parseOrg(input: string): Outline {
  const lines = String(input ?? '').split(/\r\n|\r|\n/);
  const warnings = new Warnings();
  const meta: Record<string, string> = {};
  const todo = todoWords(lines);
  const ends = new EndFinder(lines);
  const root: Block[] = [];
  const lists = new ListStack(root, warnings);
  let para: { lines: string[]; line: number; column: number; sink: Block[] } | null = null;
  let heading: HeadingBlock | undefined;
  let blanks = 0;

  const flush = () => {
    if (!para) return;
    const { struck: _struck, ...inline } = orgInline(para.lines.join('\n'));
    para.sink.push({ kind: 'paragraph', ...inline, pos: { line: para.line, column: para.column } });
    para = null;
  };
  /** Output for a block that is not paragraph text: it ends the open paragraph and item text. */
  const emit = (block: Block) => {
    flush();
    lists.endText();
    lists.sink().push(block);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    const headline = line.startsWith('*') ? parseHeadline(line, lineNo, todo) : undefined;
    if (headline) {
      flush();
      lists.closeAll();
      root.push(headline);
      heading = headline;
      blanks = 0;
      continue;
    }
    if (BLANK.test(line)) {
      flush();
      lists.endText();
      if (++blanks >= 2) lists.closeAll();
      heading = undefined;
      continue;
    }
    blanks = 0;
    const indent = indentOf(line);
    const body = line.slice(indent);
    const item = itemLine(body, indent);
    lists.popTo(indent, !item);
    const owner = heading;
    heading = undefined;

    if (owner && /^(?:SCHEDULED|DEADLINE|CLOSED):/.test(body)) {
      for (const m of body.matchAll(PLANNING)) setProperty(owner, m[1] ?? '', m[2] ?? '');
      heading = owner;
      continue;
    }
    const drawer = DRAWER.exec(body);
    if (drawer) {
      const name = (drawer[1] ?? '').toUpperCase();
      if (name === 'END') continue;
      const end =
        name === 'PROPERTIES' || name === 'LOGBOOK' ? ends.find(name, i, /^[ \t]*:END:[ \t]*$/i) : -1;
      if (name === 'PROPERTIES' && end === -1)
        warnings.add(lineNo, indent + 1, 'property drawer without :END:');
      if (end === -1) continue;
      if (name === 'PROPERTIES') {
        for (let k = i + 1; k < end; k++) {
          const m = PROPERTY.exec(lines[k] ?? '');
          if (!m) warnings.add(k + 1, 1, 'not a property line (expected :KEY: value)');
          else if (owner) setProperty(owner, m[1] ?? '', (m[3] ?? '').trim(), m[2] === '+');
        }
        if (owner) heading = owner;
      }
      i = end;
      continue;
    }
    const begin = BEGIN.exec(body);
    if (begin) {
      const kind = (begin[1] ?? '').toLowerCase();
      const escaped = kind.replace(/[^\w-]/g, '\\$&');
      const end = ends.find(`block:${kind}`, i, new RegExp(`^[ \\t]*#\\+end_${escaped}[ \\t]*$`, 'i'));
      if (end === -1) {
        warnings.add(lineNo, indent + 1, `#+begin_${kind} without #+end_${kind}`);
        continue;
      }
      const param = (begin[2] ?? '').trim().split(/\s+/)[0];
      if (kind === 'src' || kind === 'example' || kind === 'export') {
        emit(codeBlock(lines, i, end, kind === 'example' ? undefined : param));
        i = end;
      } else if (kind === 'comment') i = end;
      else flush();
      continue;
    }
    if (/^#\+end_\S+[ \t]*$/i.test(body)) continue;
    const keyword = KEYWORD.exec(body);
    if (keyword) {
      const key = (keyword[1] ?? '').toLowerCase();
      const value = (keyword[2] ?? '').trim();
      if (!AFFILIATED.test(key)) meta[key] = key in meta ? `${meta[key]}\n${value}` : value;
      continue;
    }
    if (/^#(?:[ \t]|$)/.test(body) || /^-{5,}[ \t]*$/.test(body)) {
      flush();
      continue;
    }
    if (body.startsWith('|') || /^:(?:[ \t]|$)/.test(body)) {
      const table = body.startsWith('|');
      const same = table ? /^[ \t]*\|/ : /^[ \t]*:(?:[ \t]|$)/;
      let end = i + 1;
      while (end < lines.length && same.test(lines[end] ?? '')) end++;
      if (table) emit(tableBlock(lines, i, end));
      else {
        const text = lines.slice(i, end).map((l) => l.replace(/^[ \t]*:[ \t]?/, ''));
        emit({ kind: 'code', text: text.join('\n'), pos: { line: lineNo, column: indent + 1 } });
      }
      i = end - 1;
      continue;
    }
    if (item) {
      flush();
      lists.add(item, indent, lineNo);
      continue;
    }
    if (lists.continueText(body)) continue;
    const sink = lists.sink();
    if (para && para.sink === sink) para.lines.push(body);
    else {
      flush();
      para = { lines: [body], line: lineNo, column: indent + 1, sink };
    }
  }
  flush();
  lists.closeAll();
  fieldsFromTerms(root, lists.terms);
  const outline: Outline = { format: 'org', meta, blocks: root, warnings: warnings.done() };
  const title = meta.title?.split('\n').join(' ').trim();
  if (title) outline.title = orgInline(title).text;
  return outline;
}

function setProperty(heading: HeadingBlock, key: string, value: string, append = false): void {
  const properties = heading.properties ?? {};
  const old = properties[key];
  properties[key] = append && old !== undefined ? `${old} ${value}`.trim() : value;
  heading.properties = properties;
}
