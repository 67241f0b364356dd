// renderWaymarkMarkdown: a roadmap in its canonical Waymark Markdown form (docs/formats.md).
// The reader gives back exactly the document written here, so export → import loses nothing.
import type {
  Checkin,
  CheckinEntry,
  InterchangeDocument,
  Item,
  Kpi,
  Risk,
  Section,
} from '../../domain/interchange/index.ts';
import { FIELD, type FieldName, fieldName, ITEM_FIELDS, SECTION_FIELDS } from './field-names.ts';
import { writeFrontMatter } from './front-matter.ts';
import {
  CHECKIN_TITLE_PREFIX,
  defaultKind,
  type HeadingKind,
  type NodeKind,
  writeAttributes,
} from './headings.ts';
import { encodeAnnotation, encodeText, encodeTextValue, joinAnnotation } from './inline-text.ts';
import { writeSummary } from './summary.ts';
import {
  writeEffort,
  writeHealth,
  writeList,
  writePeriod,
  writePriority,
  writeRefs,
  writeStatus,
} from './values.ts';

const MAX_HEADING = 6;

export function renderWaymarkMarkdown(document: InterchangeDocument): string {
  const roadmap = document.roadmap;
  const blocks = [writeFrontMatter(roadmap), `# ${encodeText(roadmap.title, { lineStart: true })}`];
  if (roadmap.summary !== undefined) blocks.push(writeSummary(roadmap.summary));
  for (const item of roadmap.items ?? []) renderItem(item, 2, 'roadmap', blocks);
  for (const section of roadmap.sections ?? []) renderSection(section, 2, 'roadmap', blocks);
  for (const checkin of roadmap.checkins ?? []) renderCheckin(checkin, blocks);
  return `${blocks.join('\n\n')}\n`;
}

function heading(title: string, level: number, parent: NodeKind, kind: HeadingKind, id?: string): string {
  const marks = '#'.repeat(Math.min(level, MAX_HEADING));
  const attributes = writeAttributes({
    ...(id !== undefined ? { id } : {}),
    ...(defaultKind(parent, title) !== kind ? { kind } : {}),
    ...(level > MAX_HEADING ? { level } : {}),
  });
  return `${marks} ${encodeText(title, { lineStart: true })}${attributes}`;
}

const field = (name: FieldName, value: string) =>
  value === '' ? `- ${FIELD[name]}:` : `- ${FIELD[name]}: ${value}`;
const indent = (lines: readonly string[]) => lines.map((line) => `  ${line}`);

/** A record's own fields: plain keys as `- Key: value`, keys the convention uses in `- Fields:`. */
function userFields(fields: Record<string, string> | undefined, reserved: readonly FieldName[]): string[] {
  if (fields === undefined) return [];
  const plain: string[] = [];
  const nested: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const line = `- ${encodeText(key, { lineStart: true, escape: ':' })}: ${encodeText(value)}`;
    (fieldName(key, reserved) === undefined ? plain : nested).push(line);
  }
  const empty = Object.keys(fields).length === 0;
  return [...plain, ...(nested.length > 0 || empty ? [field('fields', ''), ...indent(nested)] : [])];
}

function statusLine(status: Item['status'], statusText: string | undefined): string[] {
  return status !== undefined || statusText !== undefined
    ? [field('status', writeStatus(status, statusText))]
    : [];
}

function kpiLines(kpi: Kpi): string[] {
  const lines = [
    ...(kpi.target !== undefined ? [field('target', encodeText(kpi.target))] : []),
    ...(kpi.unit !== undefined ? [field('unit', encodeText(kpi.unit))] : []),
  ];
  for (const measurement of kpi.measurements ?? []) {
    const value =
      typeof measurement.value === 'number'
        ? String(measurement.value)
        : encodeTextValue(measurement.value, { beforeAnnotation: true });
    const source = measurement.source === undefined ? undefined : encodeAnnotation(measurement.source);
    lines.push(`- ${measurement.date}: ${joinAnnotation(value, source)}`);
  }
  if (kpi.measurements?.length === 0) lines.push(field('measurements', ''));
  return [`- ${encodeText(kpi.name, { lineStart: true })}`, ...indent(lines)];
}

function riskLines(risk: Risk): string[] {
  const text = encodeText(risk.text, { lineStart: true, beforeAnnotation: true });
  const lines = [
    ...(risk.mitigation !== undefined ? [field('mitigation', encodeText(risk.mitigation))] : []),
    ...(risk.owner !== undefined ? [field('owner', encodeText(risk.owner))] : []),
  ];
  return [`- ${joinAnnotation(text, risk.impact && `${risk.impact} impact`)}`, ...indent(lines)];
}

