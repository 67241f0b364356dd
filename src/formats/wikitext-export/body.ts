// The body of an entity in the wikitext convention, as Wikimedia goal pages write it: bold field
// lines in a list (`* '''Lead''': x`), status templates, prose, then bold-labelled lists. Work
// items are bullets (nested with `**`); a trailing comment carries what a bullet cannot say.
import {
  type CheckinEntry,
  type Item,
  type Kpi,
  type Link,
  type Ref,
  type Risk,
  type Status,
  StatusValues,
} from '../../domain/interchange/index.ts';
import { normaliseStatus } from '../../domain/normalise/index.ts';
import type { HeadedKind } from '../convention/document.ts';
import { dataFor, decodeData, encodeData, type Own, withData } from '../convention/entity.ts';
import {
  type FieldLine,
  fieldLines,
  REFS_LABEL,
  readFieldLines,
  STATUS_LABEL,
} from '../convention/fields.ts';
import { applyLabelledLists } from '../convention/lists.ts';
import { metaInSummary } from '../convention/meta.ts';
import { refOf } from '../convention/refs.ts';
import { defaultWorkId, isLineSafe, lineText } from '../convention/text.ts';
import { escapeWiki, unescapeWiki, WIKI_LINK, wikiLink } from './escape.ts';
import { summaryFromWiki, summaryToWiki } from './summary.ts';

const label = (text: string) => `'''${text}'''`;
const WORK = label('Includes work:');
const KPIS = label('KPIs:');
const RISKS = label('Risks:');
const LINKS = label('Links:');
const UPDATES = label('Updates:');
const LABELS = new Set([WORK, KPIS, RISKS, LINKS, UPDATES]);

/** The templates Wikimedia pages use for a status said in no other words. */
const TEMPLATES: Record<Status, string> = {
  done: '{{done}}',
  in_progress: '{{in progress}}',
  todo: '{{todo}}',
  partial: '{{partial}}',
  postponed: '{{notdone|Postponed}}',
  cancelled: '{{notdone|Cancelled}}',
  blocked: '{{notdone|Blocked}}',
  proposed: '{{proposed}}',
  unknown: '{{unknown}}',
};
const FROM_TEMPLATE = new Map(
  Object.entries(TEMPLATES).map(([status, template]) => [template, status as Status]),
);
const TEMPLATE_LIKE = /^\{\{[A-Za-z][\w ]*(?:\|[^{}|<>[\]\n]*)?\}\}$/;

function statusShown(status: Status | undefined, statusText: string | undefined): string | undefined {
  if (statusText !== undefined) return TEMPLATE_LIKE.test(statusText) ? statusText : escapeWiki(statusText);
  return status ? TEMPLATES[status] : undefined;
}

function readStatus(shown: string): { status?: Status; statusText?: string } {
  const template = FROM_TEMPLATE.get(shown);
  if (template) return { status: template };
  const statusText = unescapeWiki(shown);
  const status = (StatusValues as readonly string[]).includes(statusText)
    ? (statusText as Status)
    : normaliseStatus(statusText)?.status;
  return { ...(status ? { status } : {}), statusText };
}

type Unit = { kind: 'para'; lines: string[] } | { kind: 'list'; lines: string[] };

function units(lines: readonly string[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const kind = line.startsWith('*') ? 'list' : 'para';
    const block: string[] = [];
    while (
      i < lines.length &&
      (lines[i] as string).trim() !== '' &&
      (lines[i] as string).startsWith('*') === (kind === 'list')
    ) {
      block.push(lines[i++] as string);
    }
    out.push({ kind, lines: block });
  }
  return out;
}

// ---- refs and links

const LINKS_ONLY = new RegExp(`^${WIKI_LINK.source}(?:, ${WIKI_LINK.source})*$`);

function renderRefs(refs: readonly Ref[]): string {
  return refs
    .map((ref) => (ref.url ? wikiLink(lineText(ref.id, '…'), ref.url) : escapeWiki(lineText(ref.id, '…'))))
    .join(', ');
}

function readRefs(text: string): Ref[] | undefined {
  if (!LINKS_ONLY.test(text)) return undefined;
  return Array.from(text.matchAll(new RegExp(WIKI_LINK.source, 'g')), (m) =>
    refOf(unescapeWiki(m[2] as string), m[1] as string),
  );
}

