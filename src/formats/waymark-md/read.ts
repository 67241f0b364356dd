// readWaymarkMarkdown: a Waymark Markdown file (docs/formats.md) into the interchange model, with
// a warning (and line) for everything it cannot read. Total: it never throws on any input.
import {
  type Checkin,
  type CheckinEntry,
  type InterchangeDocument,
  type Item,
  type Roadmap,
  type Section,
  validateDocument,
} from '../../domain/interchange/index.ts';
import { slugify } from '../infer/ids.ts';
import { findFrontMatter } from '../markdown/frontmatter.ts';
import type { Warning } from '../outline/types.ts';
import { Warnings } from '../outline/warnings.ts';
import { type MdNode, parseBody } from './blocks.ts';
import { fieldLines, isFieldList } from './fields.ts';
import { CHECKIN_HEADING, defaultKind, type HeadingKind, type NodeKind, parseHeading } from './headings.ts';
import { decodeText } from './inline-text.ts';
import { type CheckinDraft, pushTo, type Report, readFieldLines } from './read-fields.ts';
import { readFrontMatterKeys } from './read-front-matter.ts';
import { ordered, settleIds, settleReferences } from './settle.ts';
import { readSummary } from './summary.ts';

export interface ReadOptions {
  /** Title when the file gives none (importers pass one made from the file name). */
  fallbackTitle?: string;
}

export interface WaymarkMarkdownRead {
  document: InterchangeDocument;
  warnings: Warning[];
}

interface Region {
  heading?: MdNode;
  blocks: MdNode[];
  start: number;
  end: number;
}

interface Open {
  kind: NodeKind;
  level: number;
  node: Roadmap | Section | Item | Checkin | CheckinEntry;
}

interface Pending {
  checkin: Checkin;
  draft: CheckinDraft;
  line: number;
}

