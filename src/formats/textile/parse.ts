// Textile to Outline, as an outline: `h1.`–`h6.` headings, `*` / `#` lists nested by marker
// count, `|` tables (`_.` marks a header cell), `p.` `bq.` `fn1.` paragraphs, `bc.` `pre.`
// code, `- term := definition` lists, `###.` comments; `..` extends a block over blank lines.
import { plainInline } from '../outline/inline.ts';
import type { Block, FieldBlock, HeadingBlock, Outline, Warning } from '../outline/types.ts';
import { renderTextile } from './inline.ts';
import { parseList, parseTable } from './structures.ts';

// One character per repetition: `[<>=]+` inside the `*` backtracked exponentially on a line of `=`.
const ATTRS = String.raw`(?:\([^)\n]*\)|\{[^}\n]*\}|\[[^\]\n]*\]|[<>=])*`;
const SIGNATURE = new RegExp(`^(h[1-6]|p|bq|bc|pre|notextile|fn\\d+|###)(${ATTRS})\\.(\\.?)(?: (.*)|$)`);
const LIST_LINE = /^([*#]+) /;
const TABLE_LINE = new RegExp(`^(?:table${ATTRS}\\.\\s*$|(?:${ATTRS}\\.\\s*)?\\|)`);
const ALIAS = /^\[([^\]\s]+)\](\S+)\s*$/;
const DEFINITION = /^- (.+?) := ?(.*)$/;

export interface TextileState {
  lines: string[];
  aliases: Map<string, string>;
  warnings: Warning[];
}

export function parseTextile(text: string): Outline {
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''));
  } catch (error) {
    const message = `internal parser error: ${error instanceof Error ? error.message : String(error)}`;
    return { format: 'textile', meta: {}, blocks: [], warnings: [{ line: 1, column: 1, message }] };
  }
}

const blank = (line: string | undefined) => line === undefined || line.trim() === '';

function parse(text: string): Outline {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trimEnd());
  const aliases = new Map<string, string>();
  for (const line of lines) {
    const alias = ALIAS.exec(line);
    if (alias) aliases.set(alias[1] ?? '', alias[2] ?? '');
  }
  const state: TextileState = { lines, aliases, warnings: [] };
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (blank(lines[i]) || ALIAS.test(lines[i] ?? '')) {
      i++;
      continue;
    }
    i = parseBlock(state, i, blocks);
  }
  const outline: Outline = { format: 'textile', meta: {}, blocks, warnings: state.warnings };
  const title = blocks.find((b) => b.kind === 'heading');
  if (
    title?.kind === 'heading' &&
    title.level === 1 &&
    blocks.filter((b) => b.kind === 'heading' && b.level === 1).length === 1
  ) {
    outline.title = title.text;
  }
  return outline;
}

/** The end (exclusive) of the paragraph that starts at `i`. */
function paragraphEnd(lines: string[], i: number): number {
  let j = i + 1;
  while (
    j < lines.length &&
    !blank(lines[j]) &&
    !SIGNATURE.test(lines[j] ?? '') &&
    !LIST_LINE.test(lines[j] ?? '')
  ) {
    j++;
  }
  return j;
}

function parseBlock(state: TextileState, i: number, out: Block[]): number {
  const { lines } = state;
  const line = lines[i] ?? '';
  if (LIST_LINE.test(line)) return parseList(state, i, out);
  if (TABLE_LINE.test(line)) return parseTable(state, i, out);
  const definition = DEFINITION.exec(line);
  if (definition) return parseDefinitions(state, i, out);
  const sig = SIGNATURE.exec(line);
  if (!sig) {
    const end = paragraphEnd(lines, i);
    out.push(paragraph(state, lines.slice(i, end).join('\n'), i, 0));
    return end;
  }
  const kind = sig[1] ?? 'p';
  const extended = sig[3] === '.';
  const first = sig[4] ?? '';
  const col = line.length - first.length;
  // An extended block runs over blank lines until the next block signature.
  let end = i + 1;
  if (extended) {
    while (end < lines.length && !SIGNATURE.test(lines[end] ?? '')) end++;
  } else {
    while (end < lines.length && !blank(lines[end])) end++;
  }
  while (end > i + 1 && blank(lines[end - 1])) end--;
  const body = [first, ...lines.slice(i + 1, end)].join('\n');
  const heading = /^h([1-6])$/.exec(kind);
  if (heading) {
    const content = renderTextile(body, state.aliases);
    const block: HeadingBlock = {
      kind: 'heading',
      level: Number(heading[1]),
      ...content,
      pos: { line: i + 1, column: col + 1 },
    };
    // `h2(#id).` or `h2(class#id).` gives the heading an id.
    const id = /\([^)#]*#([^)\s]+)\)/.exec(sig[2] ?? '');
    if (id?.[1]) block.anchor = id[1];
    out.push(block);
  } else if (kind === 'bc' || kind === 'pre') {
    out.push({ kind: 'code', text: body.replace(/^\n+|\n+$/g, ''), pos: { line: i + 1, column: col + 1 } });
  } else if (kind === '###') {
    // a comment
  } else {
    for (const part of body.split(/\n\s*\n/)) {
      if (part.trim() === '') continue;
      if (kind === 'notextile')
        out.push({ kind: 'paragraph', ...plainInline(part), pos: { line: i + 1, column: col + 1 } });
      else out.push(paragraph(state, part, i, col));
    }
  }
  return end;
}

function paragraph(state: TextileState, text: string, line: number, col: number): Block {
  return {
    kind: 'paragraph',
    ...renderTextile(text, state.aliases),
    pos: { line: line + 1, column: col + 1 },
  };
}

function parseDefinitions(state: TextileState, i: number, out: Block[]): number {
  const { lines } = state;
  let j = i;
  while (j < lines.length && !blank(lines[j])) {
    const m = DEFINITION.exec(lines[j] ?? '');
    if (!m) break;
    const field: FieldBlock = {
      kind: 'field',
      key: renderTextile(m[1] ?? '', state.aliases).text,
      value: renderTextile(m[2] ?? '', state.aliases),
      children: [],
      pos: { line: j + 1, column: 1 },
    };
    out.push(field);
    j++;
  }
  return Math.max(j, i + 1);
}
