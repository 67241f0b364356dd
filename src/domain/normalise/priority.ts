// Maps the priority words, levels and labels roadmap documents use onto `Priority`. Like status,
// only a whole priority phrase counts, optionally followed by "priority" or by a separator and a
// remark ("n/a (one 2-day sprint every 2 months)"): "High availability for X" is not a priority.
import type { Priority } from '../interchange/schema.ts';

export interface PriorityMatch {
  priority: Priority;
  priorityText: string;
}

const phrases = (...groups: string[]): string[] => groups.flatMap((group) => group.split('|'));

// Phrases are lower-case tokens joined by single spaces; "-" between letters reads as a space.
const PHRASES: Record<Priority, readonly string[]> = {
  // P0 is "drop everything" in every scheme that has one (etcd, Google, Jira's Highest).
  critical: phrases(
    'critical|urgent|blocker|highest|showstopper|show stopper|p0|critical urgent',
    'very high',
  ),
  // MoSCoW "must" is required scope, not an emergency: high. Kubernetes' important-soon likewise.
  high: phrases('high|important|major|top|must|must have|p1|important soon|1'),
  medium: phrases(
    'medium|normal|moderate|mid|should|should have|average|p2|important longterm',
    'important long term|2',
  ),
  // Rakudo numbers its priorities 1 (fairly pressing) to 3 (wanted, not key): 1 high … 3 low.
  low: phrases(
    'low|minor|trivial|lowest|very low|nice to have|could|could have|optional|p3|p4|p5',
    'backlog|awaiting more evidence|3',
  ),
  none: phrases("none|n / a|no priority|won't have|wont have|unprioritized|unprioritised"),
};

const RANK: Record<Priority, number> = { critical: 4, high: 3, medium: 2, low: 1, none: 0 };
const PREFIXES = new Set(['priority', 'prio', 'pri']);
const OPENERS = new Set([...'([{"\'“‘«•·-–—*#>|:=~']);
const MAX_PHRASE_WORDS = 4;
const MAX_TOKENS = 24;
const MAX_CHARS = 300;
const MORE = '\u0000';

const PHRASE_MAP = new Map<string, Priority>();
for (const [priority, list] of Object.entries(PHRASES) as [Priority, readonly string[]][]) {
  for (const phrase of list) PHRASE_MAP.set(phrase, priority);
}

export function normalisePriority(text: string): PriorityMatch | undefined {
  const priorityText = text.trim();
  if (priorityText === '') return undefined;
  const head = priorityText.length > MAX_CHARS ? `${priorityText.slice(0, MAX_CHARS)} ${MORE}` : priorityText;
  const s = head
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/<[^<>]*>/g, ' ')
    .replace(/'{2,}|[*_`~]/g, ' ')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
  const priority = classify(tokenise(s));
  return priority === undefined ? undefined : { priority, priorityText };
}

function classify(tokens: string[]): Priority | undefined {
  let i = skipOpeners(tokens, 0);
  // "Priority: High", "priority/backlog" (Kubernetes label), "Priority 1", "prio-high".
  if (PREFIXES.has(tokens[i] ?? '')) {
    i += /^[:=/|–—-]$/.test(tokens[i + 1] ?? '') ? 2 : 1;
    i = skipOpeners(tokens, i);
  }
  const first = matchHead(tokens, i);
  if (!first) return undefined;
  let j = i + first.length;
  if (tokens[j] === 'priority') j++;
  const next = tokens[j];
  if (next === undefined) return first.priority;
  // "Medium-High", "high / critical": a document hedging between two levels; plan for the higher.
  const second = whole(tokens, j + (/^[/|]$/.test(next) || next === 'to' ? 1 : 0));
  if (second) return RANK[second] > RANK[first.priority] ? second : first.priority;
  return next !== MORE && /^[^\p{L}\p{N}?]$/u.test(next) ? first.priority : undefined;
}

function whole(tokens: string[], start: number): Priority | undefined {
  const head = matchHead(tokens, start);
  if (!head) return undefined;
  let j = start + head.length;
  if (tokens[j] === 'priority') j++;
  while (j < tokens.length && /^[)\]}"'”’».!]$/.test(tokens[j] ?? '')) j++;
  return j === tokens.length ? head.priority : undefined;
}

function matchHead(tokens: string[], i: number): { priority: Priority; length: number } | undefined {
  for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n > 0; n--) {
    const priority = PHRASE_MAP.get(tokens.slice(i, i + n).join(' '));
    if (priority) return { priority, length: n };
  }
  return undefined;
}

function tokenise(s: string): string[] {
  const tokens: string[] = [];
  const re = /\s*([\p{L}\p{N}]+(?:'\p{L}+)*|\S)/uy;
  let m = re.exec(s);
  while (m && tokens.length < MAX_TOKENS) {
    tokens.push(m[1] ?? '');
    m = re.exec(s);
  }
  if (m) tokens.push(MORE);
  return tokens;
}

function skipOpeners(tokens: string[], start: number): number {
  let i = start;
  while (i < tokens.length && OPENERS.has(tokens[i] ?? '')) i++;
  return i;
}
