// One entry of a generic roadmap file (a mapping with title, status, owner, due… keys) as an item.
// Keys with a known role fill the item's fields; every other key is kept in `fields` as written.
import type { Item, Period, Ref } from '../../domain/interchange/index.ts';
import {
  normalisePriority,
  normaliseStatus,
  parseEffort,
  parsePeriod,
} from '../../domain/normalise/index.ts';
import { splitPeople } from '../infer/extract/people.ts';
import { extractRefs } from '../infer/extract/refs.ts';
import { refId, slugify } from '../infer/ids.ts';
import { child, type MapperContext } from './context.ts';
import { BOOLEAN_STATUS_KEYS, type KeyMap, normaliseKey, type Role, roleOf } from './key-roles.ts';
import { type DataRecord, fieldText, isoDate, isRecord, scalarText, textList, titleText } from './values.ts';

/** What a group passes down to the items in it: a status bucket ("done:") or a period ("Q3 2024:"). */
export interface Inherited {
  status?: { status: Item['status']; statusText: string };
  target?: Period;
}

export interface ItemOptions {
  map: KeyMap | undefined;
  inherited: Inherited;
  /** The key of a keyed mapping (`feature-x: {status: done}`), the title when the entry has none. */
  key?: string;
  /** Reads an entry's children (the `items:`, `tasks:`… list) as work items. */
  children: (value: unknown, pointer: string, inherited: Inherited) => Item[];
}

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;
const MAX_TITLE = 300;

/** True when the record names an item rather than a group of them: it has a title or a scalar with a role. */
export function isItemLike(record: DataRecord, map: KeyMap | undefined): boolean {
  return Object.entries(record).some(([key, value]) => {
    const role = roleOf(key, map);
    return role !== undefined && role !== 'items' && role !== 'fields' && scalarText(value) !== undefined;
  });
}

export function hasChildren(record: DataRecord, map: KeyMap | undefined): boolean {
  return Object.entries(record).some(([key, value]) => roleOf(key, map) === 'items' && Array.isArray(value));
}

/** A period from a target's words: the dates the words give, or the label alone. */
export function periodOf(label: string, date?: string): Period {
  const period = parsePeriod(label) ?? { label };
  if (date && period.start === undefined && period.end === undefined)
    return { label, start: date, end: date };
  return period;
}

interface Collected {
  titles: [string, string][];
  id?: string;
  fields: Record<string, string>;
  refs: Ref[];
  childLists: [string, unknown][];
  targetLabel?: string;
  date?: string;
}

function addField(into: Record<string, string>, key: string, value: unknown): void {
  const text = fieldText(value);
  if (text !== undefined && key.trim() !== '') into[key] = text;
}

function refsFrom(value: unknown): Ref[] {
  const refs: Ref[] = [];
  for (const entry of Array.isArray(value) ? value : [value]) {
    const url = isRecord(entry) ? (scalarText(entry.url) ?? scalarText(entry.href)) : scalarText(entry);
    if (url === undefined) continue;
    for (const ref of extractRefs(url)) if (!refs.some((r) => r.id === ref.id)) refs.push(ref);
  }
  return refs;
}

function statusOf(key: string, value: unknown): Inherited['status'] | undefined {
  if (typeof value === 'boolean') return { status: value ? 'done' : 'todo', statusText: `${key}: ${value}` };
  if (BOOLEAN_STATUS_KEYS.has(normaliseKey(key))) return undefined;
  const text = scalarText(value);
  if (text === undefined) return undefined;
  return { status: normaliseStatus(text)?.status, statusText: text };
}

/** Fills `item` from the record's keys; returns what needs the whole record to decide. */
function collect(record: DataRecord, item: Item, map: KeyMap | undefined): Collected {
  const out: Collected = { titles: [], fields: {}, refs: [], childLists: [] };
  for (const [key, value] of Object.entries(record)) {
    const role: Role | undefined = roleOf(key, map);
    const text = scalarText(value);
    switch (role) {
      case 'id':
        if (text !== undefined && out.id === undefined) out.id = text;
        else addField(out.fields, key, value);
        break;
      case 'title': {
        const title = titleText(value);
        if (title !== undefined) out.titles.push([key, title]);
        else addField(out.fields, key, value);
        break;
      }
      case 'status': {
        const status = item.statusText === undefined ? statusOf(key, value) : undefined;
        if (status) {
          if (status.status) item.status = status.status;
          item.statusText = status.statusText;
        } else addField(out.fields, key, value);
        break;
      }
      case 'summary': {
        const list = Array.isArray(value) ? textList(value) : [];
        const summary = text ?? (list.length > 0 ? list.map((line) => `- ${line}`).join('\n') : undefined);
        if (summary !== undefined && item.summary === undefined) item.summary = summary;
        else addField(out.fields, key, value);
        break;
      }
      case 'leads': {
        const people = textList(value).flatMap(splitPeople);
        if (people.length > 0) item.leads = [...new Set([...(item.leads ?? []), ...people])];
        else addField(out.fields, key, value);
        break;
      }
      case 'target':
        if (text !== undefined && out.targetLabel === undefined) out.targetLabel = titleText(value);
        else addField(out.fields, key, value);
        break;
      case 'date': {
        const date = isoDate(value);
        if (date !== undefined && out.date === undefined) out.date = date;
        else if (text !== undefined && out.targetLabel === undefined) out.targetLabel = titleText(value);
        else addField(out.fields, key, value);
        break;
      }
      case 'tags':
      case 'labels': {
        const words = textList(value)
          .flatMap((word) => word.split(','))
          .map((word) => word.trim())
          .filter(Boolean);
        if (words.length === 0) addField(out.fields, key, value);
        else if (role === 'tags') item.tags = [...new Set([...(item.tags ?? []), ...words])];
        else item.labels = [...new Set([...(item.labels ?? []), ...words.map((w) => w.toLowerCase())])];
        break;
      }
      case 'refs': {
        const refs = refsFrom(value);
        if (refs.length > 0) out.refs.push(...refs.filter((ref) => !out.refs.some((r) => r.id === ref.id)));
        else addField(out.fields, key, value);
        break;
      }
      case 'priority': {
        const match = text === undefined ? undefined : normalisePriority(text);
        if (match) Object.assign(item, match);
        else if (text !== undefined) item.priorityText = text;
        else addField(out.fields, key, value);
        break;
      }
      case 'effort': {
        const effort = text === undefined ? undefined : parseEffort(text);
        if (effort) item.effort = effort;
        else addField(out.fields, key, value);
        break;
      }
      case 'dependsOn': {
        const deps = textList(value)
          .flatMap((dep) => dep.split(','))
          .map((dep) => dep.trim())
          .filter(Boolean);
        if (deps.length > 0) item.dependsOn = deps;
        else addField(out.fields, key, value);
        break;
      }
      case 'items':
        if (Array.isArray(value) || isRecord(value)) out.childLists.push([key, value]);
        else addField(out.fields, key, value);
        break;
      default:
        addField(out.fields, key, value);
    }
  }
  return out;
}

