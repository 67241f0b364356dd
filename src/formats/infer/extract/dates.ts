// Calendar dates as roadmap documents write them (`Jun 1st, 2026`, `Sept 28th, 2023`, `7th Mar 2022`,
// `28/10/2019`, `2019-10-28`, `October 2019`, `2017-07`), and dated status headings built on them
// (`October 28, 2019 status:`, `Status update 2024-05-03`, `Status as of 28 October 2019`,
// `Update (Nov 2019)`). A date that names only a month means the first of that month; a year
// alone is a period, not a date, and gives nothing.

export interface DatedText {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** What follows the date (and the status keyword of a heading), trimmed; may be empty. */
  rest: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
const DASH = '[-‐‑‒–]';
const WEEKDAY = String.raw`(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?`;

// Each form is tried at the start of the text; groups: y, m (number) or mon (name), d.
const DAY_FIRST = 1;
const FORMS = [
  String.raw`(?<y>\d{4})(?<s>${DASH}|/|\.)(?<m>\d{1,2})\k<s>(?<d>\d{1,2})`,
  String.raw`(?<d>\d{1,2})(?<s>/|\.|${DASH})(?<m>\d{1,2})\k<s>(?<y>\d{4})`,
  String.raw`(?<mon>${MONTH})\s+(?<d>${DAY}),?\s+(?<y>\d{4})`,
  String.raw`(?<d>${DAY})\s+(?:of\s+)?(?<mon>${MONTH}),?\s+(?<y>\d{4})`,
  String.raw`(?<mon>${MONTH}),?\s+(?<y>\d{4})`,
  String.raw`(?<y>\d{4})${DASH}(?<m>0[1-9]|1[0-2])`,
].map((form) => new RegExp(String.raw`^${WEEKDAY}(?:${form})(?![\p{L}\p{N}])`, 'iu'));

interface DateMatch {
  date: string;
  end: number;
}

/** The date at the very start of `text`, if any. */
function dateAtStart(text: string): DateMatch | undefined {
  const head = text.slice(0, 48);
  for (const [index, form] of FORMS.entries()) {
    const m = form.exec(head);
    const g = m?.groups;
    if (!m || !g || g.y === undefined) continue;
    let month = g.mon !== undefined ? MONTHS[g.mon.slice(0, 3).toLowerCase()] : Number(g.m);
    let day = g.d === undefined ? 1 : Number.parseInt(g.d, 10);
    // Numeric day/month is read day first (28/10/2019), month first only when nothing else fits (10/28/2019).
    if (index === DAY_FIRST && (month ?? 0) > 12 && day <= 12) {
      [month, day] = [day, month ?? 0];
    }
    const date = iso(Number(g.y), month ?? 0, day);
    if (date) return { date, end: m[0].length };
  }
  return undefined;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MARKUP = new Set([...'*_~`\'"“”‘’']);

function stripMarkup(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (MARKUP.has(text.charAt(start)) || /\s/.test(text.charAt(start)))) start += 1;
  while (end > start && (MARKUP.has(text.charAt(end - 1)) || /\s/.test(text.charAt(end - 1)))) end -= 1;
  return text.slice(start, end);
}

/** A text that is a date and nothing else (surrounding emphasis and a final `.` allowed), as ISO. */
export function parseLooseDate(text: string): string | undefined {
  if (text.length > 200) return undefined;
  const s = stripMarkup(text);
  const whole = (candidate: string) => {
    const m = dateAtStart(candidate);
    return m && m.end === candidate.length ? m.date : undefined;
  };
  return whole(s) ?? (s.endsWith('.') ? whole(stripMarkup(s.slice(0, -1))) : undefined);
}

const KEYWORD = String.raw`(?:status\s+updates?|status\s+reports?|status|progress\s+updates?|progress\s+reports?|progress|updates?|check-?ins?)`;
const KEYWORD_AFTER_DATE = new RegExp(String.raw`^\s*[-–—:,]?\s*${KEYWORD}(?![\p{L}\p{N}])\s*[:\-–—]?`, 'iu');
const KEYWORD_FIRST = new RegExp(
  String.raw`^${KEYWORD}(?![\p{L}\p{N}])\s*[:,\-–—]?\s*(?:(?:as\s+(?:of|at)|on|for|of|at|from|dated)\s+)?(?<paren>\(?)`,
  'iu',
);

/**
 * A dated status heading: the date, and what follows the heading on the same line. Either the
 * date comes first and a status keyword follows (`October 28, 2019 status:`), or a keyword comes
 * first and the date follows, optionally after `as of`/`on`/`for` or in parentheses
 * (`Status as of 28 October 2019`, `Update (Nov 2019)`). `Status: In Development` is not dated.
 */
export function parseDatedHeading(text: string): DatedText | undefined {
  const s = stripMarkup(text);
  const first = dateAtStart(s);
  if (first) {
    const after = s.slice(first.end);
    const kw = KEYWORD_AFTER_DATE.exec(after.slice(0, 64));
    return kw ? { date: first.date, rest: after.slice(kw[0].length).trim() } : undefined;
  }
  const kw = KEYWORD_FIRST.exec(s.slice(0, 96));
  if (!kw) return undefined;
  let at = kw[0].length;
  const dated = dateAtStart(s.slice(at));
  if (!dated) return undefined;
  at += dated.end;
  if (kw.groups?.paren === '(') {
    if (s.charAt(at) !== ')') return undefined;
    at += 1;
  }
  return { date: dated.date, rest: trimLeading(s.slice(at)) };
}

/**
 * A dated entry of a progress log or history: a date first, then a separator and the note
 * (`*20/02/2017*: Manual is complete`, `2017-07: Idea proposed on python-ideas`).
 */
export function parseDatedEntry(text: string): DatedText | undefined {
  let s = text.trimStart();
  let start = 0;
  while (start < s.length && MARKUP.has(s.charAt(start))) start += 1;
  s = s.slice(start);
  const m = dateAtStart(s);
  if (!m) return undefined;
  let at = m.end;
  while (at < s.length && MARKUP.has(s.charAt(at))) at += 1;
  const sep = /^\s*(?::|[-–—](?=\s))/.exec(s.slice(at, at + 8));
  if (!sep && s.slice(at).trim() !== '') return undefined;
  return { date: m.date, rest: s.slice(at + (sep?.[0].length ?? 0)).trim() };
}

function trimLeading(rest: string): string {
  return rest.replace(/^\s*[:\-–—]?/, '').trim();
}
