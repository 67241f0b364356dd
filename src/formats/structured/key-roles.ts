// What a key of a generic roadmap file stands for, from the names such files commonly use, and the
// user's own `--map key=field,…` for the rest. Keys compare without case, spaces, "-" and "_",
// so `due_date`, `due-date` and `dueDate` are one key.
import { ValidationError } from '../../domain/errors.ts';

export const ROLES = [
  'id',
  'title',
  'status',
  'summary',
  'leads',
  'target',
  'date',
  'tags',
  'labels',
  'refs',
  'priority',
  'effort',
  'dependsOn',
  'items',
  'updated',
  'fields',
] as const;
export type Role = (typeof ROLES)[number];

/** Source keys (normalised) to roles, from `--map`. */
export type KeyMap = ReadonlyMap<string, Role>;

const ALIASES: Record<Exclude<Role, 'fields'>, string> = {
  id: 'id|key|slug|identifier',
  title: 'title|name|label|heading|subject|headline',
  status: 'status|state|progress|done|completed|complete|finished|closed',
  summary:
    'summary|description|desc|details|detail|body|text|notes|note|subtitle|about|abstract|overview|content|comment|comments',
  leads:
    'leads|lead|owner|owners|assignee|assignees|assigned|assignedto|author|authors|champion|champions|responsible|poc|pointofcontact|contact|maintainer|maintainers|driver|dri|people',
  target:
    'target|targetdate|due|duedate|deadline|eta|quarter|milestone|release|version|when|enddate|end|period|timeframe',
  date: 'date|releasedate|releasedon',
  tags: 'tags|tag|topics|topic|keywords|categories|category',
  labels: 'labels|flags|kind|type',
  refs: 'refs|ref|references|url|link|links|href|issue|issues|ticket|tickets|tracking|trackingissue|pr|prs|seealso|epic',
  priority: 'priority|prio|importance|severity',
  effort: 'effort|estimate|estimation|size|points|storypoints|cost',
  dependsOn: 'dependson|depends|dependencies|deps|requires|blockedby|needs|prerequisites',
  items:
    'items|tasks|goals|features|children|subtasks|subitems|work|steps|epics|stories|deliverables|objectives|keyresults|initiatives|projects|entries|todos|milestones|roadmap',
  updated: 'updated|lastupdated|lastmodified|modified|updatedat',
};

const BY_KEY = new Map<string, Role>();
for (const [role, keys] of Object.entries(ALIASES) as [Role, string][]) {
  for (const key of keys.split('|')) BY_KEY.set(key, role);
}

/** Status keys that say done or not with a boolean (`done: true`); any other value is a plain field. */
export const BOOLEAN_STATUS_KEYS = new Set(['done', 'completed', 'complete', 'finished', 'closed']);

export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The role of a key: the user's map first, then the common names; undefined for other keys. */
export function roleOf(key: string, map: KeyMap | undefined): Role | undefined {
  const normalised = normaliseKey(key);
  return map?.get(normalised) ?? BY_KEY.get(normalised);
}

function badMap(spec: string, problem: string): ValidationError {
  const message = `bad --map "${spec}": ${problem}; write key=field pairs separated by commas, e.g. goal=title,eta=target (fields: ${ROLES.join(', ')})`;
  return new ValidationError(message, [{ pointer: '', message }]);
}

/** Reads `goal=title,eta=target`; a field may be named by a role or any of its common key names. */
export function parseKeyMap(spec: string): KeyMap {
  const map = new Map<string, Role>();
  const pairs = spec.split(',').map((pair) => pair.trim());
  if (pairs.every((pair) => pair === '')) throw badMap(spec, 'it is empty');
  for (const pair of pairs) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq < 0) throw badMap(spec, `"${pair}" has no "="`);
    const key = normaliseKey(pair.slice(0, eq));
    const fieldName = pair.slice(eq + 1).trim();
    if (key === '') throw badMap(spec, `"${pair}" names no key before "="`);
    if (fieldName === '') throw badMap(spec, `"${pair}" names no field after "="`);
    const role = (ROLES as readonly string[]).includes(fieldName)
      ? (fieldName as Role)
      : BY_KEY.get(normaliseKey(fieldName));
    if (!role) throw badMap(spec, `"${fieldName}" is not a field`);
    const earlier = map.get(key);
    if (earlier && earlier !== role) throw badMap(spec, `"${pair.slice(0, eq).trim()}" is mapped twice`);
    map.set(key, role);
  }
  return map;
}
