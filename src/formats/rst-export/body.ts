// The body of an entity in the rst convention, as Software Heritage writes its roadmap: `- Key:
// value` bullets, prose, then `Includes work:`, `KPIs:`, `Risks:` (and `Links:`, `Updates:`)
// lists. Work items are bullets; one whose text cannot say everything carries a nested marker.
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
import { type FieldLine, fieldLines, REFS_LABEL, readFieldLines } from '../convention/fields.ts';
import { applyLabelledLists } from '../convention/lists.ts';
import { metaInSummary } from '../convention/meta.ts';
import { refOf } from '../convention/refs.ts';
import { defaultWorkId, isLineSafe, lineText } from '../convention/text.ts';
import { escapeInline, escapeLine, escapeLinkText, guardEnd, isLinkUrl, unescapeRst } from './escape.ts';
import { summaryFromRst, summaryToRst } from './summary.ts';

const WORK = 'Includes work:';
const KPIS = 'KPIs:';
const RISKS = 'Risks:';
const LINKS = 'Links:';
const UPDATES = 'Updates:';
const LABELS = new Set([WORK, KPIS, RISKS, LINKS, UPDATES]);

interface Bullet {
  first: string;
  body: string[];
}

type Unit = { kind: 'para'; lines: string[] } | { kind: 'list'; bullets: Bullet[] };

const isBullet = (line: string) => line === '-' || line.startsWith('- ');

function units(lines: readonly string[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i++;
    } else if (isBullet(line)) {
      const bullets: Bullet[] = [];
      while (i < lines.length && isBullet(lines[i] as string)) {
        const first = (lines[i] as string).slice(2);
        const body: string[] = [];
        i++;
        while (
          i < lines.length &&
          ((lines[i] as string).trim() === '' || (lines[i] as string).startsWith('  '))
        ) {
          body.push((lines[i] as string).slice(2));
          i++;
        }
        while (body.at(-1)?.trim() === '') body.pop();
        bullets.push({ first, body });
      }
      out.push({ kind: 'list', bullets });
    } else {
      const para: string[] = [];
      while (i < lines.length && (lines[i] as string).trim() !== '') para.push(lines[i++] as string);
      out.push({ kind: 'para', lines: para });
    }
  }
  return out;
}

// ---- links and refs

