// Maps the words, symbols, templates and checkboxes roadmap documents use for status onto `Status`.
// Importers call this on arbitrary fragments (cells, bold markers, headings), so a match must be a
// whole status phrase, optionally followed by a separator or a connector ("Blocked (on X)",
// "Done in 2.1", "Status: done, shipped") — never the first word of prose ("Done is better…").
import type { Status } from '../interchange/schema.ts';

export interface StatusMatch {
  status: Status;
  statusText: string;
}

const phrases = (...groups: string[]): string[] => groups.flatMap((group) => group.split('|'));

// Phrases are lower-case tokens joined by single spaces (see `tokenise`).
const PHRASES: Record<Status, readonly string[]> = {
  done: phrases(
    'done|complete|completed|finished|released|implemented|shipped|landed|merged|resolved',
    'fixed|delivered|deployed|achieved|published|all done|fully done|✅|✔|✓|☑|☒|🟢|🟩',
  ),
  in_progress: phrases(
    'in progress|doing|wip|work in progress|working|in development|under development',
    'ongoing|on going|assigned|started|active|in review|under review|implementing',
    'underway|under way|being worked on|in flight|🚧|⏳|⌛|🔄|🏗|🟡|🟨',
  ),
  // "Accepted" is a Rust project goal (or a PEP) accepted for the period: committed work that the
  // status does not say has started, so it is todo, not in_progress; KEP "implementable" likewise.
  todo: phrases(
    'to do|todo|planning|planned|pending|upcoming|not started|not yet started',
    'not yet done|not yet implemented|next|backlog|accepted|implementable|scheduled|open',
    'ready|☐|⬜|⚪|🔲|🔜',
  ),
  postponed: phrases(
    'postponed|deferred|pushed to future roadmap|pushed back|deprioritized|deprioritised',
    'punted|rescheduled|on ice|later',
  ),
  partial: phrases(
    'partial|partially|partially done|partly done|partially complete|partially completed',
    'partially implemented|incomplete|half done|◐',
  ),
  // A pause symbol reads as "on hold", which the documents use for blocked work; red traffic lights
  // likewise mean "stopped". (Health is a separate field, so 🟢/🟡/🔴 are read as progress.)
  blocked: phrases('blocked|on hold|stalled|stuck|waiting|paused|hold|suspended|⏸|⛔|🛑|🔴|🟥'),
  proposed: phrases(
    'under discussion|in discussion|discussion|proposed|proposal|provisional|draft',
    'research|idea|wishlist|wish list|under consideration|considering|exploring',
    'exploration|investigating|tentative|rfc|pre rfc|maybe|💡',
  ),
  cancelled: phrases(
    "rejected|withdrawn|dropped|cancelled|canceled|won't do|wont do|won't fix|wontfix",
    'will not do|not done|not planned|abandoned|obsolete|superseded|replaced|declined|❌|✖',
    '✗|✘|🚫',
  ),
  unknown: phrases('unknown|?|tbd|n / a|unclear|❓|❔'),
};

// Words that may be followed by a connector ("Planning for…", "Idea for…", "Working on…") are too
// often the start of a title to be claimed that way.
const NO_CONNECTOR = new Set(['open', 'next', 'working', 'planning', 'ready', 'doing', 'hold', 'later']);
const NO_CONNECTOR_STATUS: ReadonlySet<Status> = new Set(['proposed', 'unknown']);
const CONNECTORS = new Set(
  'in on by since to until till for at as with after before via from per into during upstream'.split(' '),
);
// Icons rendered in front of a label ("Yes Done", "N Postponed" from MediaWiki templates), and
// hedges that leave the status standing ("possibly pushed to future roadmap").
const LEAD_WORDS = new Set(['yes', 'y', 'n', 'no', 'ok', 'possibly', 'probably', 'likely']);
const CLOSERS = new Set([...')]}"\'”’»']);
const OPENERS = new Set([...'([{"\'“‘«•·-–—*#>|:=~']);
const STATUS_KEYS = new Set(['status', 'state', 'stage', 'progress']);
const MORE = '\u0000';
const MAX_PHRASE_WORDS = 4;
const MAX_TOKENS = 32;
const MAX_CHARS = 400;

const PHRASE_MAP = new Map<string, Status>();
for (const [status, list] of Object.entries(PHRASES) as [Status, readonly string[]][]) {
  for (const phrase of list) PHRASE_MAP.set(phrase, status);
}

// MediaWiki template names ({{done}}, {{notdone|…}}) compared with spaces, "-" and "_" removed.
const TEMPLATE_NAMES: Partial<Record<Status, string>> = {
  done: 'done|yes|y|tick|check|checked|✓|✔|complete|fixed|resolved',
  cancelled: 'notdone|no|n|x|cross|✗|✘|declined|wontfix|rejected|withdrawn',
  in_progress: 'inprogress|doing|wip|ongoing|progress',
  partial: 'partial|partly|partiallydone|incomplete|half',
  todo: 'todo|pending|planned',
  blocked: 'stalled|onhold|hold|blocked|stuck',
  postponed: 'postponed|deferred|later',
  unknown: 'unknown|question|?|unclear',
  proposed: 'proposed|maybe|idea|discussion',
};
const TEMPLATES = new Map<string, Status>();
for (const [status, names] of Object.entries(TEMPLATE_NAMES) as [Status, string][]) {
  for (const name of names.split('|')) TEMPLATES.set(name, status);
}