export function readWaymarkMarkdown(text: string, options: ReadOptions = {}): WaymarkMarkdownRead {
  const warnings = new Warnings();
  const input = (typeof text === 'string' ? text : '').replace(/\r\n?/g, '\n');
  const front = findFrontMatter(input);
  const offset = front ? countLines(input.slice(0, front.end)) : 0;
  const report: Report = (line, message) => warnings.add(offset + line + 1, 1, message);
  if (!front)
    warnings.add(1, 1, 'no front matter: a Waymark Markdown file starts with "---", "waymark: 1", "---"');
  const meta = readFrontMatterKeys(front?.value, (line, message) => warnings.add(line + 1, 1, message));

  const { lines, blocks } = parseBody(input.slice(front?.end ?? 0));
  const regions = splitRegions(blocks, lines.length);
  const roadmap: Roadmap = { id: meta.id ?? '', title: '' };
  if (meta.empty?.has('sections')) roadmap.sections = [];
  if (meta.empty?.has('items')) roadmap.items = [];
  if (meta.empty?.has('checkins')) roadmap.checkins = [];
  const [preamble, ...headed] = regions as [Region, ...Region[]];
  const first = headed[0];
  let title: string | undefined;
  let rest = headed;
  if (first?.heading?.tag === 'h1' && parseHeading(first.heading.inline ?? '').level === undefined) {
    title = decodeText(parseHeading(first.heading.inline ?? '').raw) || undefined;
    const stray = preamble.blocks[0];
    if (stray) report(stray.map[0], 'text before the title is not read');
    const summary = summaryOf(first, lines, false, report);
    if (summary !== undefined) roadmap.summary = summary;
    rest = headed.slice(1);
  } else {
    const summary = summaryOf(preamble, lines, false, report);
    if (summary !== undefined) roadmap.summary = summary;
  }
  roadmap.title = title ?? meta.title ?? options.fallbackTitle ?? 'Untitled roadmap';
  if (title === undefined && meta.title === undefined) {
    report(0, `no "# Title" heading; the roadmap is titled "${roadmap.title}"`);
  }

  const pending: Pending[] = [];
  const lineOf = new Map<object, number>();
  const stack: Open[] = [{ kind: 'roadmap', level: 1, node: roadmap }];
  for (const region of rest) {
    const heading = region.heading as MdNode;
    const parsed = parseHeading(heading.inline ?? '');
    let level = parsed.level ?? Number(heading.tag.slice(1));
    if (level < 2) {
      report(heading.map[0], 'only the roadmap title is a level-1 heading; this one is read as level 2');
      level = 2;
    }
    while ((stack.at(-1)?.level ?? 0) >= level) stack.pop();
    let parent = stack.at(-1) as Open;
    const headingTitle = decodeText(parsed.raw);
    const kind = settleKind(parsed.kind, parent.kind, headingTitle, (message) =>
      report(heading.map[0], message),
    );
    if (kind === 'entry' && parent.kind === 'entry') {
      stack.pop();
      parent = stack.at(-1) as Open;
    }
    const titleText = headingTitle || parsed.id || 'Untitled';
    if (headingTitle === '') report(heading.map[0], `a heading needs a title; "${titleText}" is used`);
    const fields = isFieldList(region.blocks[0]) ? region.blocks[0] : undefined;
    const lines0 = fields ? fieldLines(fields) : [];
    const summary = summaryOf(region, lines, fields !== undefined, report);
    const node = build(kind, titleText, parsed.id);
    lineOf.set(node.node, heading.map[0]);
    switch (node.kind) {
      case 'item':
        readFieldLines(lines0, node, report);
        if (summary !== undefined) node.node.summary = summary;
        attachItem(parent, node.node);
        break;
      case 'section':
        readFieldLines(lines0, node, report);
        if (summary !== undefined) node.node.summary = summary;
        if (parent.kind === 'roadmap') roadmap.sections = pushTo(roadmap.sections, node.node);
        else {
          const owner = parent.node as Section;
          owner.sections = pushTo(owner.sections, node.node);
        }
        break;
      case 'checkin':
        readFieldLines(lines0, node, report);
        if (summary !== undefined) node.node.summary = summary;
        pending.push({ checkin: node.node, draft: node.draft, line: heading.map[0] });
        break;
      case 'entry':
        readFieldLines(lines0, node, report);
        if (summary !== undefined) node.node.note = summary;
        if (!lines0.some((line) => line.key?.trim().toLowerCase() === 'status')) {
          report(heading.map[0], `check-in entry "${titleText}" has no Status; it is read as unknown`);
        }
        {
          const owner = parent.node as Checkin;
          owner.entries = pushTo(owner.entries, node.node);
        }
        break;
    }
    stack.push({ kind: node.kind, level, node: node.node });
  }

  settleCheckins(roadmap, pending, lineOf, report);
  settleIds(roadmap, lineOf, report);
  settleReferences(roadmap, lineOf, report);
  if (meta.id === undefined) roadmap.id = slugify(roadmap.title, 'roadmap');
  const document: InterchangeDocument = { format: 'waymark/v1', roadmap: ordered(roadmap, meta) };
  try {
    validateDocument(document);
  } catch (error) {
    warnings.add(1, 1, `the roadmap read is not valid: ${(error as Error).message}`);
  }
  return { document, warnings: warnings.done() };
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The blocks before the first heading, then each heading with the blocks up to the next one. */
function splitRegions(blocks: readonly MdNode[], lineCount: number): Region[] {
  const regions: Region[] = [{ blocks: [], start: 0, end: lineCount }];
  for (const block of blocks) {
    const current = regions.at(-1) as Region;
    if (block.type === 'heading') {
      current.end = block.map[0];
      regions.push({ heading: block, blocks: [], start: block.map[1], end: lineCount });
    } else {
      current.blocks.push(block);
    }
  }
  return regions;
}

function summaryOf(
  region: Region,
  lines: readonly string[],
  hasFields: boolean,
  report: Report,
): string | undefined {
  const blocks = hasFields ? region.blocks.slice(1) : region.blocks;
  const start = hasFields ? (region.blocks[0] as MdNode).map[1] : region.start;
  const read = readSummary(lines, blocks, start, region.end);
  if (read.problem) report(read.problem.line, read.problem.message);
  return read.summary;
}

function settleKind(
  explicit: HeadingKind | undefined,
  parent: NodeKind,
  title: string,
  warn: (message: string) => void,
): HeadingKind {
  const fallback = defaultKind(parent, title);
  if (explicit === undefined) return fallback;
  const fits =
    explicit === 'section'
      ? parent === 'roadmap' || parent === 'section'
      : explicit === 'checkin'
        ? parent === 'roadmap'
        : explicit === 'item'
          ? parent !== 'checkin' && parent !== 'entry'
          : parent === 'checkin' || parent === 'entry';
  if (fits) return explicit;
  const fallbackFits = fallback !== 'checkin' && fallback !== 'section' ? fallback : 'item';
  warn(
    `a .${explicit} heading cannot stand under a ${parent}; it is read as ${fallbackFits === 'entry' ? 'an entry' : 'an item'}`,
  );
  return fallbackFits;
}

type Built =
  | { kind: 'item'; node: Item }
  | { kind: 'section'; node: Section }
  | { kind: 'checkin'; node: Checkin; draft: CheckinDraft }
  | { kind: 'entry'; node: CheckinEntry };

function build(kind: HeadingKind, title: string, id: string | undefined): Built {
  switch (kind) {
    case 'item':
      return { kind, node: { id: id ?? '', title } };
    case 'section':
      return { kind, node: { id: id ?? '', title } };
    case 'entry':
      return { kind, node: { ...(id ? { item: id } : {}), title, status: 'unknown' } };
    case 'checkin': {
      return { kind, node: { id: id ?? '', date: '', title }, draft: { entriesMarked: false } };
    }
  }
}

function attachItem(parent: Open, item: Item): void {
  switch (parent.kind) {
    case 'roadmap':
    case 'section': {
      const owner = parent.node as Roadmap | Section;
      owner.items = pushTo(owner.items, item);
      return;
    }
    default: {
      const owner = parent.node as Item;
      owner.work = pushTo(owner.work, item);
    }
  }
}

/** Dates, titles, scopes and empty entry lists of check-ins; a check-in without a date is dropped. */
function settleCheckins(
  roadmap: Roadmap,
  pending: readonly Pending[],
  lineOf: Map<object, number>,
  report: Report,
): void {
  for (const { checkin, draft, line } of pending) {
    // A Date field makes the heading a title of its own; otherwise the heading is "Check-in DATE".
    const headingDate = draft.date === undefined ? CHECKIN_HEADING.exec(checkin.title ?? '')?.[1] : undefined;
    const date = draft.date ?? headingDate;
    if (date === undefined) {
      report(
        line,
        `check-in "${checkin.title}" has no date: write "Check-in YYYY-MM-DD" or a Date field; it is not read`,
      );
      continue;
    }
    const result: Checkin = {
      id: checkin.id,
      date,
      ...(draft.date !== undefined && checkin.title ? { title: checkin.title } : {}),
      ...(draft.scope !== undefined ? { scope: draft.scope } : {}),
      ...(checkin.health !== undefined ? { health: checkin.health } : {}),
      ...(checkin.entries || draft.entriesMarked ? { entries: checkin.entries ?? [] } : {}),
      ...(checkin.summary !== undefined ? { summary: checkin.summary } : {}),
    };
    lineOf.set(result, line);
    roadmap.checkins = pushTo(roadmap.checkins, result);
  }
}
