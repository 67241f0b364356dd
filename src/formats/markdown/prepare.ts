// One linear pass over the Markdown before markdown-it sees it, so that parsing stays linear
// whatever the input (nesting costs per line, delimiters are matched pairwise), and bounded:
// - cuts the document into chunks at lines where no construct can be open (a blank line then a
//   line at column 0, an ATX heading, a new kind of list…), parsed one by one;
// - neutralises container markers nested deeper than the limits and emphasis delimiters past a
//   count per paragraph, by swapping the character for a private-use one of the same length
//   (positions do not move; `restore` swaps them back in every string read from the tree);
// - cuts paragraphs (and lines) longer than a limit, with a warning;
// - collects the lines that may be link reference definitions, so references resolve across chunks.
import type { Warning } from '../outline/types.ts';
import { findFrontMatter } from './frontmatter.ts';
import {
  canInterrupt,
  fenceCloses,
  fenceOpen,
  htmlBlockEnds,
  htmlBlockStart,
  isAtxHeading,
  isBlank,
  type ListMarker,
  type Prefix,
  readPrefix,
} from './lines.ts';
import { Scanner } from './scanner.ts';

export interface Limits {
  /** A chunk is closed at the first safe line once it is this long. */
  chunkTarget: number;
  /** A paragraph or line longer than this is parsed in parts. */
  maxInline: number;
  /** Container markers (`>`, list markers) read on one line; deeper ones are text. */
  maxMarkers: number;
  /** Column past which a container marker is text. */
  maxColumn: number;
  /** Emphasis delimiter runs (`*`, `_`, `~`) read per paragraph (per row in a table). */
  maxDelimiterRuns: number;
}

export const DEFAULT_LIMITS: Limits = {
  chunkTarget: 2048,
  maxInline: 16_384,
  maxMarkers: 32,
  maxColumn: 128,
  maxDelimiterRuns: 400,
};

export interface Chunk {
  start: number;
  end: number;
  /** Line and column of `start` in the document. */
  line: number;
  column: number;
}

export interface Prepared {
  /** The text the parser reads: the input with some characters neutralised, of the same length. */
  text: string;
  /** Whether any character was neutralised (if not, `restore` is not needed). */
  changed: boolean;
  chunks: Chunk[];
  /** YAML front matter opening the document: its text and the line it starts on. */
  frontMatter?: { value: string; line: number };
  /** The candidate link reference definitions, as a small Markdown document of their own. */
  definitions: string;
  warnings: Warning[];
}

/** Puts back characters `prepare` neutralised. */
export function restore(value: string): string {
  return value.replace(/[\ue021-\ue07e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000));
}

const isList = (first: Prefix['first']): first is ListMarker => typeof first === 'object';

export function prepare(input: string, limits: Limits = DEFAULT_LIMITS): Prepared {
  const scan = new Scanner(input, limits);
  let fence: ReturnType<typeof fenceOpen>;
  let html: { end: string | RegExp } | undefined;
  const front = findFrontMatter(input);
  let frontEnd = front?.end ?? 0;
  // The first chunk starts after the front matter or the byte order mark.
  if (front) scan.startAt(front.end, 1 + lineEndings(input.slice(0, front.end)));
  else if (input.charCodeAt(0) === 0xfeff) scan.startAt(1, 1);
  let prevBlank = true;
  let prevFirst: Prefix['first'];
  let lastList: string | undefined;
  let pendingDefinition: 'needs' | 'maybe' | undefined;

  for (const { from, to, line } of scan.lines()) {
    if (frontEnd > 0) {
      if (from >= frontEnd) frontEnd = 0;
      else continue;
    }
    const blank = isBlank(input, from, to);
    const prefix = readPrefix(input, from, to, limits.maxMarkers + 1);
    const first = prefix.first;
    scan.guardDepth(prefix, line, from);

    if (fence) {
      if (fenceCloses(fence, input, from, to)) fence = undefined;
      scan.resetBlock();
      prevBlank = false;
      continue;
    }
    if (html) {
      if (htmlBlockEnds(html.end, input, from, to)) html = undefined;
      scan.resetBlock();
      prevBlank = blank;
      continue;
    }

    const col0 = !blank && input[from] !== ' ' && input[from] !== '\t';
    const safe =
      (prevBlank && col0 && !isList(first)) ||
      (col0 && isAtxHeading(input, from, to)) ||
      (prevFirst === '>' && isList(first) && canInterrupt(first)) ||
      (isList(prevFirst) && first === '>') ||
      (isList(first) &&
        lastList !== undefined &&
        first.type !== lastList &&
        (prevBlank || canInterrupt(first)));
    if (safe) scan.splitIfLong(from, line);

    const opened = fenceOpen(input, from, to);
    if (opened) fence = opened;
    else {
      const start = htmlBlockStart(input, from, to);
      // Types 1–5 may end on the line they start (`<!-- note -->`).
      if (start && (start.end === 'blank' || !htmlBlockEnds(start.end, input, from + 1, to))) html = start;
    }

    // Link reference definitions: `[label]: destination "title"`, maybe over two lines.
    const content = prefix.content;
    let definition = false;
    if (pendingDefinition) {
      const ch = input[content];
      if (pendingDefinition === 'needs' || ch === '"' || ch === "'" || ch === '(') {
        scan.definitionLine(content, to, true);
        definition = true;
      }
      pendingDefinition = undefined;
    }
    if (input[content] === '[' && input[content + 1] !== '^' && !fence && !html) {
      const head = input.slice(content, Math.min(to, content + 1100));
      const label = /^\[(?:[^\\[\]]|\\.){1,999}\]:/.exec(head);
      if (label) {
        scan.definitionLine(content, to, false);
        pendingDefinition = isBlank(input, content + label[0].length, to) ? 'needs' : 'maybe';
        definition = true;
      }
    }

    const structural = blank || definition || isList(first) || (col0 && isAtxHeading(input, from, to));
    scan.trackBlock(from, to, content, line, blank, structural);

    if (isList(first)) lastList = first.type;
    prevFirst = blank ? undefined : first;
    prevBlank = blank;
  }
  const prepared = scan.finish();
  if (front) prepared.frontMatter = { value: front.value, line: 2 };
  return prepared;
}

function lineEndings(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