const LINK = /`((?:[^`\\]|\\.)+) <([^<>`\s]+)>`__/;
const LINKS_ONLY = new RegExp(`^${LINK.source}(?:, ${LINK.source})*$`);

function linkText(text: string, url: string): string {
  const shown = lineText(text, '…');
  return isLinkUrl(url) ? `\`${escapeLinkText(shown)} <${url}>\`__` : escapeInline(shown);
}

function renderRefs(refs: readonly Ref[]): string {
  return refs
    .map((ref) => (ref.url ? linkText(ref.id, ref.url) : escapeInline(lineText(ref.id, '…'))))
    .join(', ');
}

function readRefs(text: string): Ref[] | undefined {
  if (!LINKS_ONLY.test(text)) return undefined;
  return Array.from(text.matchAll(new RegExp(LINK.source, 'g')), (m) =>
    refOf(unescapeRst(m[1] as string), m[2] as string),
  );
}

// ---- work bullets

function workLines(work: Item): string[] {
  const title = escapeLine(lineText(work.title, '(untitled)'));
  const refs = work.refs && work.refs.length > 0 ? ` - ${renderRefs(work.refs)}` : '';
  const first = `- ${title}${refs}`;
  const inner: string[] = [];
  const summary = work.summary ? summaryToRst(work.summary, LABELS) : [];
  const readBack = { ...readWorkLine(first.slice(2)), ...readWorkSummary(summary) };
  const data = dataFor('work', work, readBack);
  if (work.id !== defaultWorkId(work.title, work.refs) || Object.keys(data).length > 0) {
    inner.push(`.. waymark: work ${work.id}${Object.keys(data).length > 0 ? ` ${encodeData(data)}` : ''}`);
  }
  if (summary.length > 0) {
    if (inner.length > 0) inner.push('');
    inner.push(...summary);
  }
  if (work.work && work.work.length > 0) {
    if (inner.length > 0) inner.push('');
    inner.push(WORK, '', ...work.work.flatMap((child) => workLines(child)));
  }
  while (inner.at(-1) === '') inner.pop();
  return inner.length > 0 ? [first, '', ...inner.map((line) => (line ? `  ${line}` : '')), ''] : [first];
}

function readWorkLine(text: string): Own {
  const split = text.lastIndexOf(' - `');
  if (split >= 0) {
    const refs = readRefs(text.slice(split + 3));
    if (refs) return { title: unescapeRst(text.slice(0, split)), refs };
  }
  return { title: unescapeRst(text) };
}

function readWorkSummary(lines: readonly string[] | readonly (readonly string[])[]): Own {
  const blocks = (
    lines.length > 0 && typeof lines[0] === 'string' ? paragraphsOf(units(lines as readonly string[])) : lines
  ) as readonly (readonly string[])[];
  const summary = summaryFromRst(blocks);
  return summary ? { summary } : {};
}

const WORK_MARKER = /^\.\. waymark: work ([a-z0-9][a-z0-9._-]*)(?: ([^\n]*))?$/;

function readWork(bullet: Bullet): Item {
  const read = readWorkLine(bullet.first);
  let id: string | undefined;
  let data: Own = {};
  const parts = units(bullet.body);
  let work: Item[] | undefined;
  const summary: string[][] = [];
  for (let index = 0; index < parts.length; index++) {
    const unit = parts[index] as Unit;
    const marker = unit.kind === 'para' ? WORK_MARKER.exec(unit.lines[0] ?? '') : null;
    const next = parts[index + 1];
    if (marker) {
      id = marker[1];
      data = decodeData(marker[2]) ?? {};
    } else if (
      unit.kind === 'para' &&
      unit.lines.length === 1 &&
      unit.lines[0] === WORK &&
      next?.kind === 'list'
    ) {
      work = next.bullets.map(readWork);
      index++;
    } else if (work === undefined) {
      summary.push(unit.kind === 'para' ? unit.lines : listLines(unit.bullets));
    }
  }
  Object.assign(read, readWorkSummary(summary));
  const pick = (key: string) => (Object.hasOwn(data, key) ? data[key] : read[key]);
  const fallback = defaultWorkId(String(pick('title') ?? ''), (pick('refs') as Ref[] | null) ?? undefined);
  return withData('work', read, data, { id: id ?? fallback }, { work }) as Item;
}

// ---- the body

function fieldBullet(line: FieldLine, entity: Own): string {
  const value = line.refs ? renderRefs(entity.refs as Ref[]) : guardEnd(escapeInline(line.value));
  return `- ${escapeInline(line.label)}: ${value}`;
}

export function renderBody(kind: HeadedKind, entity: Own): string[] {
  const blocks: string[][] = [];
  const fields = fieldLines(kind, entity, { version: kind === 'roadmap' && !metaInSummary(entity) });
  if (fields.length > 0) blocks.push(fields.map((line) => fieldBullet(line, entity)));
  if (typeof entity.summary === 'string') {
    const summary = summaryToRst(entity.summary, LABELS);
    if (summary.length > 0) blocks.push(summary);
  }
  const list = (label: string, lines: string[]) => {
    if (lines.length > 0) blocks.push([label], lines);
  };
  if (kind === 'roadmap') {
    list(
      LINKS,
      ((entity.links as Link[] | undefined) ?? []).map(
        (link) => `- ${link.title ? linkText(link.title, link.url) : escapeLine(lineText(link.url, '…'))}`,
      ),
    );
  }
  if (kind === 'item') {
    const work = (entity.work as Item[] | undefined) ?? [];
    if (work.length > 0) blocks.push([WORK], work.flatMap(workLines));
    list(
      KPIS,
      ((entity.kpis as Kpi[] | undefined) ?? []).map((kpi) => `- ${escapeLine(lineText(kpi.name, '…'))}`),
    );
  }
  if (kind === 'item' || kind === 'section') {
    list(
      RISKS,
      ((entity.risks as Risk[] | undefined) ?? []).map((risk) => `- ${escapeLine(lineText(risk.text, '…'))}`),
    );
  }
  if (kind === 'checkin') {
    const entries = (entity.entries as CheckinEntry[] | undefined) ?? [];
    if (entries.length > 0) blocks.push([UPDATES], entries.flatMap(entryLines));
  }
  // A work bullet with a body ends in a blank line of its own: keep one blank line between blocks.
  return blocks
    .flatMap((block, index) => (index === 0 ? block : ['', ...block]))
    .filter((line, index, lines) => line !== '' || lines[index - 1] !== '');
}

function entryLines(entry: CheckinEntry): string[] {
  const status = entry.statusText && isLineSafe(entry.statusText) ? entry.statusText : entry.status;
  const first = `- ${escapeLine(lineText(entry.title, '…'))} (${escapeInline(status).replace(/[()]/g, '\\$&')})`;
  const note = entry.note ? summaryToRst(entry.note, LABELS) : [];
  return note.length > 0 ? [first, '', ...note.map((line) => (line ? `  ${line}` : '')), ''] : [first];
}

const isStatus = (text: string): text is Status => (StatusValues as readonly string[]).includes(text);

function readEntry(bullet: Bullet): CheckinEntry {
  const m = /^(.*) \(((?:[^()\\]|\\.)*)\)$/.exec(bullet.first);
  const title = unescapeRst(m ? (m[1] as string) : bullet.first);
  const statusText = m ? unescapeRst(m[2] as string) : 'unknown';
  const status = isStatus(statusText) ? statusText : (normaliseStatus(statusText)?.status ?? 'unknown');
  const note = summaryFromRst(paragraphsOf(units(bullet.body)));
  return {
    title,
    status,
    ...(statusText === status ? {} : { statusText }),
    ...(note ? { note } : {}),
  };
}

/** A list inside prose, as its lines; a bullet with a body of its own cannot be prose. */
function listLines(bullets: readonly Bullet[]): string[] {
  return bullets.flatMap((bullet) => [`- ${bullet.first}`, ...bullet.body.map((line) => `  ${line}`)]);
}

function paragraphsOf(parts: readonly Unit[]): string[][] {
  return parts.map((unit) => (unit.kind === 'para' ? unit.lines : listLines(unit.bullets)));
}

function readLink(bullet: Bullet): Link {
  const m = new RegExp(`^${LINK.source}$`).exec(bullet.first);
  return m ? { title: unescapeRst(m[1] as string), url: m[2] as string } : { url: unescapeRst(bullet.first) };
}

export function readBody(kind: HeadedKind, lines: readonly string[]): Own {
  const parts = units(lines);
  let i = 0;
  const fieldList: FieldLine[] = [];
  let refs: Ref[] | undefined;
  const first = parts[0];
  const FIELD = /^(.*?): (.*)$/;
  if (
    first?.kind === 'list' &&
    first.bullets.every((bullet) => FIELD.test(bullet.first) && bullet.body.length === 0)
  ) {
    i = 1;
    for (const bullet of first.bullets) {
      const m = FIELD.exec(bullet.first);
      if (!m) continue;
      const label = unescapeRst(m[1] as string);
      const value = m[2] as string;
      const parsed = label === REFS_LABEL && kind === 'item' ? readRefs(value) : undefined;
      if (parsed) refs = parsed;
      else fieldList.push({ label, value: unescapeRst(value) });
    }
  }
  const summary: string[][] = [];
  const lists = new Map<string, Bullet[]>();
  for (; i < parts.length; i++) {
    const unit = parts[i] as Unit;
    const next = parts[i + 1];
    if (
      unit.kind === 'para' &&
      unit.lines.length === 1 &&
      LABELS.has(unit.lines[0] as string) &&
      next?.kind === 'list'
    ) {
      lists.set(unit.lines[0] as string, next.bullets);
      i++;
    } else if (lists.size === 0) {
      summary.push(unit.kind === 'para' ? unit.lines : listLines(unit.bullets));
    }
  }
  const own = readFieldLines(kind, fieldList);
  if (refs) own.refs = refs;
  const text = summaryFromRst(summary);
  if (text) own.summary = text;
  const labelled = {
    links: lists.get(LINKS),
    work: lists.get(WORK),
    kpis: lists.get(KPIS),
    risks: lists.get(RISKS),
    updates: lists.get(UPDATES),
  };
  applyLabelledLists(own, kind, labelled, {
    text: (bullet) => unescapeRst(bullet.first),
    link: readLink,
    work: (bullets) => bullets.map(readWork),
    entries: (bullets) => bullets.map(readEntry),
  });
  return own;
}
