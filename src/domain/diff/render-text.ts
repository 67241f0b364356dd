// A changelog a reviewer reads top to bottom: roadmap fields, then sections, items and check-ins,
// each as `+` added, `-` removed, `~` modified with its changes indented below, then one summary
// line. Deterministic: the order is the diff's, and nothing depends on the clock or locale.
import {
  ABSENT,
  formatEffort,
  formatKpi,
  formatLink,
  formatPath,
  formatPeriod,
  formatRef,
  formatRisk,
  formatSegments,
  formatSource,
  quote,
} from './format-values.ts';
import type {
  CheckinDiff,
  CheckinEntryDiff,
  DiffSummary,
  ItemDiff,
  ItemFieldChange,
  ListChange,
  Move,
  NodeCounts,
  Rename,
  RoadmapDiff,
  SectionDiff,
  SectionFieldChange,
} from './types.ts';

type AnyChange = ItemFieldChange | SectionFieldChange | RoadmapDiff['roadmap'][number] | CheckinDiffChange;
type CheckinDiffChange =
  | Extract<CheckinDiff, { type: 'modified' }>['changes'][number]
  | Extract<CheckinEntryDiff, { type: 'modified' }>['changes'][number];

const QUOTED = new Set(['title', 'statusText', 'priorityText', 'version']);
const MEMBER_NAMES: Record<string, string> = {
  leads: 'lead',
  tags: 'tag',
  labels: 'label',
  dependsOn: 'dependency',
  refs: 'ref',
  kpis: 'KPI',
  risks: 'risk',
  links: 'link',
};

const quoteOrAbsent = (value: string | undefined) => (value === undefined ? ABSENT : quote(value));
const orAbsent = <T>(value: T | undefined, format: (value: T) => string) =>
  value === undefined ? ABSENT : format(value);

type ValueAny = Extract<AnyChange, { kind: 'value' }>;
type ListAny = Extract<AnyChange, { kind: 'list' }>;

function formatValue(change: ValueAny, side: 'before' | 'after'): string {
  switch (change.field) {
    case 'effort':
      return orAbsent(change[side], formatEffort);
    case 'target':
    case 'period':
      return orAbsent(change[side], formatPeriod);
    case 'source':
      return orAbsent(change[side], formatSource);
    default: {
      const value = change[side];
      return value === undefined ? ABSENT : QUOTED.has(change.field) ? quote(value) : value;
    }
  }
}

function listLines<T>(change: ListChange<string, T>, format: (member: T) => string): string[] {
  const name = MEMBER_NAMES[change.field] ?? change.field;
  return [
    ...change.added.map((member) => `+ ${name}: ${format(member)}`),
    ...change.removed.map((member) => `- ${name}: ${format(member)}`),
    ...change.changed.map(({ before, after }) => `~ ${name}: ${format(before)} → ${format(after)}`),
  ];
}

function memberLines(change: ListAny): string[] {
  switch (change.field) {
    case 'refs':
      return listLines(change, formatRef);
    case 'kpis':
      return listLines(change, formatKpi);
    case 'risks':
      return listLines(change, formatRisk);
    case 'links':
      return listLines(change, formatLink);
    default:
      return listLines(change, String);
  }
}

/** Lines describing one change, without indentation. */
function changeLines(change: AnyChange): string[] {
  switch (change.kind) {
    case 'value':
      return [`${change.field}: ${formatValue(change, 'before')} → ${formatValue(change, 'after')}`];
    case 'entry':
      return [`field ${quote(change.key)}: ${quoteOrAbsent(change.before)} → ${quoteOrAbsent(change.after)}`];
    case 'text':
      // Prose lines hang under their field name rather than falling back to the block's margin.
      return [`${change.field}: ${formatSegments(change.segments).replaceAll('\n', '\n  ')}`];
    case 'list':
      return memberLines(change);
  }
}

