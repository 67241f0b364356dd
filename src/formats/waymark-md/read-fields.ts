// The field lists of items, sections, check-ins and entries, read into the interchange model.
// A value that cannot be read is left out with a warning naming its line.
import {
  type Checkin,
  type CheckinEntry,
  type Item,
  type Kpi,
  type Measurement,
  type Risk,
  type Section,
  SectionKindValues,
} from '../../domain/interchange/index.ts';
import {
  CHECKIN_FIELDS,
  ENTRY_FIELDS,
  type FieldName,
  fieldName,
  ITEM_FIELDS,
  KPI_FIELDS,
  RISK_FIELDS,
  SECTION_FIELDS,
} from './field-names.ts';
import type { FieldLine } from './fields.ts';
import { parseHeading } from './headings.ts';
import { decodeText, isNumberText, splitAnnotation } from './inline-text.ts';
import {
  isIsoDate,
  readEffort,
  readEnum,
  readHealth,
  readList,
  readPeriod,
  readPriority,
  readRefs,
  readStatus,
  ValueError,
} from './values.ts';

/** Reports a problem at a 0-based body line. */
export type Report = (line: number, message: string) => void;

/** Check-in values that need the whole roadmap to check: kept raw until the end. */
export interface CheckinDraft {
  date?: string;
  scope?: string;
  entriesMarked: boolean;
}

type Target =
  | { kind: 'item'; node: Item }
  | { kind: 'section'; node: Section }
  | { kind: 'checkin'; node: Checkin; draft: CheckinDraft }
  | { kind: 'entry'; node: CheckinEntry };

const ALLOWED: Record<Target['kind'], readonly FieldName[]> = {
  item: ITEM_FIELDS,
  section: SECTION_FIELDS,
  checkin: CHECKIN_FIELDS,
  entry: ENTRY_FIELDS,
};

/** Appends to a list that may not exist yet. */
export function pushTo<T>(list: T[] | undefined, value: T): T[] {
  const out = list ?? [];
  out.push(value);
  return out;
}

export function setField(fields: Record<string, string>, key: string, value: string): void {
  // `__proto__` is an ordinary key in a roadmap's fields.
  Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
}

export function readFieldLines(lines: readonly FieldLine[], target: Target, report: Report): void {
  const seen = new Set<FieldName>();
  for (const line of lines) {
    if (line.key === undefined || line.key === '') {
      report(line.line, `"${line.raw}" is not a "Key: value" field; it is not read`);
      continue;
    }
    const name = fieldName(line.key, ALLOWED[target.kind]);
    if (name === undefined) {
      userField(target, line, report);
      continue;
    }
    if (seen.has(name)) {
      report(line.line, `"${line.key}" is given twice; the first is kept`);
      continue;
    }
    seen.add(name);
    if (line.extra > 0 || (line.children.length > 0 && !NESTED.has(name))) {
      report(line.line, `what is nested under "${line.key}" is not read`);
    }
    try {
      readField(name, line, target, report);
    } catch (error) {
      if (!(error instanceof ValueError)) throw error;
      report(line.line, `${line.key}: ${error.message}; it is not read`);
    }
  }
}

const NESTED = new Set<FieldName>(['fields', 'kpis', 'risks', 'work']);

function userField(target: Target, line: FieldLine, report: Report): void {
  if (target.kind === 'checkin' || target.kind === 'entry') {
    report(line.line, `a check-in${target.kind === 'entry' ? ' entry' : ''} has no field "${line.key}"`);
    return;
  }
  const value = decodeText(line.value);
  if (value === '') {
    report(line.line, `field "${line.key}" has no value; it is not read`);
    return;
  }
  if (line.children.length > 0 || line.extra > 0)
    report(line.line, `what is nested under "${line.key}" is not read`);
  target.node.fields ??= {};
  setField(target.node.fields, line.key ?? '', value);
}

function readField(name: FieldName, line: FieldLine, target: Target, report: Report): void {
  const { value } = line;
  if (target.kind === 'checkin') {
    readCheckinField(name, value, target.node, target.draft);
    return;
  }
  if (target.kind === 'entry') {
    const rated = readStatus(value);
    if (rated.value === undefined) throw new ValueError('needs one of the statuses');
    target.node.status = rated.value;
    if (rated.text !== undefined) target.node.statusText = rated.text;
    return;
  }
  const node = target.node;
  switch (name) {
    case 'status': {
      const rated = readStatus(value);
      if (rated.value !== undefined) node.status = rated.value;
      if (rated.text !== undefined) node.statusText = rated.text;
      return;
    }
    case 'leads':
      node.leads = readList(value);
      return;
    case 'dependsOn':
      node.dependsOn = readList(value);
      return;
    case 'fields':
      node.fields ??= {};
      for (const child of line.children) {
        if (child.key === undefined || child.key === '')
          report(child.line, `"${child.raw}" is not a "Key: value" field`);
        else if (decodeText(child.value) === '') report(child.line, `field "${child.key}" has no value`);
        else setField(node.fields, child.key, decodeText(child.value));
      }
      return;
    case 'risks':
      node.risks = line.children.map((child) => readRisk(child, report));
      return;
    case 'kind':
      if (target.kind === 'section') target.node.kind = readEnum(SectionKindValues, value);
      return;
    case 'items':
      if (target.kind === 'section') target.node.items ??= [];
      return;
    case 'sections':
      if (target.kind === 'section') target.node.sections ??= [];
      return;
  }
  if (target.kind !== 'item') return;
  readItemField(name, line, target.node, report);
}

