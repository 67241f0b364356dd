// Resolves the time labels roadmaps use ("2022", "Q2 FY19/20", "2025h1", "end of Q2", "June 2026",
// "2nd week of September 2026") to ISO start and end dates where the text allows, keeping the label
// as written. Anything else that names a target (a release "v2.0", "Zed", "2023.1") is a label only.
import type { Period } from '../interchange/schema.ts';

export interface PeriodOptions {
  /** Month (1-12) the organisation's fiscal year starts in; 1 (the default) makes FY = calendar year. */
  fiscalYearStartMonth?: number;
  /** Year for labels that leave it out ("Q3", "end of Q2", "June 12"). */
  referenceYear?: number;
}

type Ymd = readonly [year: number, month: number, day: number];
interface Span {
  start: Ymd;
  end: Ymd;
}
interface Context {
  fiscalStart: number;
  year: number | undefined;
}
type Rule = readonly [RegExp, (m: RegExpExecArray, ctx: Context) => Span | undefined];

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december'.split(
  '|',
);
const ORDINALS: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', fifth: '5' };
const WEEKDAYS =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const DROPPED = new Set([',', '.', '(', ')', '[', ']', '"', 'of', 'the', 'in', 'during', 'around', '~']);
const ENDING = new Set(['by', 'until', 'till', 'due', 'end', 'ending']);
const STARTING = new Set(['from', 'starting', 'start', 'beginning', 'begin', 'since']);
const SPLITS = new Set(['-', 'to', 'through', 'thru', 'until', 'till']);
const PLACEHOLDER = /^(?:[?\s.*_/—–-]*|tbd|tbc|tba|n\/a|unknown|none|never)$/i;
const RELEASE = /^v?\d+(?:\.\d+)+/i;
const MAX_TOKENS = 12;

export function parsePeriod(text: string, options: PeriodOptions = {}): Period | undefined {
  const label = text.trim();
  const fiscalStart = options.fiscalYearStartMonth ?? 1;
  if (!Number.isInteger(fiscalStart) || fiscalStart < 1 || fiscalStart > 12) {
    throw new RangeError(`fiscalYearStartMonth must be 1-12, got ${fiscalStart}`);
  }
  // "Final: ??" names a milestone whose date is unknown: nothing to say.
  const value = label.replace(/^[\p{L}][\p{L} ]{0,40}:\s*/u, '');
  if (label === '' || PLACEHOLDER.test(value)) return undefined;
  if (RELEASE.test(value) || value.length > 200) return { label };
  const tokens = canonical(value);
  let mode: 'both' | 'start' | 'end' = 'both';
  while (tokens.length > 0 && (ENDING.has(tokens[0] ?? '') || STARTING.has(tokens[0] ?? ''))) {
    mode = ENDING.has(tokens.shift() ?? '') ? 'end' : 'start';
  }
  const span =
    tokens.length <= MAX_TOKENS ? range(tokens, { fiscalStart, year: options.referenceYear }) : undefined;
  if (!span) return { label };
  return {
    label,
    ...(mode !== 'end' ? { start: iso(span.start) } : {}),
    ...(mode !== 'start' ? { end: iso(span.end) } : {}),
  };
}

