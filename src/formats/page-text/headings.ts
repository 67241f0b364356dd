// Headings in page text have no markup; they are told by cues, strongest first:
// 1. a "Contents" block (`1 Foo`, `1.1 Bar`) gives the names and levels of the headings;
// 2. MediaWiki `[edit]` links mark every section heading (and then only those are headings);
// 3. otherwise: underlined lines, numbered `2.1 Title` lines and short title-like lines standing
//    alone between blank lines.
// Levels not given by the contents or numbering come from the blank lines before each heading (a
// browser leaves more space above bigger headings) or, failing that, from recurring sub-heading
// names (`Requirements`, `Current Problems` under each component).
import type { Warning } from '../outline/types.ts';
import { bulletOf, isRated } from './blocks.ts';
import type { TextLine } from './lines.ts';
import { extractStatus } from './status.ts';

export interface Heading {
  level: number;
  text: string;
  /** Level given by the document (contents, numbering, underline) rather than inferred. */
  fixed: boolean;
}

const EDIT_AFTER = /^(.*?)\s*\[\s*edit(?:\s*\|\s*edit source|\s+source)?\s*\]$/i;
const EDIT_BEFORE = /^\[\s*edit(?:\s+source)?\s*\]\s*(.+)$/i;
const TOC_HEAD = /^(contents|table of contents|on this page|in this article)(\s*\[?\s*(hide|show)\s*\]?)?$/i;
const TOC_ENTRY = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+(\S.{0,200})$/;
const TOC_NOISE = /^(hide|show|\(top\)|toggle .{1,200} subsection|beginning)$/i;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3})\s+(\S.{0,120})$/;
const UNDERLINE = /^(={3,}|-{3,}|~{3,})$/;
const SMALL = new Set(
  'a an the and or nor but of for to in on at by with from into onto vs via per as is be are not over under about after before between through without within upon than that this its our your their de la le und der die das'.split(
    ' ',
  ),
);
const PLACEHOLDER = /^(x{2,}|todo|tbd|tba|fixme|n\/a|\?+|-+|…|\.\.\.)$/i;

export function editHeading(text: string): string | undefined {
  if (!/edit/i.test(text)) return undefined;
  const match = EDIT_AFTER.exec(text) ?? EDIT_BEFORE.exec(text);
  return match?.[1]?.trim() || undefined;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Short, no closing punctuation, capitalised like a title (or all caps). */
export function titleLike(text: string): boolean {
  if (text.length > 80 || text.includes('\t') || /[.,;:!?]$/.test(text) || PLACEHOLDER.test(text))
    return false;
  const words = text.split(/\s+/);
  const first = /\p{L}/u.exec(text)?.[0];
  if (words.length > 10 || first === undefined || first !== first.toUpperCase()) return false;
  if (/^(https?|ftp):\/\/|@\w+\./.test(text) || (text.match(/\p{L}/gu)?.length ?? 0) < 2) return false;
  if (extractStatus(text).mark !== undefined) return false;
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word) && !SMALL.has(word.toLowerCase()));
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length <= 3 || capitalised * 2 >= long.length;
}

/** Short, starts with a capital, no closing punctuation: a label, whatever its casing. */
function labelLike(text: string): boolean {
  return (
    text.length <= 80 && /^\p{Lu}/u.test(text) && !/[.,;:!?]$/.test(text) && text.split(/\s+/).length <= 12
  );
}

interface TocEntry {
  depth: number;
  key: string;
  title: string;
  line: TextLine;
}

function readToc(lines: TextLine[]): TocEntry[] {
  const start = lines.findIndex((line) => !line.dropped && TOC_HEAD.test(line.trimmed));
  if (start < 0) return [];
  const entries: TocEntry[] = [];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] as TextLine;
    const match = TOC_ENTRY.exec(line.trimmed);
    if (match)
      entries.push({
        depth: (match[1] ?? '').split('.').length,
        key: normal(match[2] ?? ''),
        title: match[2] ?? '',
        line,
      });
    else if (!(line.trimmed === '' || TOC_NOISE.test(line.trimmed) || line.dropped)) break;
  }
  if (entries.length < 2) return [];
  for (const line of lines.slice(start, end)) line.dropped = true;
  return entries;
}

const content = (lines: TextLine[], from: number, step: 1 | -1): TextLine | undefined => {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    if (!(lines[i] as TextLine).dropped) return lines[i];
  }
  return undefined;
};