// ---- work bullets

const WORK_MARKER = /<!-- waymark: work ([a-z0-9][a-z0-9._-]*)(?: ([^\n]*?))? -->$/;

function workText(work: Item): string {
  const title = escapeWiki(lineText(work.title, '(untitled)'));
  return `${title}${work.refs && work.refs.length > 0 ? ` - ${renderRefs(work.refs)}` : ''}`;
}

function readWorkText(text: string): Own {
  const split = text.lastIndexOf(' - [');
  if (split >= 0) {
    const refs = readRefs(text.slice(split + 3));
    if (refs) return { title: unescapeWiki(text.slice(0, split)), refs };
  }
  return { title: unescapeWiki(text) };
}

function workLines(work: Item, depth: number): string[] {
  const text = workText(work);
  const data = dataFor('work', work, readWorkText(text));
  const marker =
    work.id !== defaultWorkId(work.title, work.refs) || Object.keys(data).length > 0
      ? `<!-- waymark: work ${work.id}${Object.keys(data).length > 0 ? ` ${encodeData(data)}` : ''} -->`
      : '';
  return [
    `${'*'.repeat(depth)} ${text}${marker}`,
    ...(work.work ?? []).flatMap((child) => workLines(child, depth + 1)),
  ];
}

/** Work bullets from `*` lines: a line's children are the deeper lines right after it. */
function readWorkList(lines: readonly string[], depth: number): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    const stars = /^\*+/.exec(line)?.[0].length ?? 0;
    let j = i + 1;
    while (j < lines.length && (/^\*+/.exec(lines[j] as string)?.[0].length ?? 0) > depth) j++;
    if (stars === depth)
      items.push(readWork(line.slice(depth).replace(/^ /, ''), lines.slice(i + 1, j), depth));
    i = j;
  }
  return items;
}

function readWork(text: string, children: readonly string[], depth: number): Item {
  const marker = WORK_MARKER.exec(text);
  const body = marker ? text.slice(0, marker.index) : text;
  const data = (marker ? decodeData(marker[2]) : {}) ?? {};
  const read = readWorkText(body);
  const pick = (key: string) => (Object.hasOwn(data, key) ? data[key] : read[key]);
  const id =
    marker?.[1] ?? defaultWorkId(String(pick('title') ?? ''), (pick('refs') as Ref[] | null) ?? undefined);
  const work = children.length > 0 ? readWorkList(children, depth + 1) : undefined;
  return withData('work', read, data, { id }, { work }) as Item;
}

// ---- the body

function fieldLine(line: FieldLine, entity: Own): string {
  let value: string;
  if (line.refs) value = renderRefs(entity.refs as Ref[]);
  else if (line.label === STATUS_LABEL) {
    value = statusShown(entity.status as Status | undefined, entity.statusText as string | undefined) ?? '';
  } else value = escapeWiki(line.value);
  return `* ${label(escapeWiki(line.label))}: ${value}`;
}

export function renderBody(kind: HeadedKind, entity: Own): string[] {
  const blocks: string[][] = [];
  const fields = fieldLines(kind, entity, { version: kind === 'roadmap' && !metaInSummary(entity) });
  if (fields.length > 0) blocks.push(fields.map((line) => fieldLine(line, entity)));
  if (typeof entity.summary === 'string') {
    const summary = summaryToWiki(entity.summary, LABELS);
    if (summary.length > 0) blocks.push(summary);
  }
  const list = (heading: string, lines: string[]) => {
    if (lines.length > 0) blocks.push([heading, ...lines]);
  };
  if (kind === 'roadmap') {
    list(
      LINKS,
      ((entity.links as Link[] | undefined) ?? []).map(
        (link) =>
          `* ${link.title ? wikiLink(lineText(link.title, '…'), link.url) : escapeWiki(lineText(link.url, '…'))}`,
      ),
    );
  }
  if (kind === 'item') {
    list(
      WORK,
      ((entity.work as Item[] | undefined) ?? []).flatMap((work) => workLines(work, 1)),
    );
    list(
      KPIS,
      ((entity.kpis as Kpi[] | undefined) ?? []).map((kpi) => `* ${escapeWiki(lineText(kpi.name, '…'))}`),
    );
  }
  if (kind === 'item' || kind === 'section') {
    list(
      RISKS,
      ((entity.risks as Risk[] | undefined) ?? []).map((risk) => `* ${escapeWiki(lineText(risk.text, '…'))}`),
    );
  }
  if (kind === 'checkin') {
    list(UPDATES, ((entity.entries as CheckinEntry[] | undefined) ?? []).flatMap(entryLines));
  }
  return blocks.flatMap((block, index) => (index === 0 ? block : ['', ...block]));
}