/** The title among several title-like keys: prose over a slug (`label` over `name: rustc-universe`). */
function pickTitle(collected: Collected): { title?: string; slugId?: string } {
  const [first, ...rest] = collected.titles;
  if (!first) return {};
  const prose = collected.titles.find(([, title]) => !SLUG.test(title));
  const chosen = prose ?? first;
  let slugId: string | undefined;
  for (const [key, title] of [first, ...rest]) {
    if (key === chosen[0]) continue;
    if (slugId === undefined && SLUG.test(title)) slugId = title;
    else collected.fields[key] = title;
  }
  return { title: chosen[1], ...(slugId ? { slugId } : {}) };
}

/** The first short string of a key with no role: the title of an entry that has no title key. */
function fallbackTitle(record: DataRecord, collected: Collected): [string, string] | undefined {
  for (const [key, text] of Object.entries(collected.fields)) {
    if (isRecord(record[key]) || Array.isArray(record[key])) continue;
    if (text.length <= MAX_TITLE) return [key, text.replace(/\s+/g, ' ')];
  }
  return undefined;
}

export function itemFromRecord(
  record: DataRecord,
  pointer: string,
  ctx: MapperContext,
  options: ItemOptions,
): Item | undefined {
  const draft = { id: '', title: '' } as Item;
  const collected = collect(record, draft, options.map);
  let { title, slugId } = pickTitle(collected);
  if (title === undefined && options.key !== undefined) title = titleText(options.key);
  if (title === undefined) {
    const fallback = fallbackTitle(record, collected);
    if (!fallback) {
      ctx.warn(pointer, 'an entry with no title and no text to name it by was left out');
      return undefined;
    }
    const [key] = fallback;
    title = fallback[1];
    delete collected.fields[key];
    ctx.warn(
      pointer,
      `no title key (title, name, label…): "${key}" is read as the title; --map ${key}=title says so`,
    );
  }
  const refs = collected.refs;
  const idCandidate =
    (collected.id !== undefined ? slugify(collected.id, '') : '') ||
    slugId ||
    (options.key !== undefined && SLUG.test(options.key) ? options.key : undefined) ||
    refId(refs) ||
    title;
  const item: Item = { id: ctx.itemId(idCandidate), title: title.slice(0, MAX_TITLE) };
  const { status, statusText, priority, priorityText, leads, tags, labels, effort, summary, dependsOn } =
    draft;
  if (status) item.status = status;
  if (statusText) item.statusText = statusText;
  if (!statusText && options.inherited.status) {
    if (options.inherited.status.status) item.status = options.inherited.status.status;
    item.statusText = options.inherited.status.statusText;
  }
  if (priority) item.priority = priority;
  if (priorityText) item.priorityText = priorityText;
  if (leads?.length) item.leads = leads;
  if (tags?.length) item.tags = tags;
  if (labels?.length) item.labels = labels;
  if (refs.length > 0) item.refs = refs;
  if (effort) item.effort = effort;
  const target =
    collected.targetLabel !== undefined
      ? periodOf(collected.targetLabel, collected.date)
      : collected.date !== undefined
        ? { label: collected.date, start: collected.date, end: collected.date }
        : options.inherited.target;
  if (target) item.target = target;
  if (summary) item.summary = summary;
  if (dependsOn?.length) item.dependsOn = dependsOn;
  const work = collected.childLists.flatMap(([key, value]) =>
    options.children(value, child(pointer, key), {
      ...(options.inherited.status && !statusText ? { status: options.inherited.status } : {}),
    }),
  );
  if (work.length > 0) item.work = work;
  if (Object.keys(collected.fields).length > 0) item.fields = collected.fields;
  return item;
}
