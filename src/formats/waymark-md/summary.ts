// Summaries and notes are Markdown, written as they are whenever that reads back identically;
// otherwise (a heading inside, an unclosed fence, edge whitespace, control characters) they go in
// a fenced block that GitHub shows as code: verbatim, or as a JSON string when no file could hold
// the text as it is.
import { type MdNode, parseBody } from './blocks.ts';

/** Ends a field list before a summary that would otherwise continue it. */
export const SEPARATOR = '<!-- -->';
export const FENCE_INFO = 'markdown waymark';
export const JSON_FENCE_INFO = 'json waymark';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be found.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\p{Cs}/u;
const NEEDS_JSON_ESCAPE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;
const PROBE = '## probe';

function needsSeparator(summary: string): boolean {
  return /^(\s|-(\s|$)|<!-- -->)/.test(summary);
}

export function writeSummary(summary: string): string {
  if (writesAsIs(summary)) return needsSeparator(summary) ? `${SEPARATOR}\n\n${summary}` : summary;
  let longest = 0;
  for (const run of summary.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  if (!UNSAFE_CHARACTERS.test(summary)) return `${fence}${FENCE_INFO}\n${summary}\n${fence}`;
  const json = JSON.stringify(summary).replace(
    NEEDS_JSON_ESCAPE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${fence}${JSON_FENCE_INFO}\n${json}\n${fence}`;
}

/** Reads the summary back exactly as the reader will, in the same context, and compares. */
function writesAsIs(summary: string): boolean {
  if (UNSAFE_CHARACTERS.test(summary) || summary !== summary.trimEnd()) return false;
  const prefix = needsSeparator(summary) ? `${SEPARATOR}\n\n` : '';
  const { lines, blocks } = parseBody(`${prefix}${summary}\n\n${PROBE}\n`);
  const probeLine = lines.length - 2;
  const headings = blocks.filter((block) => block.type === 'heading');
  if (headings.length !== 1 || headings[0]?.map[0] !== probeLine) return false;
  const region = blocks.filter((block) => block.type !== 'heading');
  return readSummary(lines, region, 0, probeLine).summary === summary;
}

export interface SummaryRead {
  summary?: string;
  /** A problem with a fenced summary, for a warning. */
  problem?: { line: number; message: string };
}

/**
 * The summary in lines [start, end) of the body, given the top-level blocks there. The separator
 * is dropped; a region holding only a Waymark fence is decoded; anything else is taken as written.
 */
export function readSummary(
  lines: readonly string[],
  blocks: readonly MdNode[],
  start: number,
  end: number,
): SummaryRead {
  let from = start;
  let rest = blocks;
  const first = rest[0];
  if (first?.type === 'html_block' && first.content.trim() === SEPARATOR) {
    from = first.map[1];
    rest = rest.slice(1);
  }
  const only = rest.length === 1 ? rest[0] : undefined;
  if (only?.type === 'fence' && (only.info === FENCE_INFO || only.info === JSON_FENCE_INFO)) {
    const outside = [...lines.slice(from, only.map[0]), ...lines.slice(only.map[1], end)];
    if (outside.every((line) => line.trim() === '')) return fenced(only);
  }
  const taken = lines.slice(from, end);
  while (taken.length > 0 && (taken[0] ?? '').trim() === '') taken.shift();
  while (taken.length > 0 && (taken.at(-1) ?? '').trim() === '') taken.pop();
  return taken.length === 0 ? {} : { summary: taken.join('\n') };
}

function fenced(block: MdNode): SummaryRead {
  const content = block.content.endsWith('\n') ? block.content.slice(0, -1) : block.content;
  if (block.info === FENCE_INFO) return content === '' ? {} : { summary: content };
  try {
    const value: unknown = JSON.parse(content);
    if (typeof value === 'string' && value !== '') return { summary: value };
  } catch {
    // Reported below.
  }
  return { problem: { line: block.map[0], message: `a ${JSON_FENCE_INFO} block must hold one JSON string` } };
}