function renameLine(rename: Rename): string {
  const how =
    rename.matchedBy === 'title'
      ? `, matched by title (similarity ${rename.similarity})`
      : rename.matchedBy === 'content'
        ? ', matched by its items'
        : '';
  if (rename.fromTitle === rename.toTitle) return `id: ${rename.fromId} → ${rename.toId}${how}`;
  const ids = rename.fromId === rename.toId ? '' : ` (${rename.fromId} → ${rename.toId})`;
  return `renamed: ${quote(rename.fromTitle)} → ${quote(rename.toTitle)}${ids}${how}`;
}

const moveLine = (move: Move) => `moved: ${formatPath(move.from)} → ${formatPath(move.to)}`;

const indent = (prefix: string, lines: readonly string[]) =>
  lines.map((line) => prefix + line.replaceAll('\n', `\n${prefix}`));

function nodeLines(kind: 'section' | 'item', diff: SectionDiff | ItemDiff): string[] {
  const name = `${kind} ${quote(diff.title)} (${diff.id})`;
  const where = diff.path.length > 0 ? ` in ${formatPath(diff.path)}` : '';
  if (diff.type === 'added' || diff.type === 'removed') {
    const status = 'item' in diff ? diff.item.status : diff.section.status;
    return [`${diff.type === 'added' ? '+' : '-'} ${name}${where}${status ? ` [${status}]` : ''}`];
  }
  const details = [
    ...(diff.renamed ? [renameLine(diff.renamed)] : []),
    ...(diff.moved ? [moveLine(diff.moved)] : []),
    ...diff.changes.flatMap(changeLines),
  ];
  return [`~ ${name}`, ...indent('    ', details)];
}

function entryLines(entry: CheckinEntryDiff): string[] {
  const name = `entry ${quote(entry.title)}${entry.item ? ` (${entry.item})` : ''}`;
  if (entry.type === 'added') return [`+ ${name}: ${entry.entry.status}`];
  if (entry.type === 'removed') return [`- ${name}: ${entry.entry.status}`];
  return [`~ ${name}`, ...indent('    ', entry.changes.flatMap(changeLines))];
}

function checkinLines(diff: CheckinDiff): string[] {
  const name = `check-in ${quote(diff.title ?? diff.date)} (${diff.id}, ${diff.date})`;
  if (diff.type === 'added') return [`+ ${name}`];
  if (diff.type === 'removed') return [`- ${name}`];
  return [
    `~ ${name}`,
    ...indent('    ', [...diff.changes.flatMap(changeLines), ...diff.entries.flatMap(entryLines)]),
  ];
}

function counts(label: string, values: NodeCounts | DiffSummary['checkins']): string | undefined {
  const parts = Object.entries(values)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
  return parts.length > 0 ? `${label} ${parts.join(', ')}` : undefined;
}

function summaryLine(summary: DiffSummary): string {
  const { identical: _identical, roadmap, ...groups } = summary;
  const parts = [
    roadmap > 0 ? `roadmap ${roadmap} field${roadmap === 1 ? '' : 's'} changed` : undefined,
    counts('sections', groups.sections),
    counts('items', groups.items),
    counts('check-ins', groups.checkins),
  ];
  return `Summary: ${parts.filter((part) => part).join('; ')}`;
}

export function renderDiffText(diff: RoadmapDiff): string {
  if (diff.summary.identical) return 'No changes.';
  const out = [`Roadmap ${quote(diff.after.title)} (${diff.after.id})`];
  out.push(...indent('  ', diff.roadmap.flatMap(changeLines)));
  const group = (heading: string, lines: string[]) => {
    if (lines.length > 0) out.push('', heading, ...indent('  ', lines));
  };
  group(
    'Sections:',
    diff.sections.flatMap((section) => nodeLines('section', section)),
  );
  group(
    'Items:',
    diff.items.flatMap((item) => nodeLines('item', item)),
  );
  group('Check-ins:', diff.checkins.flatMap(checkinLines));
  out.push('', summaryLine(diff.summary));
  // Blank lines inside multi-line prose would otherwise keep the indentation as trailing spaces.
  return out.join('\n').replace(/[ \t]+$/gm, '');
}