function entryLines(entry: CheckinEntry): string[] {
  const status = statusShown(
    entry.status,
    entry.statusText && isLineSafe(entry.statusText) ? entry.statusText : undefined,
  );
  const first = `* ${status} ${escapeWiki(lineText(entry.title, '…'))}`;
  const note = entry.note && isLineSafe(entry.note) ? [`** ${escapeWiki(entry.note)}`] : [];
  return [first, ...note];
}

function readEntries(lines: readonly string[]): CheckinEntry[] {
  const entries: CheckinEntry[] = [];
  for (const line of lines) {
    if (line.startsWith('** ')) {
      const last = entries.at(-1);
      if (last) last.note = unescapeWiki(line.slice(3));
      continue;
    }
    const m = /^\* (\{\{[^{}]*\}\}|<nowiki>[^<]*<\/nowiki>|\S+) (.*)$/.exec(line);
    if (!m) continue;
    const { status, statusText } = readStatus(m[1] as string);
    entries.push({
      title: unescapeWiki(m[2] as string),
      status: status ?? 'unknown',
      ...(statusText ? { statusText } : {}),
    });
  }
  return entries;
}

function readLink(line: string): Link {
  const text = line.replace(/^\* /, '');
  const m = new RegExp(`^${WIKI_LINK.source}$`).exec(text);
  return m ? { title: unescapeWiki(m[2] as string), url: m[1] as string } : { url: unescapeWiki(text) };
}

const bulletText = (line: string) => unescapeWiki(line.replace(/^\* /, ''));

export function readBody(kind: HeadedKind, lines: readonly string[]): Own {
  const parts = units(lines);
  let i = 0;
  const fieldList: FieldLine[] = [];
  let refs: Ref[] | undefined;
  let status: Own = {};
  const first = parts[0];
  const FIELD = /^\* '''(.+?)''': (.*)$/;
  if (first?.kind === 'list' && first.lines.every((line) => FIELD.test(line))) {
    i = 1;
    for (const line of first.lines) {
      const m = FIELD.exec(line);
      if (!m) continue;
      const name = unescapeWiki(m[1] as string);
      const value = m[2] as string;
      const parsed = name === REFS_LABEL && kind === 'item' ? readRefs(value) : undefined;
      if (parsed) refs = parsed;
      else if (name === STATUS_LABEL && (kind === 'item' || kind === 'section')) status = readStatus(value);
      else fieldList.push({ label: name, value: unescapeWiki(value) });
    }
  }
  const summary: string[][] = [];
  const lists = new Map<string, string[]>();
  for (; i < parts.length; i++) {
    const unit = parts[i] as Unit;
    const next = parts[i + 1];
    const last = unit.lines.at(-1) as string;
    if (unit.kind === 'para' && LABELS.has(last) && next?.kind === 'list') {
      if (unit.lines.length > 1 && lists.size === 0) summary.push(unit.lines.slice(0, -1));
      lists.set(last, next.lines);
      i++;
    } else if (lists.size === 0) {
      summary.push(unit.lines);
    }
  }
  const own = { ...readFieldLines(kind, fieldList), ...status };
  if (refs) own.refs = refs;
  const text = summaryFromWiki(summary);
  if (text) own.summary = text;
  const labelled = {
    links: lists.get(LINKS),
    work: lists.get(WORK),
    kpis: lists.get(KPIS),
    risks: lists.get(RISKS),
    updates: lists.get(UPDATES),
  };
  applyLabelledLists(own, kind, labelled, {
    text: bulletText,
    link: readLink,
    work: (lines) => readWorkList(lines, 1),
    entries: readEntries,
  });
  return own;
}