function listField(name: FieldName, values: readonly string[] | undefined): string[] {
  return values === undefined ? [] : [field(name, writeList(values))];
}

function nestedField<T>(
  name: FieldName,
  values: readonly T[] | undefined,
  lines: (value: T) => string[],
): string[] {
  return values === undefined ? [] : [field(name, ''), ...indent(values.flatMap(lines))];
}

/** Work that is only titles and done/to-do boxes reads best as a task list. */
function isChecklist(work: readonly Item[]): boolean {
  return (
    work.length > 0 &&
    work.every(
      (item) =>
        Object.keys(item).every((key) => key === 'id' || key === 'title' || key === 'status') &&
        (item.status === undefined || item.status === 'done' || item.status === 'todo'),
    )
  );
}

function checklistLine(item: Item): string {
  const box = item.status === 'done' ? '[x] ' : item.status === 'todo' ? '[ ] ' : '';
  return `- ${box}${encodeText(item.title, { lineStart: box === '' })}${writeAttributes({ id: item.id })}`;
}

function renderItem(item: Item, level: number, parent: NodeKind, blocks: string[]): void {
  blocks.push(heading(item.title, level, parent, 'item', item.id));
  const checklist = item.work !== undefined && isChecklist(item.work);
  const fields = [
    ...statusLine(item.status, item.statusText),
    ...(item.priority !== undefined || item.priorityText !== undefined
      ? [field('priority', writePriority(item.priority, item.priorityText))]
      : []),
    ...listField('leads', item.leads),
    ...(item.target ? [field('target', writePeriod(item.target))] : []),
    ...(item.effort ? [field('effort', writeEffort(item.effort))] : []),
    ...listField('tags', item.tags),
    ...listField('labels', item.labels),
    ...(item.refs ? [field('refs', writeRefs(item.refs))] : []),
    ...listField('dependsOn', item.dependsOn),
    ...userFields(item.fields, ITEM_FIELDS),
    ...nestedField('kpis', item.kpis, kpiLines),
    ...nestedField('risks', item.risks, riskLines),
    ...(item.work?.length === 0 ? [field('work', '')] : []),
    ...(checklist ? [field('work', ''), ...indent((item.work ?? []).map(checklistLine))] : []),
  ];
  if (fields.length > 0) blocks.push(fields.join('\n'));
  if (item.summary !== undefined) blocks.push(writeSummary(item.summary));
  if (!checklist) for (const child of item.work ?? []) renderItem(child, level + 1, 'item', blocks);
}

function renderSection(section: Section, level: number, parent: NodeKind, blocks: string[]): void {
  blocks.push(heading(section.title, level, parent, 'section', section.id));
  const fields = [
    ...(section.kind !== undefined ? [field('kind', section.kind)] : []),
    ...listField('leads', section.leads),
    ...statusLine(section.status, section.statusText),
    ...listField('dependsOn', section.dependsOn),
    ...userFields(section.fields, SECTION_FIELDS),
    ...nestedField('risks', section.risks, riskLines),
    // Empty lists are written so that they stay lists rather than disappear.
    ...(section.items?.length === 0 ? [field('items', '')] : []),
    ...(section.sections?.length === 0 ? [field('sections', '')] : []),
  ];
  if (fields.length > 0) blocks.push(fields.join('\n'));
  if (section.summary !== undefined) blocks.push(writeSummary(section.summary));
  for (const item of section.items ?? []) renderItem(item, level + 1, 'section', blocks);
  for (const child of section.sections ?? []) renderSection(child, level + 1, 'section', blocks);
}

function renderCheckin(checkin: Checkin, blocks: string[]): void {
  blocks.push(
    heading(checkin.title ?? `${CHECKIN_TITLE_PREFIX} ${checkin.date}`, 2, 'roadmap', 'checkin', checkin.id),
  );
  // The date is in the heading unless the heading is a title of its own.
  const fields = [
    ...(checkin.title !== undefined ? [field('date', checkin.date)] : []),
    ...(checkin.scope !== undefined ? [field('scope', checkin.scope)] : []),
    ...(checkin.health !== undefined ? [field('health', writeHealth(checkin.health))] : []),
    ...(checkin.entries?.length === 0 ? [field('entries', '')] : []),
  ];
  if (fields.length > 0) blocks.push(fields.join('\n'));
  if (checkin.summary !== undefined) blocks.push(writeSummary(checkin.summary));
  for (const entry of checkin.entries ?? []) renderEntry(entry, blocks);
}

function renderEntry(entry: CheckinEntry, blocks: string[]): void {
  blocks.push(heading(entry.title, 3, 'checkin', 'entry', entry.item));
  blocks.push(field('status', writeStatus(entry.status, entry.statusText)));
  if (entry.note !== undefined) blocks.push(writeSummary(entry.note));
}
