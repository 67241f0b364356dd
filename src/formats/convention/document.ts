// The skeleton both conventions share: a marker line names each entity (kind, id, and the JSON of
// whatever its text cannot carry), a heading gives its title and depth, a body its fields. The
// syntax of markers, headings and bodies is the format's; the tree and the data are decided here.
import type {
  Checkin,
  InterchangeDocument,
  Item,
  Roadmap,
  Section,
  Source,
} from '../../domain/interchange/index.ts';
import { validateDocument } from '../../domain/interchange/index.ts';
import type { Warning } from '../outline/types.ts';
import { dataFor, decodeData, type EntityKind, type Own, withData } from './entity.ts';
import { lineText } from './text.ts';

export type HeadedKind = Exclude<EntityKind, 'work'>;

export interface Marker {
  kind: HeadedKind;
  id: string;
  json?: string;
}

export interface Syntax {
  format: Source['format'];
  marker(kind: HeadedKind, id: string, data: Own): string;
  readMarker(line: string): Marker | undefined;
  /** Heading lines for a title at a depth (1 is the roadmap's title). */
  heading(depth: number, title: string): string[];
  /** Reads the heading at the start of `lines` (blank lines skipped); `next` is the first body line. */
  readHeading(lines: readonly string[]): { depth: number; title: string; next: number } | undefined;
  body(kind: HeadedKind, entity: Own): string[];
  readBody(kind: HeadedKind, lines: readonly string[]): Own;
}

const UNTITLED = '(untitled)';

function own(entity: object): Own {
  return entity as Own;
}

/** One entity: its marker, heading and body, with the JSON the text needs to come back whole. */
function entityLines(
  syntax: Syntax,
  kind: HeadedKind,
  id: string,
  depth: number,
  entity: Own,
  titles?: TitleIndex,
): string[] {
  const title =
    kind === 'checkin'
      ? ((entity.title as string | undefined) ?? `Check-in ${entity.date}`)
      : (entity.title as string);
  const heading = syntax.heading(depth, lineText(title, UNTITLED));
  const body = syntax.body(kind, entity);
  const readTitle = syntax.readHeading(heading)?.title;
  const readBack = { ...syntax.readBody(kind, body), ...titleOf(kind, readTitle, entity.date) };
  if (titles) linkEntries(readBack, titles);
  const data = dataFor(kind, entity, readBack);
  return [syntax.marker(kind, id, data), '', ...heading, ...(body.length > 0 ? ['', ...body] : []), ''];
}

/** Item titles to ids, for titles that name exactly one item (work included). */
type TitleIndex = Map<string, string | null>;

function titleIndex(roadmap: Own): TitleIndex {
  const index: TitleIndex = new Map();
  const visit = (items: unknown) => {
    for (const item of (items as Own[] | undefined) ?? []) {
      const title = item.title as string;
      index.set(title, index.has(title) ? null : (item.id as string));
      visit(item.work);
    }
  };
  const sections = (node: Own) => {
    visit(node.items);
    for (const section of (node.sections as Own[] | undefined) ?? []) sections(section);
  };
  sections(roadmap);
  return index;
}

// A check-in entry names its item by title, as status pages do; the id comes from the roadmap.
function linkEntries(checkin: Own, titles: TitleIndex): void {
  const entries = checkin.entries as Own[] | undefined;
  if (!entries) return;
  checkin.entries = entries.map((entry) => {
    const item = titles.get(entry.title as string);
    return item && entry.item === undefined ? { item, ...entry } : entry;
  });
}

function titleOf(kind: HeadedKind, title: string | undefined, date: unknown): Own {
  if (title === undefined) return {};
  if (kind === 'checkin' && title === `Check-in ${date}`) return {};
  return { title };
}

function sectionLines(syntax: Syntax, section: Section, depth: number): string[] {
  return [
    ...entityLines(syntax, 'section', section.id, depth, own(section)),
    ...(section.items ?? []).flatMap((item) => entityLines(syntax, 'item', item.id, depth + 1, own(item))),
    ...(section.sections ?? []).flatMap((nested) => sectionLines(syntax, nested, depth + 1)),
  ];
}

