// `Key: value` lines after markup is stripped (`Lead: ardumont`, `Team Manager: Nuria Ruiz`,
// `Estimated Time To Testability: 2 days`), and what each key stands for in the interchange model.

export const FIELD_ROLES = [
  'leads',
  'tags',
  'refs',
  'effort',
  'priority',
  'status',
  'target',
  'dependsOn',
  'kpis',
  'risks',
  'work',
  'summary',
  'version',
  'updated',
  'other',
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

export interface FieldLineOptions {
  /** Accept keys of no known role (`Repositories:`, `Zulip channel:`); true by default. */
  unknownKeys?: boolean;
}

export interface FieldLine {
  /** The key as written, trimmed. */
  key: string;
  /** The value as written, trimmed; empty when the line only announces what follows (`KPIs:`). */
  value: string;
}

const phrases = (...lines: string[]) => lines.flatMap((line) => line.split('|'));

// Keys are matched after normalisation: lower case, `(s)` dropped, punctuation read as spaces,
// and, failing an exact match, every word made singular (`Dependencies on` → `dependency on`).
const ROLE_KEYS: Record<Exclude<FieldRole, 'other'>, string[]> = {
  leads: phrases(
    'lead|owner|point of contact|poc|champion|team manager|manager|director|author|assignee',
    'responsible|responsible person|contact|driver|shepherd|maintainer|owner or team|who',
  ),
  tags: phrases('tag|label|keyword|category|topic'),
  refs: phrases(
    'task|ticket|issue|tracking issue|tracking bug|tracking ticket|tracking task|bug|phabricator',
    'phabricator task|jira|jira issue|issue id|issue id jira|milestone link|gitlab milestone|github issue',
    'pull request|pr|epic|tracker|issue link|ticket link',
  ),
  effort: phrases(
    'effort|estimate|estimation|estimated effort|effort estimation|effort estimate|size|cost',
    'story point|point|person month|duration|time estimate',
  ),
  priority: phrases('priority|prio|importance|severity|moscow|urgency'),
  status: phrases('status|state|current status|implementation status'),
  target: phrases(
    'target|target date|target release|target version|target milestone|target quarter|due|due date',
    'deadline|eta|release|milestone|completion date|completion date criteria|expected|expected release',
    'expected date|expected publication year|when|timeline|target timeline|timeframe|time frame',
    'release date|fix version|planned for|planned release|quarter|estimated release date|delivery date',
    'scheduled|scheduled for',
  ),
  dependsOn: phrases(
    'dependency|dependency on|depend|depend on|dependent on|blocked by|blocked on|require|prerequisite',
    'waiting on|waiting for|wait for',
  ),
  kpis: phrases('kpi|metric|success metric|key performance indicator|success criteria|measure of success'),
  risks: phrases('risk|risk and mitigation|known risk|risk assessment|mitigation'),
  work: phrases(
    'include work|work breakdown|work item|task list|task breakdown|deliverable|checklist|subtask',
    'sub task|work package|include',
  ),
  summary: phrases(
    'description|summary|goal|objective|motivation|what and why|abstract|overview|purpose|rationale',
    'short description|why',
  ),
  version: phrases('version|document version|revision|current version'),
  updated: phrases(
    'last modified|last updated|updated|last update|modified|last changed|last edited|last revised',
  ),
};

const ROLE_BY_KEY = new Map<string, FieldRole>();
for (const [role, keys] of Object.entries(ROLE_KEYS) as [FieldRole, string[]][]) {
  for (const key of keys) ROLE_BY_KEY.set(key, role);
}

// A key that ends in one of these words names people whatever precedes it: `[types] champion`,
// `Release manager`, `Project lead`.
const PEOPLE_WORDS = new Set([
  'lead',
  'owner',
  'champion',
  'manager',
  'director',
  'author',
  'maintainer',
  'assignee',
  'shepherd',
]);

const singular = (word: string): string => {
  if (word.length <= 3 || /(?:ss|us)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
};

function normaliseKey(key: string): string {
  return key
    .slice(0, 200)
    .toLowerCase()
    .replace(/\(s\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The role of a field key as written, case, spacing, punctuation and plural insensitive. */
export function classifyFieldKey(key: string): FieldRole {
  const norm = normaliseKey(key);
  if (norm === '') return 'other';
  const exact = ROLE_BY_KEY.get(norm);
  if (exact) return exact;
  const words = norm.split(' ').map(singular);
  const single = words.join(' ');
  const found = ROLE_BY_KEY.get(single);
  if (found) return found;
  if (single.startsWith('dependenc') || single.startsWith('depend on')) return 'dependsOn';
  if (single.startsWith('estimated time') || single.startsWith('time to')) return 'effort';
  if (/^estimated (?:release|date|completion|delivery)/.test(single)) return 'target';
  // SWH 2022 writes `Includesd work` once.
  if (words.length === 2 && words[0]?.startsWith('include') && words[1] === 'work') return 'work';
  const last = words.at(-1) ?? '';
  if (PEOPLE_WORDS.has(last)) return 'leads';
  if (last === 'status') return 'status';
  if (last === 'priority') return 'priority';
  return 'other';
}

const MAX_KEY_CHARS = 60;
const KEY_SHAPE = /^\p{L}[\p{L}\p{N} ()/&'’+_-]*$/u;
const URL_SCHEMES = new Set([
  'http',
  'https',
  'ftp',
  'mailto',
  'file',
  'urn',
  'irc',
  'git',
  'ssh',
  'svn',
  'data',
]);
// Words that make a would-be key read as a sentence (`Note that this means:`), for unknown keys.
const PROSE_WORDS = new Set(
  (
    'that this these those is are was were be been being will would should could can may might must ' +
    'shall we i you they he she it its our us there here which who because if then than do does did ' +
    'have has had not also so but means following below above since however although though like as ' +
    "into just example eg ie etc isn't aren't don't doesn't can't won't"
  ).split(' '),
);
// A label does not end in a preposition or conjunction; a wrapped sentence often does (`In order to:`).
const DANGLING = new Set('to of on in for with by from at the a an and or'.split(' '));

/**
 * Splits a `Key: value` line, or returns undefined when the text before the first colon does not
 * look like a label: it must start with a letter, hold no sentence punctuation, be at most five
 * words (eight for a key of a known role), not be a URL scheme, and, for keys of no known role,
 * contain no words that make it read as prose. The colon must be followed by a space or end the
 * text (`https://…`, `10:30`, `Engine::` are not fields), except after a known key (`Status:done`).
 * Title-case prose before a colon (`Bot Detection Code Prototype: …`) passes as an unknown key:
 * callers that cannot tell from context pass `{ unknownKeys: false }`.
 */
export function splitFieldLine(text: string, options: FieldLineOptions = {}): FieldLine | undefined {
  const colon = text.slice(0, MAX_KEY_CHARS + 8).indexOf(':');
  if (colon <= 0) return undefined;
  const key = text.slice(0, colon).trim();
  const after = text.slice(colon + 1);
  if (key.length < 2 || key.length > MAX_KEY_CHARS || after.startsWith(':') || !KEY_SHAPE.test(key)) {
    return undefined;
  }
  if (!balanced(key) || URL_SCHEMES.has(key.toLowerCase())) return undefined;
  const role = classifyFieldKey(key);
  if (role === 'other' && options.unknownKeys === false) return undefined;
  const words = key.split(/\s+/);
  if (words.length > (role === 'other' ? 5 : 8)) return undefined;
  if (role === 'other') {
    if (words.some((word) => PROSE_WORDS.has(word.toLowerCase()))) return undefined;
    if (DANGLING.has(words.at(-1)?.toLowerCase() ?? '')) return undefined;
  }
  if (after !== '' && !/^\s/.test(after) && (role === 'other' || after.startsWith('/'))) return undefined;
  return { key, value: after.trim() };
}

function balanced(key: string): boolean {
  let depth = 0;
  for (const c of key) {
    if (c === '(') depth += 1;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