function readItemField(name: FieldName, line: FieldLine, item: Item, report: Report): void {
  const { value } = line;
  switch (name) {
    case 'priority': {
      const rated = readPriority(value);
      if (rated.value !== undefined) item.priority = rated.value;
      if (rated.text !== undefined) item.priorityText = rated.text;
      return;
    }
    case 'target':
      item.target = readPeriod(value);
      return;
    case 'effort':
      item.effort = readEffort(value);
      return;
    case 'tags':
      item.tags = readList(value);
      return;
    case 'labels':
      item.labels = readList(value);
      return;
    case 'refs':
      item.refs = readRefs(value);
      return;
    case 'kpis':
      item.kpis = line.children.map((child) => readKpi(child, report));
      return;
    case 'work':
      item.work = line.children.flatMap((child) => checklistItem(child, report));
      return;
  }
}

function readCheckinField(name: FieldName, value: string, checkin: Checkin, draft: CheckinDraft): void {
  const text = decodeText(value);
  switch (name) {
    case 'date':
      if (!isIsoDate(text)) throw new ValueError('must be a date written YYYY-MM-DD');
      draft.date = text;
      return;
    case 'scope':
      if (text === '') throw new ValueError('must name a section id');
      draft.scope = text;
      return;
    case 'health':
      checkin.health = readHealth(value);
      return;
    case 'entries':
      draft.entriesMarked = true;
      return;
  }
}

function readKpi(line: FieldLine, report: Report): Kpi {
  const kpi: Kpi = { name: decodeText(line.raw) || 'KPI' };
  if (line.raw === '') report(line.line, 'a KPI needs a name');
  for (const child of line.children) {
    const key = child.key ?? '';
    const name = fieldName(key, KPI_FIELDS);
    const text = decodeText(child.value);
    if (isIsoDate(key)) {
      const measurement = readMeasurement(key, child.value);
      if (measurement) kpi.measurements = pushTo(kpi.measurements, measurement);
      else report(child.line, `measurement of ${key} has no value`);
    } else if (name === 'measurements') {
      kpi.measurements ??= [];
    } else if ((name === 'target' || name === 'unit') && text !== '') {
      kpi[name] = text;
    } else {
      report(child.line, `"${child.raw}" is not a KPI's Target, Unit or dated measurement`);
    }
  }
  return kpi;
}

function readMeasurement(date: string, raw: string): Measurement | undefined {
  const { main, annotation } = splitAnnotation(raw);
  const source = annotation === undefined ? undefined : decodeText(annotation);
  const value: number | string = isNumberText(main) ? Number(main) : decodeText(main);
  if (value === '') return undefined;
  return { date, value, ...(source ? { source } : {}) };
}

const IMPACT = /^(high|medium|low)(?: impact)?$/i;

function readRisk(line: FieldLine, report: Report): Risk {
  const { main, annotation } = splitAnnotation(line.raw);
  const impact = annotation === undefined ? undefined : IMPACT.exec(annotation.trim());
  const text = decodeText(impact ? main : line.raw);
  const risk: Risk = { text: text || 'Risk' };
  if (text === '') report(line.line, 'a risk needs its text');
  if (impact) risk.impact = (impact[1] ?? '').toLowerCase() as NonNullable<Risk['impact']>;
  for (const child of line.children) {
    const name = fieldName(child.key ?? '', RISK_FIELDS);
    const value = decodeText(child.value);
    if (name && value !== '') risk[name as 'mitigation' | 'owner'] = value;
    else report(child.line, `"${child.raw}" is not a risk's Mitigation or Owner`);
  }
  return risk;
}

/** A work item written as a task: `- [x] Title {#id}`; its id is settled with the others later. */
function checklistItem(line: FieldLine, report: Report): Item[] {
  const heading = parseHeading(line.raw);
  const title = decodeText(heading.raw);
  if (title === '') {
    report(line.line, 'a work item needs a title');
    return [];
  }
  if (line.children.length > 0 || line.extra > 0)
    report(line.line, `what is nested under "${title}" is not read`);
  const status = line.checked === undefined ? undefined : line.checked ? 'done' : 'todo';
  return [{ id: heading.id ?? '', title, ...(status ? { status } : {}) }];
}
