// AsciiDoc → Outline. One pass over the preprocessed lines after the header: delimited blocks,
// attribute entries, block attributes and titles, sections, lists, tables and paragraphs.
// Total: any string parses, and what cannot be honoured becomes a warning with line and column.

import { indentOf } from '../outline/source-text.ts';
import type { Block, HeadingBlock, Outline } from '../outline/types.ts';
import { Warnings } from '../outline/warnings.ts';
import { Attributes, entryAt, preprocess } from './attributes.ts';
import { type BlockAttributes, blockAttributes, CloserFinder, COMPOUND, delimiter } from './blocks.ts';
import { readHeader, setextLevel } from './header.ts';
import { adocInline } from './inline.ts';
import { itemLine, ListStack } from './lists.ts';
import { type Para, paragraphBlock, SECTION, sectionHeading } from './section.ts';
import { parseTable, tableOptions } from './table.ts';

const BLOCK_TITLE = /^\.(\.?[^ \t.].*)$/;
const BLOCK_MACRO = /^([a-z][\w-]*)::(\S*?)\[(.*)\]$/;
const BREAK_LINE = /^(?:'{3,}|<{3,}|-{3}|\*{3}|- - -|\* \* \*)[ \t]*$/;

interface Container {
  closer: string;
  sink: Block[];
  lists: ListStack;
  line: number;
  kind: string;
}

/** Parses AsciiDoc text. Never throws; linear in the size of the input. */
export function parseAsciidoc(input: string): Outline {
  const warnings = new Warnings();
  const { lines, numbers } = preprocess(String(input ?? '').split(/\r\n|\r|\n/), warnings);
  const attributes = new Attributes(warnings);
  const header = readHeader(lines, numbers, attributes);
  const root: Block[] = [];
  const headings: HeadingBlock[] = [];
  const base: Container = {
    closer: '',
    sink: root,
    lists: new ListStack(root, warnings),
    line: 0,
    kind: 'document',
  };
  const containers: Container[] = [base];
  const closers = new CloserFinder(lines);
  let pending: BlockAttributes | undefined;
  let para: Para | null = null;
  let attach = false;
  let blank = true;
  const top = () => containers.at(-1) ?? base;

  const flush = () => {
    if (!para) return;
    const p: Para = para;
    para = null;
    p.sink.push(paragraphBlock(p));
  };
  /** Where a new block goes: into the list item after a `+`, else after the container's lists. */
  const target = (): Block[] => {
    const { lists, sink } = top();
    if (attach && lists.open) {
      attach = false;
      lists.endText();
      return lists.sink();
    }
    attach = false;
    lists.closeAll();
    return sink;
  };
  const lineNo = (i: number) => numbers[i] ?? i + 1;

  for (let i = header.body; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const n = lineNo(i);
    const { lists } = top();
    if (/^[ \t]*$/.test(line)) {
      flush();
      if (!lists.awaitsDescription()) lists.endText();
      blank = true;
      continue;
    }
    if (line.startsWith('//') && !/^\/{4,}[ \t]*$/.test(line)) continue;
    const wasBlank: boolean = blank;
    blank = false;
    const delim = delimiter(line);
    if (delim && COMPOUND.has(delim.kind) && containers.some((c) => c.closer === delim.closer)) {
      flush();
      for (let c = containers.pop(); c && c !== base; c = containers.pop()) {
        c.lists.closeAll();
        if (c.closer === delim.closer) break;
        warnings.add(c.line, 1, `unterminated ${c.kind} block (closed by an outer ${delim.kind} delimiter)`);
      }
      if (containers.length === 0) containers.push(base);
      pending = undefined;
      continue;
    }
    if (delim) {
      flush();
      const sink = target();
      const attrs = pending;
      pending = undefined;
      if (COMPOUND.has(delim.kind)) {
        containers.push({
          closer: delim.closer,
          sink,
          lists: new ListStack(sink, warnings),
          line: n,
          kind: delim.kind,
        });
        continue;
      }
      let end = closers.find(delim.closer, i);
      if (end === -1) {
        warnings.add(n, 1, `unterminated ${delim.kind} block: it runs to the end of the document`);
        end = lines.length;
      }
      if (delim.kind === 'table') {
        const range = { from: i + 1, to: end, delimiter: delim.closer };
        sink.push(parseTable(lines, numbers, range, tableOptions(attrs), attributes));
      } else if (delim.kind !== 'comment') {
        const lang = delim.lang ?? (attrs?.style === 'source' ? attrs.lang : undefined);
        const text = lines.slice(i + 1, end).join('\n');
        sink.push({ kind: 'code', text, ...(lang ? { lang } : {}), pos: { line: n, column: 1 } });
      }
      i = end;
      continue;
    }
    if (!para && line.startsWith(':')) {
      const found = entryAt(lines, i);
      if (found) {
        attributes.set(found.entry, n, 1);
        i = found.end;
        continue;
      }
    }
    const attrs = line.startsWith('[') ? blockAttributes(line) : undefined;
    if (attrs) {
      flush();
      if (wasBlank && !attach) lists.closeAll();
      pending = attrs;
      blank = wasBlank;
      continue;
    }
    const item = itemLine(line);
    if (!para && !item && BLOCK_TITLE.test(line)) {
      if (wasBlank && !attach) lists.closeAll();
      const title = adocInline(attributes.substitute(line.slice(1), n, 2));
      target().push({ kind: 'paragraph', ...title, pos: { line: n, column: 1 } });
      blank = wasBlank;
      continue;
    }
    if (line === '+' && lists.open) {
      flush();
      lists.endText();
      attach = true;
      continue;
    }
    // Asciidoctor allows sections only outside delimited blocks: inside, the line is text.
    const canSection = !para && !(lists.open && !wasBlank && !attach) && containers.length === 1;
    const atx = canSection ? SECTION.exec(line) : null;
    const setext = canSection && !atx && !item ? setextLevel(line, lines[i + 1] ?? '') : undefined;
    if (atx || setext !== undefined) {
      flush();
      for (const c of containers) c.lists.closeAll();
      attach = false;
      const heading = sectionHeading(atx, line, setext, n, attributes);
      const id = heading.anchor ?? pending?.id;
      if (id) heading.anchor = id;
      if (heading.level === 0 && attributes.meta.doctype !== 'book') {
        warnings.add(n, 1, 'level 0 section in a document that is not a book; kept as a top-level section');
      }
      top().sink.push(heading);
      headings.push(heading);
      pending = undefined;
      if (setext !== undefined) i++;
      continue;
    }
    if (item && (!para || lists.open)) {
      flush();
      attach = false;
      if (!lists.open) target();
      const rest = attributes.substitute(item.rest, n, line.length - item.rest.length + 1);
      const term = item.term === undefined ? {} : { term: attributes.substitute(item.term, n, item.column) };
      lists.add({ ...item, rest, ...term }, n);
      pending = undefined;
      continue;
    }
    const macro = !para && line.length < 10_000 ? BLOCK_MACRO.exec(line) : null;
    if (macro || (!para && BREAK_LINE.test(line))) {
      flush();
      continue;
    }
    const text = attributes.substitute(line, n, 1);
    if (lists.open && !attach) {
      if (!wasBlank && lists.continueText(text)) continue;
      if (wasBlank && lists.awaitsDescription() && lists.continueText(text)) continue;
    }
    if (para && !wasBlank) {
      para.lines.push(para.literal ? line : text);
      continue;
    }
    flush();
    const literal = /^[ \t]/.test(line);
    const sink = literal && lists.open && wasBlank && !attach ? lists.sink() : target();
    para = {
      lines: [literal ? line : text],
      line: n,
      column: indentOf(line) + 1,
      sink,
      literal,
      attrs: pending,
    };
    pending = undefined;
  }
  flush();
  for (const c of containers) {
    c.lists.closeAll();
    if (c !== base) warnings.add(c.line, 1, `unterminated ${c.kind} block`);
  }
  if (headings.some((h) => h.level === 0)) for (const h of headings) h.level += 1;
  attributes.finish();
  const outline: Outline = { format: 'adoc', meta: attributes.meta, blocks: root, warnings: warnings.done() };
  if (header.title !== undefined) outline.title = adocInline(header.title).text;
  return outline;
}
