// Perl POD to Outline. POD is a sequence of paragraphs separated by blank lines: command
// paragraphs (`=head1`, `=over`, `=item`, `=back`, `=begin`/`=end`, `=for`, `=pod`, `=cut`),
// verbatim paragraphs (indented: code) and ordinary paragraphs (text with formatting codes).
// Text outside POD (before the first command, after `=cut`) is Perl code and is skipped.
import type { Block, CodeBlock, Outline } from '../outline/types.ts';
import { openItem } from './lists.ts';
import { inline, type PodState, podWarn } from './state.ts';

// `=item*` (no space) is common enough in the wild to be read as `=item *`.
const COMMAND = /^=([a-zA-Z][a-zA-Z0-9]*)(?:[ \t]+|$|(?=\*))/;
const BLANK = /^[ \t]*$/;

export function parsePod(text: string): Outline {
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''));
  } catch (error) {
    const message = `internal parser error: ${error instanceof Error ? error.message : String(error)}`;
    return { format: 'pod', meta: {}, blocks: [], warnings: [{ line: 1, column: 1, message }] };
  }
}

/** Where a block goes: into the open list item, else into the document. */
function container(state: PodState): Block[] {
  const list = state.lists[state.lists.length - 1];
  return list?.item?.children ?? list?.container ?? state.root;
}

function parse(text: string): Outline {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const state: PodState = { lines, warnings: [], root: [], lists: [] };
  const meta: Record<string, string> = {};
  // A file with no command at all is read as POD all through rather than as nothing.
  let inPod = !lines.some((line) => COMMAND.test(line));
  let skipping: string | undefined; // =begin format whose content is not POD
  let lastCode: CodeBlock | undefined;
  let lastCodeEnd = -1;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!inPod) {
      if (COMMAND.test(line)) inPod = true;
      else i++;
      continue;
    }
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && !BLANK.test(lines[j] ?? '')) j++;
    const para = lines.slice(i, j).join('\n');
    const command = COMMAND.exec(line);
    if (skipping !== undefined) {
      if (command?.[1] === 'end') skipping = undefined;
      i = j;
      continue;
    }
    if (command) {
      const name = command[1] ?? '';
      const rest = para.slice(command[0].length);
      const restCol = command[0].length;
      if (name === 'cut') {
        inPod = false;
        i = i + 1;
        continue;
      }
      const skip = runCommand(state, name, rest, i, restCol, meta);
      if (skip !== undefined) skipping = skip;
    } else if (/^[ \t]/.test(line)) {
      // Verbatim paragraphs separated only by blank lines are one block of code.
      const code = verbatim(lines.slice(i, j));
      const into = container(state);
      if (lastCode && lastCodeEnd === i && into[into.length - 1] === lastCode) {
        lastCode.text += `\n\n${code}`;
      } else {
        lastCode = { kind: 'code', text: code, pos: { line: i + 1, column: 1 } };
        into.push(lastCode);
      }
      lastCodeEnd = nextNonBlank(lines, j);
    } else {
      ordinary(state, para, i);
    }
    i = j;
  }
  if (skipping !== undefined) podWarn(state, lines.length - 1, 0, `=begin ${skipping} without =end`);
  for (const list of state.lists) podWarn(state, list.line, 0, '=over without =back');
  const outline: Outline = { format: 'pod', meta, blocks: state.root, warnings: state.warnings };
  const first = state.root.find((b) => b.kind === 'heading');
  if (first?.kind === 'heading' && first.text === 'NAME') {
    // Perl convention: `=head1 NAME` then `Module::Name - what it is`.
    const next = state.root[state.root.indexOf(first) + 1];
    if (next?.kind === 'paragraph') outline.title = next.text;
  }
  return outline;
}

function nextNonBlank(lines: string[], from: number): number {
  let k = from;
  while (k < lines.length && BLANK.test(lines[k] ?? '')) k++;
  return k;
}

function verbatim(lines: string[]): string {
  let indent = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (BLANK.test(line)) continue;
    const m = /^[ \t]*/.exec(line);
    indent = Math.min(indent, m?.[0].length ?? 0);
  }
  return lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0).trimEnd()).join('\n');
}

function ordinary(state: PodState, para: string, line: number): void {
  const list = state.lists[state.lists.length - 1];
  const content = inline(state, para, line, 0);
  if (list?.item && list.awaitingText) {
    // `=item *` on its own: the paragraph after it is the item's text.
    Object.assign(list.item, content);
    list.awaitingText = false;
    return;
  }
  container(state).push({ kind: 'paragraph', ...content, pos: { line: line + 1, column: 1 } });
}

/** Runs a command paragraph; returns a format name when its `=begin` content is to be skipped. */
function runCommand(
  state: PodState,
  name: string,
  rest: string,
  line: number,
  col: number,
  meta: Record<string, string>,
): string | undefined {
  const head = /^head([1-6])$/.exec(name);
  if (head) {
    if (state.lists.length > 0) {
      podWarn(state, line, 0, `=${name} inside =over: the list is closed`);
      state.lists.length = 0;
    }
    const level = Number(head[1]);
    state.root.push({
      kind: 'heading',
      level,
      ...inline(state, rest, line, col),
      pos: { line: line + 1, column: col + 1 },
    });
    return undefined;
  }
  switch (name) {
    case 'pod':
    case 'end':
      return undefined;
    case 'encoding':
      meta.encoding = rest.trim();
      return undefined;
    case 'for':
      return undefined;
    case 'begin': {
      const format = rest.trim().split(/\s+/)[0] ?? '';
      // `=begin :format` holds POD; any other format's content is for that formatter only.
      return format.startsWith(':') ? undefined : format;
    }
    case 'over':
      state.lists.push({ container: container(state), line, awaitingText: false });
      return undefined;
    case 'back':
      if (state.lists.length === 0) podWarn(state, line, 0, '=back without =over');
      state.lists.pop();
      return undefined;
    case 'item':
      openItem(state, rest, line, col);
      return undefined;
    default:
      podWarn(state, line, 0, `unknown command =${name}: its text is kept as a paragraph`);
      if (rest.trim() !== '') ordinary(state, rest, line);
      return undefined;
  }
}