function heuristic(lines: TextLine[], found: Map<number, Heading>): void {
  const keyValue: number[] = [];
  lines.forEach((line, index) => {
    if (line.dropped || line.trimmed === '' || line.indent > 0 || bulletOf(line) !== undefined) return;
    const prev = content(lines, index, -1);
    const next = content(lines, index, 1);
    if (next && UNDERLINE.test(next.trimmed) && next.trimmed.length * 2 >= line.trimmed.length) {
      next.dropped = true;
      found.set(index, { level: next.trimmed.startsWith('=') ? 2 : 3, text: line.trimmed, fixed: true });
      return;
    }
    const afterBlank = prev === undefined || prev.trimmed === '';
    // A label line directly over a run of rated lines (`Macros (masak)` over `2 **  hygienic
    // macros`) names the area they belong to, even in sentence case: plain text has no other way
    // to head a list.
    if (afterBlank && next && isRated(next) && labelLike(line.trimmed)) {
      found.set(index, { level: 2, text: line.trimmed, fixed: false });
      return;
    }
    if (!afterBlank || !(next === undefined || next.trimmed === '')) return;
    const numbered = NUMBERED.exec(line.trimmed);
    if (numbered && titleLike(numbered[2] ?? '')) {
      const depth = (numbered[1] ?? '').replace(/\.$/, '').split('.').length;
      found.set(index, { level: depth + 1, text: numbered[2] ?? '', fixed: true });
    } else if (/^[^:]{1,40}:\s+\S/.test(line.trimmed) && !/^\w+:\/\//.test(line.trimmed)) {
      if (titleLike(line.trimmed)) keyValue.push(index);
    } else if (titleLike(line.trimmed)) {
      found.set(index, { level: 2, text: line.trimmed, fixed: false });
    }
  });
  // `Backend: Data Processing (ETL)` is a heading when a heading follows it, else a field line.
  for (const index of keyValue.reverse()) {
    let next = index + 1;
    while (
      next < lines.length &&
      ((lines[next] as TextLine).dropped || (lines[next] as TextLine).trimmed === '')
    )
      next++;
    if (found.has(next))
      found.set(index, { level: 2, text: (lines[index] as TextLine).trimmed, fixed: false });
  }
}

/** Levels from the blank lines above each heading, or from recurring sub-heading names. */
function assignLevels(lines: TextLine[], found: Map<number, Heading>): void {
  const open = [...found.entries()].filter(([, heading]) => !heading.fixed).sort((a, b) => a[0] - b[0]);
  const blanks = (index: number) => {
    let count = 0;
    for (let i = index - 1; i >= 0 && lines[i]?.trimmed === '' && !lines[i]?.dropped; i--) count++;
    return count;
  };
  const counts = open.map(([index]) => blanks(index));
  const tiers = [...new Set(counts)].sort((a, b) => b - a);
  if (tiers.length >= 2 && (tiers[0] ?? 0) >= 2) {
    open.forEach(([, heading], i) => {
      heading.level = 2 + Math.min(2, tiers.indexOf(counts[i] ?? 0));
    });
    return;
  }
  const seen = new Map<string, number>();
  for (const [, heading] of open) seen.set(normal(heading.text), (seen.get(normal(heading.text)) ?? 0) + 1);
  const recurring = (heading: Heading) => (seen.get(normal(heading.text)) ?? 0) > 1;
  if (!open.some(([, heading]) => recurring(heading)) || open.every(([, heading]) => recurring(heading)))
    return;
  const nextRecurring: (Heading | undefined)[] = [];
  for (let i = open.length - 1, after: Heading | undefined; i >= 0; i--) {
    nextRecurring[i] = after;
    const heading = (open[i] as [number, Heading])[1];
    if (recurring(heading)) after = heading;
  }
  let cycle = new Set<string>();
  let hasParent = false;
  open.forEach(([, heading], i) => {
    if (recurring(heading)) {
      heading.level = 3;
      cycle.add(normal(heading.text));
      return;
    }
    const next = nextRecurring[i];
    if (!hasParent || next === undefined || cycle.has(normal(next.text))) {
      heading.level = 2;
      hasParent = true;
      cycle = new Set();
    } else heading.level = 3;
  });
}

/** Finds the headings of a page text; drops the lines of its table of contents. */
export function findHeadings(lines: TextLine[], warnings: Warning[]): Map<number, Heading> {
  const found = new Map<number, Heading>();
  const toc = readToc(lines);
  const edits = lines.some((line) => !line.dropped && editHeading(line.trimmed) !== undefined);
  let next = 0;
  lines.forEach((line, index) => {
    if (line.dropped || line.trimmed === '') return;
    const edit = editHeading(line.trimmed);
    const text = edit ?? line.trimmed;
    const key = normal(text.replace(/^\d{1,3}(\.\d{1,3})*\.?\s+/, ''));
    const window = toc.slice(next, next + 32);
    const at = window.findIndex((entry) => entry.key === key || normal(entry.title) === normal(text));
    if (at >= 0) {
      const entry = toc[next + at] as TocEntry;
      for (const skipped of toc.slice(next, next + at)) {
        warnings.push({
          line: skipped.line.no,
          column: skipped.line.indent + 1,
          message: `contents lists "${skipped.title}" but no such heading follows`,
        });
      }
      found.set(index, { level: entry.depth + 1, text, fixed: true });
      next += at + 1;
    } else if (edit !== undefined) found.set(index, { level: 2, text, fixed: false });
  });
  if (toc.length === 0 && !edits) heuristic(lines, found);
  assignLevels(lines, found);
  return found;
}
