// Source lines → outline blocks, MediaWiki rules: a blank line ends paragraphs and lists, list
// prefixes (`*#:;`) nest, `;term : def` is a field, leading-space lines are preformatted unless they
// continue the list item above, ``` fences left over from other wikis are code.

import { warningAt } from '../outline/source-text.ts';
import { StyledInlineBuilder } from '../outline/styled-inline.ts';
import type { Block, FieldBlock, ListBlock, ListItem, Position, Warning } from '../outline/types.ts';

export type Feed = (builder: StyledInlineBuilder) => void;

interface LineBase {
  /** The source of the line (for code blocks). */
  raw: string;
  pos: Position;
}

export type WikiLine =
  | (LineBase & { kind: 'blank' | 'break' })
  | (LineBase & { kind: 'heading'; level: number; feed: Feed })
  | (LineBase & { kind: 'list'; prefix: string; feed: Feed; def?: Feed })
  | (LineBase & { kind: 'text'; feed: Feed; indented: boolean })
  | (LineBase & { kind: 'block'; block: () => Block; indented: boolean });

/** Deeper list prefixes are cut to this depth (with a warning). */
export const MAX_LIST_DEPTH = 64;

interface Level {
  kind: 'ul' | 'ol' | 'dl';
  parent: Block[];
  list?: ListBlock;
  field?: FieldBlock;
  /** Where blocks nested under this level's latest entry go. */
  children: Block[];
}

const FENCE = /^\s*(`{3,})\s*([\w+#.-]*)\s*$/;

function kindOf(char: string): Level['kind'] {
  return char === '*' ? 'ul' : char === '#' ? 'ol' : 'dl';
}

export function render(feeds: readonly Feed[]) {
  const builder = new StyledInlineBuilder();
  feeds.forEach((feed, index) => {
    if (index > 0) builder.space();
    feed(builder);
    builder.endLine();
  });
  return builder.finish();
}

export function buildBlocks(lines: readonly WikiLine[], warnings: Warning[]): Block[] {
  const out: Block[] = [];
  let stack: Level[] = [];
  let pending: { container: Block[]; feeds: Feed[]; pos: Position } | undefined;
  let listOpen = false;
  let depthWarned = false;

  const flush = () => {
    const inline = pending ? render(pending.feeds) : undefined;
    // A line of nothing but tags (`<div style="…">`) leaves no paragraph.
    if (pending && inline && (inline.text !== '' || inline.marks.length > 0 || inline.links.length > 0)) {
      pending.container.push({ kind: 'paragraph', ...inline, pos: pending.pos });
    }
    pending = undefined;
  };
  const addText = (container: Block[], feed: Feed, pos: Position) => {
    if (pending?.container !== container) {
      flush();
      pending = { container, feeds: [], pos };
    }
    pending.feeds.push(feed);
  };
  const closeLists = () => {
    stack = [];
    listOpen = false;
  };
  const newItem = (level: Level, feed: Feed, pos: Position) => {
    if (level.list === undefined) {
      level.list = { kind: 'list', ordered: level.kind === 'ol', items: [], pos };
      level.parent.push(level.list);
    }
    const item: ListItem = { ...render([feed]), children: [], pos };
    level.list.items.push(item);
    level.children = item.children;
  };
  const newField = (level: Level, line: { feed: Feed; def?: Feed; pos: Position }) => {
    const key = render([line.feed]).text;
    const field: FieldBlock = {
      kind: 'field',
      key,
      value: render(line.def ? [line.def] : []),
      children: [],
      pos: line.pos,
    };
    level.parent.push(field);
    level.field = field;
    level.children = field.children;
  };
  const definition = (level: Level, feed: Feed, pos: Position) => {
    const field = level.field;
    if (field && field.value.text === '' && field.children.length === 0) field.value = render([feed]);
    else level.children.push({ kind: 'paragraph', ...render([feed]), pos });
  };
  const enter = (level: Level, char: string, line: { feed: Feed; def?: Feed; pos: Position }) => {
    if (level.kind !== 'dl') newItem(level, line.feed, line.pos);
    else if (char === ';') newField(level, line);
    else definition(level, line.feed, line.pos);
  };

  const listLine = (line: Extract<WikiLine, { kind: 'list' }>) => {
    let prefix = line.prefix;
    if (prefix.length > MAX_LIST_DEPTH) {
      prefix = prefix.slice(0, MAX_LIST_DEPTH);
      if (!depthWarned)
        warnings.push(warningAt(line.pos, `list nested deeper than ${MAX_LIST_DEPTH} levels`));
      depthWarned = true;
    }
    let k = 0;
    while (k < stack.length && k < prefix.length && stack[k]?.kind === kindOf(prefix[k] ?? '')) k++;
    if (k === prefix.length && k > 0) {
      stack = stack.slice(0, k);
      enter(stack[k - 1] as Level, prefix[k - 1] ?? '*', line);
    } else {
      stack = stack.slice(0, k);
      for (let i = k; i < prefix.length; i++) {
        const char = prefix[i] ?? '*';
        const parent = i === 0 ? out : (stack[i - 1] as Level).children;
        const level: Level = { kind: kindOf(char), parent, children: parent };
        stack.push(level);
        if (i === prefix.length - 1) enter(level, char, line);
      }
    }
    listOpen = true;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as WikiLine;
    const fence = line.kind === 'text' ? FENCE.exec(line.raw) : null;
    if (fence) {
      flush();
      closeLists();
      const marker = fence[1] ?? '```';
      const body: string[] = [];
      let end = index + 1;
      while (end < lines.length && !(lines[end] as WikiLine).raw.trimStart().startsWith(marker)) {
        body.push((lines[end] as WikiLine).raw);
        end++;
      }
      if (end >= lines.length) warnings.push(warningAt(line.pos, `code fence ${marker} is never closed`));
      out.push({
        kind: 'code',
        ...(fence[2] ? { lang: fence[2] } : {}),
        text: body.join('\n'),
        pos: line.pos,
      });
      index = end;
      continue;
    }
    switch (line.kind) {
      case 'blank':
      case 'break':
        flush();
        closeLists();
        break;
      case 'heading':
        flush();
        closeLists();
        out.push({ kind: 'heading', level: line.level, ...render([line.feed]), pos: line.pos });
        break;
      case 'list':
        flush();
        listLine(line);
        break;
      case 'text':
        if (line.indented && listOpen && stack.length > 0) {
          addText((stack[stack.length - 1] as Level).children, line.feed, line.pos);
        } else if (line.indented) {
          flush();
          closeLists();
          index = preformatted(lines, index, out);
        } else {
          if (listOpen) closeLists();
          addText(out, line.feed, line.pos);
        }
        break;
      case 'block':
        flush();
        if (line.indented && listOpen && stack.length > 0) {
          (stack[stack.length - 1] as Level).children.push(line.block());
        } else {
          closeLists();
          out.push(line.block());
        }
        break;
    }
  }
  flush();
  return out;
}

/** Consecutive leading-space lines as one code block; returns the index of the last one. */
function preformatted(lines: readonly WikiLine[], start: number, out: Block[]): number {
  const body: string[] = [];
  let index = start;
  for (; index < lines.length; index++) {
    const line = lines[index] as WikiLine;
    if (line.kind !== 'text' || !line.indented) break;
    body.push(line.raw.replace(/^ /, ''));
  }
  const first = lines[start] as WikiLine;
  out.push({ kind: 'code', text: body.join('\n'), pos: first.pos });
  return index - 1;
}