// Lower-case tokens with noise removed: months become M1…M12, ordinals digits ("1st", "first" → 1).
function canonical(value: string): string[] {
  const s = value
    .toLowerCase()
    .replace(/[*_`]/g, ' ')
    .replace(/[–—]/g, '-')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
  const tokens: string[] = [];
  const re = /\s*(\d+|\p{L}+|\S)/uy;
  for (let m = re.exec(s); m && tokens.length <= MAX_TOKENS * 2; m = re.exec(s)) {
    const token = m[1] ?? '';
    if (/^(st|nd|rd|th)$/.test(token) && /^\d/.test(tokens.at(-1) ?? '')) continue;
    if (DROPPED.has(token) || WEEKDAYS.test(token)) continue;
    const month = monthIndex(token);
    tokens.push(month >= 0 ? `M${month + 1}` : (ORDINALS[token] ?? token));
  }
  return tokens;
}

// Full names and three-letter abbreviations, plus the "Sept" KEDA writes.
function monthIndex(token: string): number {
  const index = MONTHS.findIndex((name) => token === name || token === name.slice(0, 3));
  return index >= 0 ? index : token === 'sept' ? 8 : -1;
}

const RULES: readonly Rule[] = [
  [/^(\d{4})$/, (m) => months(year(m[1]), 1, 12)],
  [/^q ([1-4]) (?:[-/] )?(\d{4})$/, (m) => quarter(year(m[2]), m[1])],
  [/^(\d{4}) (?:[-/] )?q ([1-4])$/, (m) => quarter(year(m[1]), m[2])],
  [/^([1-4]) (?:q|quarter) (\d{4})$/, (m) => quarter(year(m[2]), m[1])],
  [/^(?:q ([1-4])|([1-4]) quarter)$/, (m, c) => quarter(c.year, m[1] ?? m[2])],
  [/^h ([12]) (?:[-/] )?(\d{4})$/, (m) => half(year(m[2]), m[1])],
  [/^(\d{4}) (?:[-/] )?h ([12])$/, (m) => half(year(m[1]), m[2])],
  [/^([12]) (?:h|half) (\d{4})$/, (m) => half(year(m[2]), m[1])],
  [/^(?:h ([12])|([12]) half)$/, (m, c) => half(c.year, m[1] ?? m[2])],
  [/^(?:(q|h) ([1-4]) )?fy (\d{2}|\d{4})(?: [-/] (\d{2}|\d{4}))?(?: (q|h) ([1-4]))?$/, fiscal],
  [/^(\d{4}) ([-/]) (\d{1,2}) \2 (\d{1,2})$/, (m) => day(year(m[1]), Number(m[3]), Number(m[4]))],
  [/^(\d{1,2}) \/ (\d{1,2}) \/ (\d{4})$/, (m) => dayMonthOrMonthDay(Number(m[1]), Number(m[2]), m[3])],
  [/^(\d{4}) - (\d{1,2})$/, (m) => month(year(m[1]), Number(m[2]))],
  [/^M(\d+)(?: (\d{4}))?$/, (m, c) => month(pick(m[2], c), Number(m[1]))],
  [/^(\d{4}) M(\d+)$/, (m) => month(year(m[1]), Number(m[2]))],
  [/^M(\d+) (\d{1,2})(?: (\d{4}))?$/, (m, c) => day(pick(m[3], c), Number(m[1]), Number(m[2]))],
  [/^(\d{1,2}) M(\d+)(?: (\d{4}))?$/, (m, c) => day(pick(m[3], c), Number(m[2]), Number(m[1]))],
  [/^(\d{4}) M(\d+) (\d{1,2})$/, (m) => day(year(m[1]), Number(m[2]), Number(m[3]))],
  [/^([1-5]|last) week M(\d+)(?: (\d{4}))?$/, (m, c) => week(pick(m[3], c), Number(m[2]), m[1])],
  [/^(early|mid|late) M(\d+)(?: (\d{4}))?$/, (m, c) => third(pick(m[3], c), Number(m[2]), m[1])],
];

function range(tokens: readonly string[], ctx: Context): Span | undefined {
  const whole = parse(tokens, ctx);
  if (whole) return whole;
  // "2022-2023", "Jan - Mar 2023", "Q1 to Q2 2023": the left end borrows the right end's year.
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!SPLITS.has(tokens[i] ?? '')) continue;
    const right = parse(tokens.slice(i + 1), ctx);
    const left = right && parse(tokens.slice(0, i), { ...ctx, year: right.start[0] });
    if (left && right && compare(left.start, right.end) <= 0) return { start: left.start, end: right.end };
  }
  return undefined;
}

function parse(tokens: readonly string[], ctx: Context): Span | undefined {
  const s = tokens.join(' ');
  for (const [re, build] of RULES) {
    const m = re.exec(s);
    if (m) return build(m, ctx);
  }
  return undefined;
}

// A fiscal year is named by the calendar year it ends in (FY2020 starting July = Jul 2019-Jun 2020);
// a split label (FY19/20) names both. A split label with a January start contradicts itself, so it
// gets no dates rather than a guess.
function fiscal(m: RegExpExecArray, ctx: Context): Span | undefined {
  const [, prefixKind, prefixN, first, second, suffixKind, suffixN] = m;
  if (prefixKind && suffixKind) return undefined;
  const kind = prefixKind ?? suffixKind;
  const n = Number(prefixN ?? suffixN ?? 1);
  const y1 = expandYear(first ?? '');
  let startYear = ctx.fiscalStart === 1 ? y1 : y1 - 1;
  if (second !== undefined) {
    if (ctx.fiscalStart === 1 || expandYear(second, y1) !== y1 + 1) return undefined;
    startYear = y1;
  }
  if (kind === 'h' && n > 2) return undefined;
  const [offset, count] = kind === 'q' ? [3 * (n - 1), 3] : kind === 'h' ? [6 * (n - 1), 6] : [0, 12];
  return months(startYear, ctx.fiscalStart + offset, ctx.fiscalStart + offset + count - 1);
}

function expandYear(digits: string, after?: number): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  if (after !== undefined) return Math.floor(after / 100) * 100 + n + (n < after % 100 ? 100 : 0);
  return n < 70 ? 2000 + n : 1900 + n;
}

function year(digits: string | undefined): number | undefined {
  const n = Number(digits);
  return digits !== undefined && n >= 1900 && n <= 2199 ? n : undefined;
}

function quarter(y: number | undefined, n: string | undefined): Span | undefined {
  const first = 3 * Number(n) - 2;
  return months(y, first, first + 2);
}

function half(y: number | undefined, n: string | undefined): Span | undefined {
  const first = 6 * Number(n) - 5;
  return months(y, first, first + 5);
}

function pick(digits: string | undefined, ctx: Context): number | undefined {
  return digits === undefined ? ctx.year : year(digits);
}

function month(y: number | undefined, m: number): Span | undefined {
  return m >= 1 && m <= 12 ? months(y, m, m) : undefined;
}

// Months are counted from January of `y` and may run past December (fiscal years).
function months(y: number | undefined, first: number, last: number): Span | undefined {
  if (y === undefined) return undefined;
  const at = (index: number): [number, number] => [y + Math.floor((index - 1) / 12), ((index - 1) % 12) + 1];
  const [sy, sm] = at(first);
  const [ey, em] = at(last);
  return { start: [sy, sm, 1], end: [ey, em, lastDay(ey, em)] };
}

function day(y: number | undefined, month: number, d: number): Span | undefined {
  if (y === undefined || month < 1 || month > 12 || d < 1 || d > lastDay(y, month)) return undefined;
  return { start: [y, month, d], end: [y, month, d] };
}

// 28/03/2022 can only be day/month, 03/28/2022 only month/day; 03/04/2022 is left undecided.
function dayMonthOrMonthDay(a: number, b: number, y: string | undefined): Span | undefined {
  if (a > 12 && b <= 12) return day(year(y), b, a);
  if (b > 12 && a <= 12) return day(year(y), a, b);
  return undefined;
}

// "2nd week of September" as days 8-14: calendar weeks would depend on a week-start convention.
function week(y: number | undefined, month: number, nth: string | undefined): Span | undefined {
  if (y === undefined || month < 1 || month > 12) return undefined;
  const last = lastDay(y, month);
  const first = nth === 'last' ? last - 6 : 7 * Number(nth) - 6;
  if (first > last) return undefined;
  return { start: [y, month, first], end: [y, month, Math.min(first + 6, last)] };
}

function third(y: number | undefined, month: number, part: string | undefined): Span | undefined {
  if (y === undefined || month < 1 || month > 12) return undefined;
  const [first, last] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, lastDay(y, month)];
  return { start: [y, month, first], end: [y, month, last] };
}

function lastDay(y: number, month: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

function compare(a: Ymd, b: Ymd): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function iso([y, m, d]: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
