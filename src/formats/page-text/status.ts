// Status templates as a browser renders them to text: an icon's alt text and a label
// (`Yes Done`, `N Postponed`, `In progress In progress`, `Incomplete Partially done`), or a bare
// label set off by a dash (`To do - …`, `… - Blocked`), at the start or the end of a line.

import { stripChars } from '../outline/source-text.ts';
import type { StatusMark } from '../outline/types.ts';

const LABELS = [
  'Done',
  'Not done',
  'Postponed',
  'Blocked',
  'In progress',
  'To do',
  'Partially done',
  'Declined',
  'Deferred',
  'Pending',
  'Cancelled',
  'Canceled',
  'On hold',
  'Stalled',
  "Won't fix",
  'Completed',
  'Complete',
  'Started',
  'Doing',
  'Ongoing',
  'Not started',
  'Rejected',
  'Dropped',
  'Withdrawn',
  'Resolved',
  'Fixed',
  'Planned',
];

const ALTS = ['Yes', 'Y', 'N', 'No', 'Incomplete', 'Partial', 'Question', 'Maybe', 'Stop', ...LABELS];
const SYMBOLS = ['✓', '✔', '✔️', '✅', '✗', '✘', '❌', '⌛', '⏳', '☑', '☐'];

/** `In progress` → `In [pP]rogress`: the first letter as written, later words in either case. */
function phrase(words: string): string {
  return words
    .split(' ')
    .map((word, index) => {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (index === 0) return escaped;
      const first = escaped[0] ?? '';
      return `[${first.toLowerCase()}${first.toUpperCase()}]${escaped.slice(1)}`;
    })
    .join(' ');
}

const byLength = (a: string, b: string) => b.length - a.length;
const LABEL = `(?:${[...LABELS].sort(byLength).map(phrase).join('|')})`;
const ALT = `(?:${[...ALTS].sort(byLength).map(phrase).join('|')}|${SYMBOLS.join('|')})`;
const ICON = `${ALT}[ \\u00a0]+${LABEL}`;
/** Icon forms, possibly two joined by `or` (`N Postponed-or-N Blocked`). */
const ICONS = `${ICON}(?:\\s*(?:-or-|/|\\bor\\b)\\s*${ICON})?`;
const DASH = '\\s*[-–—:]\\s*';
/** Ending forms take no colon: `Status: Pending` is a field, not a status mark. */
const END_DASH = '\\s*[-–—]\\s*';

/** A quick test that rules out most lines before the anchored patterns run. */
const ANY = new RegExp(`${LABEL}|${SYMBOLS.join('|')}`, 'u');
const WHOLE = new RegExp(`^(?:${ICONS}|${LABEL}|${SYMBOLS.join('|')})$`, 'u');
const START_ICON = new RegExp(`^(${ICONS})(?:${DASH}|\\s+)(?=\\S)`, 'u');
const START_LABEL = new RegExp(`^(${LABEL})${DASH}(?=\\S)`, 'u');
const END_ICON = new RegExp(
  `(?:^|${END_DASH}|\\s+)(${ICONS})(\\s*\\((?:[^()]|\\([^()]{0,300}\\)){0,900}\\))?\\.?$`,
  'u',
);
const END_LABEL = new RegExp(
  `${END_DASH}(${LABEL})(\\s*\\((?:[^()]|\\([^()]{0,300}\\)){0,900}\\))?\\.?$`,
  'u',
);

/** Only this much of a line's start and end is searched, which keeps long lines cheap. */
const WINDOW = 1000;

export interface Extracted {
  text: string;
  mark?: StatusMark;
}

function tidy(text: string): string {
  return stripChars(text, ' \t\u00a0-–—:,;');
}

/** Finds a rendered status at the start or end of a line and takes its words out of the text. */
export function extractStatus(line: string): Extracted {
  const text = line.trim();
  if (!ANY.test(text)) return { text };
  if (text.length <= WINDOW && WHOLE.test(text)) return { text: '', mark: { source: 'rendered', text } };
  const head = text.slice(0, WINDOW);
  const start = START_ICON.exec(head) ?? START_LABEL.exec(head);
  if (start?.[1]) {
    return { text: tidy(text.slice(start[0].length)), mark: { source: 'rendered', text: start[1] } };
  }
  const offset = Math.max(0, text.length - WINDOW);
  const tail = text.slice(offset);
  const end = END_ICON.exec(tail) ?? END_LABEL.exec(tail);
  if (end?.[1] && !(offset > 0 && end.index === 0 && !/^[\s\-–—:]/.test(end[0]))) {
    const before = text.slice(0, offset + end.index);
    if (before.trimEnd().endsWith(':') || before.trim() === '') return { text };
    const note = end[2] ? ` ${end[2].trim()}` : '';
    return { text: tidy(before) + note, mark: { source: 'rendered', text: end[1] } };
  }
  return { text };
}