export function renderConvention(document: InterchangeDocument, syntax: Syntax): string {
  const roadmap = document.roadmap;
  const titles = titleIndex(own(roadmap));
  const lines = [
    ...entityLines(syntax, 'roadmap', roadmap.id, 1, own(roadmap)),
    ...(roadmap.items ?? []).flatMap((item) => entityLines(syntax, 'item', item.id, 2, own(item))),
    ...(roadmap.sections ?? []).flatMap((section) => sectionLines(syntax, section, 2)),
    ...(roadmap.checkins ?? []).flatMap((checkin) =>
      entityLines(syntax, 'checkin', checkin.id, 2, own(checkin), titles),
    ),
  ];
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

export interface ConventionOptions {
  path?: string;
  sha256?: string;
}

export interface ConventionResult {
  document: InterchangeDocument;
  warnings: Warning[];
}

interface Chunk {
  marker: Marker;
  line: number;
  lines: string[];
}

function chunks(syntax: Syntax, lines: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  lines.forEach((text, index) => {
    const marker = syntax.readMarker(text);
    if (marker) out.push({ marker, line: index + 1, lines: [] });
    else out.at(-1)?.lines.push(text);
  });
  return out;
}

type Parent = { kind: 'roadmap'; node: Own } | { kind: 'section'; node: Own };

function push(node: Own, key: string, value: Own): void {
  const list = (node[key] as Own[] | undefined) ?? [];
  list.push(value);
  node[key] = list;
}

/**
 * Reads a document written by `renderConvention`; returns undefined when the text does not follow
 * the convention closely enough to give a valid document (the caller falls back to inference).
 */
export function readConvention(
  text: string,
  syntax: Syntax,
  options: ConventionOptions = {},
): ConventionResult | undefined {
  const warnings: Warning[] = [];
  const found = chunks(syntax, text.replace(/\r\n?/g, '\n').split('\n'));
  const first = found[0];
  if (first?.marker.kind !== 'roadmap') return undefined;
  let roadmap: Own | undefined;
  const parents: Parent[] = [];
  const pending: { read: Own; data: Own; head: Own }[] = [];
  for (const chunk of found) {
    const { kind, id } = chunk.marker;
    const data = decodeData(chunk.marker.json);
    if (data === undefined) {
      warnings.push({
        line: chunk.line,
        column: 1,
        message: `unreadable waymark data for ${kind} "${id}", ignored`,
      });
    }
    const heading = syntax.readHeading(chunk.lines);
    if (!heading) return undefined;
    const body = syntax.readBody(kind, chunk.lines.slice(heading.next));
    const date = data && Object.hasOwn(data, 'date') ? data.date : body.date;
    const read = { ...body, ...titleOf(kind, heading.title, date) };
    const head = { id };
    if (kind === 'roadmap') {
      if (roadmap) return undefined;
      roadmap = withData('roadmap', read, data ?? {}, head);
      parents.length = 0;
      parents[1] = { kind: 'roadmap', node: roadmap };
      continue;
    }
    if (kind === 'checkin') {
      pending.push({ read, data: data ?? {}, head });
      continue;
    }
    const parent = parents[heading.depth - 1];
    if (!parent) return undefined;
    parents.length = heading.depth;
    if (kind === 'section') {
      const section = withData('section', read, data ?? {}, head);
      push(parent.node, 'sections', section);
      parents[heading.depth] = { kind: 'section', node: section };
    } else {
      push(parent.node, 'items', withData('item', read, data ?? {}, head, { work: read.work }));
    }
  }
  if (!roadmap) return undefined;
  const titles = titleIndex(roadmap);
  const checkins = pending.map(({ read, data, head }) => {
    linkEntries(read, titles);
    return withData('checkin', read, data, head);
  });
  const ordered = orderRoadmap(roadmap, checkins, {
    format: syntax.format,
    ...(options.path ? { path: options.path } : {}),
    ...(options.sha256 ? { sha256: options.sha256 } : {}),
  });
  try {
    return { document: validateDocument({ format: 'waymark/v1', roadmap: ordered }), warnings };
  } catch {
    return undefined;
  }
}

// Sections and items were attached while reading; put every key back in schema order.
function orderSection(section: Own): Section {
  const { sections, items, ...rest } = section;
  return {
    ...(rest as unknown as Section),
    ...(sections ? { sections: (sections as Own[]).map(orderSection) } : {}),
    ...(items ? { items: items as unknown as Item[] } : {}),
  };
}

function orderRoadmap(roadmap: Own, checkins: Own[], source: Source): Roadmap {
  const { sections, items, ...rest } = roadmap;
  return {
    ...(rest as unknown as Roadmap),
    ...(sections ? { sections: (sections as Own[]).map(orderSection) } : {}),
    ...(items ? { items: items as unknown as Item[] } : {}),
    ...(checkins.length > 0 ? { checkins: checkins as unknown as Checkin[] } : {}),
    source,
  };
}
