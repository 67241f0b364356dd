// `Key: value` lines of an entity, as plain text: which keys a label stands for, how a value is
// shown, and how a shown value reads back (through the same normalisers every importer uses).
import {
  type Health,
  HealthValues,
  type Period,
  type SectionKind,
  SectionKindValues,
} from '../../domain/interchange/index.ts';
import {
  normalisePriority,
  normaliseStatus,
  parseEffort,
  parsePeriod,
} from '../../domain/normalise/index.ts';
import type { EntityKind, Own } from './entity.ts';
import { isLineSafe, splitList } from './text.ts';

export interface FieldLine {
  label: string;
  value: string;
  /** The `Task` line: its value is the entity's refs, which each format writes as links. */
  refs?: true;
}

const STATUS_WORDS: Record<string, string> = {
  proposed: 'Proposed',
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  postponed: 'Postponed',
  partial: 'Partially done',
  done: 'Done',
  cancelled: 'Cancelled',
  unknown: 'Unknown',
};

const PRIORITY_WORDS: Record<string, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  none: 'None',
};

export const STATUS_LABEL = 'Status';
export const REFS_LABEL = 'Task';

/** Labels with a meaning of their own; a custom field with one of these keys travels as data. */
const RESERVED = new Set(
  [
    'lead',
    'status',
    'priority',
    'tags',
    'labels',
    'task',
    'effort',
    'target',
    'depends on',
    'kind',
    'period',
    'version',
    'last modified',
    'date',
    'scope',
    'health',
  ].map((label) => label),
);

const joinList = (values: unknown): string | undefined =>
  Array.isArray(values) && values.length > 0 ? values.join(', ') : undefined;

function periodOf(label: string): Period {
  return parsePeriod(label) ?? { label };
}

/** The field lines of an entity, refs excepted (each format writes those as its own links). */
export function fieldLines(kind: EntityKind, entity: Own, options: { version?: boolean } = {}): FieldLine[] {
  const lines: FieldLine[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && isLineSafe(value)) lines.push({ label, value });
  };
  const text = (key: string) => (typeof entity[key] === 'string' ? (entity[key] as string) : undefined);
  if (kind === 'roadmap') {
    if (options.version) {
      add('Version', text('version'));
      add('Last modified', text('updated'));
    }
    add('Period', (entity.period as Period | undefined)?.label);
  }
  if (kind === 'checkin') {
    add('Date', text('date'));
    add('Scope', text('scope'));
    add('Health', text('health')?.replace('_', ' '));
  }
  if (kind === 'section') add('Kind', text('kind'));
  if (kind !== 'roadmap' && kind !== 'checkin') {
    add('Status', text('statusText') ?? (entity.status ? STATUS_WORDS[entity.status as string] : undefined));
    add('Lead', joinList(entity.leads));
  }
  if (kind === 'item' || kind === 'work') {
    add('Tags', joinList(entity.tags));
    add('Labels', joinList(entity.labels));
    if (Array.isArray(entity.refs) && entity.refs.length > 0) {
      lines.push({ label: REFS_LABEL, value: '', refs: true });
    }
    add('Effort', (entity.effort as { text?: string } | undefined)?.text);
    add('Target', (entity.target as Period | undefined)?.label);
    add(
      'Priority',
      text('priorityText') ?? (entity.priority ? PRIORITY_WORDS[entity.priority as string] : undefined),
    );
  }
  if (kind !== 'roadmap' && kind !== 'checkin') add('Depends on', joinList(entity.dependsOn));
  const fields = entity.fields as Record<string, string> | undefined;
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (isLineSafe(key) && !key.includes(': ') && !key.endsWith(':') && !RESERVED.has(key.toLowerCase())) {
      add(key, value);
    }
  }
  return lines;
}

/** Reads field lines back into entity keys; unknown labels become `fields`. */
export function readFieldLines(kind: EntityKind, lines: readonly FieldLine[]): Own {
  const own: Own = {};
  const custom: [string, string][] = [];
  for (const { label, value } of lines) {
    switch (kind === 'roadmap' || kind === 'checkin' ? `${kind}:${label}` : label) {
      case 'roadmap:Version':
        own.version = value;
        break;
      case 'roadmap:Last modified':
        own.updated = value;
        break;
      case 'roadmap:Period':
        own.period = periodOf(value);
        break;
      case 'checkin:Date':
        own.date = value;
        break;
      case 'checkin:Scope':
        own.scope = value;
        break;
      case 'checkin:Health': {
        const health = value.replace(' ', '_');
        if ((HealthValues as readonly string[]).includes(health)) own.health = health as Health;
        else custom.push([label, value]);
        break;
      }
      case 'Kind':
        if ((SectionKindValues as readonly string[]).includes(value)) own.kind = value as SectionKind;
        else custom.push([label, value]);
        break;
      case 'Status': {
        const match = normaliseStatus(value);
        if (match) own.status = match.status;
        own.statusText = value;
        break;
      }
      case 'Lead':
        own.leads = splitList(value);
        break;
      case 'Tags':
        own.tags = splitList(value);
        break;
      case 'Labels':
        own.labels = splitList(value);
        break;
      case 'Effort':
        own.effort = parseEffort(value) ?? { text: value };
        break;
      case 'Target':
        own.target = periodOf(value);
        break;
      case 'Priority': {
        const match = normalisePriority(value);
        if (match) own.priority = match.priority;
        own.priorityText = value;
        break;
      }
      case 'Depends on':
        own.dependsOn = splitList(value);
        break;
      default:
        custom.push([label, value]);
    }
  }
  if (custom.length > 0) own.fields = Object.fromEntries(custom);
  return own;
}