const SHORTCODES: Record<string, string> = {
  white_check_mark: '✅',
  heavy_check_mark: '✔',
  ballot_box_with_check: '☑',
  construction: '🚧',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  x: '❌',
  no_entry: '⛔',
  no_entry_sign: '🚫',
  question: '❓',
  grey_question: '❔',
  bulb: '💡',
  pause_button: '⏸',
  red_circle: '🔴',
  green_circle: '🟢',
  yellow_circle: '🟡',
};

interface Head {
  status: Status;
  length: number;
  connectors: boolean;
}

export function normaliseStatus(text: string): StatusMatch | undefined {
  const statusText = text.trim();
  if (statusText === '') return undefined;
  // Only the head of the text can hold a status; the marker keeps a cut text from looking whole.
  const head = statusText.length > MAX_CHARS ? `${statusText.slice(0, MAX_CHARS)} ${MORE}` : statusText;
  const status = classify(head);
  return status === undefined ? undefined : { status, statusText };
}

function classify(raw: string): Status | undefined {
  let s = raw
    .toLowerCase()
    .replace(/[\uFE0E\uFE0F\u200D]/g, '')
    .replace(/\u00A0/g, ' ');
  s = s.replace(/[’‘]/g, "'").trim();
  const template = /^\{\{([^{}|]*)(?:\|([^{}]*))?\}\}$/.exec(s);
  if (template) return fromTemplate(template[1] ?? '', template[2]);
  s = s
    .replace(/:([a-z0-9_+-]+):/g, (all, code: string) => SHORTCODES[code] ?? all)
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\[\s*\]/g, ' ☐ ')
    .replace(/\[[x✓✔]\]/g, ' ☑ ')
    .replace(/\[-\]/g, ' ◐ ')
    .replace(/'{2,}|[*_`~]/g, ' ')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
  return classifyTokens(tokenise(s));
}

function fromTemplate(name: string, param: string | undefined): Status | undefined {
  const fromParam = param === undefined ? undefined : classify(param.split('|')[0] ?? '');
  if (fromParam) return fromParam;
  return TEMPLATES.get(name.replace(/[\s_-]/g, '')) ?? whole(tokenise(name.replace(/[_-]/g, ' ')), 0);
}

function tokenise(s: string): string[] {
  const tokens: string[] = [];
  const re = /\s*([\p{L}\p{N}]+(?:'\p{L}+)*|\?+|\S)/uy;
  let m = re.exec(s);
  while (m && tokens.length < MAX_TOKENS) {
    const token = m[1] ?? '';
    tokens.push(token.startsWith('?') ? '?' : token);
    m = re.exec(s);
  }
  if (m) tokens.push(MORE);
  return tokens;
}

function classifyTokens(tokens: string[]): Status | undefined {
  let i = skipOpeners(tokens, 0);
  const key = tokens[i];
  if (key !== undefined && STATUS_KEYS.has(key) && /^[:=|–—-]$/.test(tokens[i + 1] ?? '')) {
    i = skipOpeners(tokens, i + 2);
  }
  const head = matchHead(tokens, i);
  if (!head) return LEAD_WORDS.has(tokens[i] ?? '') ? whole(tokens, i + 1) : undefined;
  // A closing bracket ends a marker ("(done)", "{{done}}"), not the phrase: what follows still counts.
  let j = i + head.length;
  while (CLOSERS.has(tokens[j] ?? '')) j++;
  const next = tokens[j];
  if (next === undefined) return head.status;
  // "Done ?" hedges the status rather than replacing it with "unknown".
  if (next === '?') return head.status;
  // A repeated or second label ("In Progress In progress", "Incomplete Partially done"): the
  // later one is the words a person wrote, the earlier one an icon's alt text.
  const again = whole(tokens, j);
  if (again) return again;
  if (isPunctuation(next)) return head.status;
  if (head.connectors && (CONNECTORS.has(next) || /^v?\d/.test(next))) return head.status;
  return undefined;
}

function whole(tokens: string[], start: number): Status | undefined {
  const head = matchHead(tokens, start);
  if (!head) return undefined;
  let j = start + head.length;
  while (CLOSERS.has(tokens[j] ?? '') || tokens[j] === '.' || tokens[j] === '!') j++;
  return j === tokens.length ? head.status : undefined;
}

function matchHead(tokens: string[], i: number): Head | undefined {
  const percent = matchPercent(tokens, i);
  if (percent) return percent;
  for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n > 0; n--) {
    const phrase = tokens.slice(i, i + n).join(' ');
    const status = PHRASE_MAP.get(phrase);
    if (status) {
      const connectors = !NO_CONNECTOR.has(phrase) && !NO_CONNECTOR_STATUS.has(status);
      return { status, length: n, connectors };
    }
  }
  return undefined;
}

// "100%" is done, "0%" not started, anything between is under way; "12.5 %" tokenises in pieces.
function matchPercent(tokens: string[], i: number): Head | undefined {
  const integer = tokens[i];
  if (integer === undefined || !/^\d{1,3}$/.test(integer)) return undefined;
  let j = i + 1;
  let fraction = '';
  if ((tokens[j] === '.' || tokens[j] === ',') && /^\d+$/.test(tokens[j + 1] ?? '')) {
    fraction = tokens[j + 1] ?? '';
    j += 2;
  }
  if (tokens[j] !== '%') return undefined;
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  if (value > 100) return undefined;
  const status: Status = value === 100 ? 'done' : value === 0 ? 'todo' : 'in_progress';
  return { status, length: j + 1 - i, connectors: true };
}

function skipOpeners(tokens: string[], start: number): number {
  let i = start;
  while (i < tokens.length && OPENERS.has(tokens[i] ?? '')) i++;
  return i;
}

function isPunctuation(token: string): boolean {
  return token !== MORE && token !== '?' && /^[^\p{L}\p{N}]$/u.test(token);
}
