// The compact one-line forms of structured values (docs/formats.md, "Fields"): each has a writer
// and a reader, and the reader gives back exactly what the writer was given. Where a value can be
// derived from its words (a target's dates, an effort's numbers), the derived part is left out
// and only a difference is written, in a trailing annotation.
import {
  type Effort,
  type EffortUnit,
  EffortUnitValues,
  type Health,
  HealthValues,
  type Period,
  type Priority,
  PriorityValues,
  type Ref,
  type Status,
  StatusValues,
  type Tracker,
  TrackerValues,
} from '../../domain/interchange/index.ts';
import {
  normalisePriority,
  normaliseStatus,
  parseEffort,
  parsePeriod,
} from '../../domain/normalise/index.ts';
import {
  decodeText,
  encodeAnnotation,
  encodeText,
  findUnescaped,
  isEscaped,
  joinAnnotation,
  splitAnnotation,
  splitUnescaped,
} from './inline-text.ts';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isIsoDate = (text: string): boolean => ISO_DATE.test(text);

/** A failure to read a value: the reader turns it into a warning. */
export class ValueError extends Error {}

const word = (value: string) => value.replace(/_/g, ' ');
const fromWord = (raw: string) =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

function enumWord<T extends string>(values: readonly T[], raw: string): T | undefined {
  const wanted = fromWord(raw);
  if (wanted === 'to do') return values.find((value) => value === 'todo');
  return values.find((value) => word(value) === wanted);
}

// ---- status and priority: `done (Yes Done)`, `(Yes Done)`, `high (P1)` ----

export interface Rated<T> {
  value?: T;
  text?: string;
}

function writeRated<T extends string>(rated: Rated<T>): string {
  const text = rated.text === undefined ? undefined : encodeAnnotation(rated.text);
  return joinAnnotation(rated.value === undefined ? '' : word(rated.value), text);
}

function readRated<T extends string>(
  raw: string,
  values: readonly T[],
  normalise: (text: string) => T | undefined,
): Rated<T> {
  const { main, annotation } = splitAnnotation(raw);
  const value = enumWord(values, main);
  if (value !== undefined || (main === '' && annotation !== undefined)) {
    return {
      ...(value !== undefined ? { value } : {}),
      ...(annotation ? { text: decodeText(annotation) } : {}),
    };
  }
  // Words of the author's own ("Yes Done", "P1"): normalised as the importers do, kept as written.
  const text = decodeText(raw.trim());
  if (text === '') throw new ValueError('is empty');
  const normalised = normalise(text);
  return normalised === undefined ? { text } : { value: normalised, text };
}

export const writeStatus = (value: Status | undefined, text: string | undefined): string =>
  writeRated({ ...(value ? { value } : {}), ...(text ? { text } : {}) });
export const readStatus = (raw: string): Rated<Status> =>
  readRated(raw, StatusValues, (text) => normaliseStatus(text)?.status);

export const writePriority = (value: Priority | undefined, text: string | undefined): string =>
  writeRated({ ...(value ? { value } : {}), ...(text ? { text } : {}) });
export const readPriority = (raw: string): Rated<Priority> =>
  readRated(raw, PriorityValues, (text) => normalisePriority(text)?.priority);

export const writeHealth = (health: Health): string => word(health);
export function readHealth(raw: string): Health {
  const health = enumWord(HealthValues, decodeText(raw));
  if (!health) throw new ValueError(`must be one of: ${HealthValues.map(word).join(', ')}`);
  return health;
}

export function readEnum<T extends string>(values: readonly T[], raw: string): T {
  const value = enumWord(values, decodeText(raw));
  if (!value) throw new ValueError(`must be one of: ${values.map(word).join(', ')}`);
  return value;
}

// ---- lists: `Ana, Bo` (a comma inside an element is escaped) ----

export const writeList = (values: readonly string[]): string =>
  values.map((value) => encodeText(value, { escape: ',' })).join(', ');

export function readList(raw: string): string[] {
  return splitUnescaped(raw, ',')
    .filter((piece) => piece !== '')
    .map(decodeText);
}

// ---- target and period: `2025-Q2`, `Release 2 (2025-04-01 to 2025-06-30)`, `(from …)`, `(as written)` ----

const AS_WRITTEN = 'as written';

export function derivedPeriod(label: string): Pick<Period, 'start' | 'end'> {
  const parsed = parsePeriod(label);
  return { ...(parsed?.start ? { start: parsed.start } : {}), ...(parsed?.end ? { end: parsed.end } : {}) };
}

/** Whether the period's dates are exactly what its label gives: then they need not be written. */
export function periodIsDerived(period: Period): boolean {
  const derived = derivedPeriod(period.label);
  return derived.start === period.start && derived.end === period.end;
}

export function writePeriod(period: Period): string {
  const label = encodeText(period.label, { beforeAnnotation: true });
  if (periodIsDerived(period)) return label;
  const { start, end } = period;
  const dates =
    start && end ? `${start} to ${end}` : start ? `from ${start}` : end ? `until ${end}` : AS_WRITTEN;
  return joinAnnotation(label, dates);
}

function periodDates(annotation: string): Pick<Period, 'start' | 'end'> | undefined {
  const text = annotation.trim();
  if (text === AS_WRITTEN) return {};
  const both = /^(\S+) to (\S+)$/.exec(text);
  if (both && isIsoDate(both[1] ?? '') && isIsoDate(both[2] ?? '')) {
    return { start: both[1] as string, end: both[2] as string };
  }
  const one = /^(from|until) (\S+)$/.exec(text);
  if (one && isIsoDate(one[2] ?? ''))
    return one[1] === 'from' ? { start: one[2] as string } : { end: one[2] as string };
  return undefined;
}

export function readPeriod(raw: string): Period {
  const { main, annotation } = splitAnnotation(raw);
  const dates = annotation === undefined ? undefined : periodDates(annotation);
  const label = decodeText(dates ? main : raw.trim());
  if (label === '') throw new ValueError('needs a label before the dates');
  return { label, ...(dates ?? derivedPeriod(label)) };
}

// ---- effort: `1-2 PM`, `about a month (min 1, max 1, person-month)`, `(as written)` ----

type EffortNumbers = Pick<Effort, 'min' | 'max' | 'unit'>;

function derivedEffort(text: string): EffortNumbers {
  const parsed = parseEffort(text);
  return {
    ...(parsed?.min !== undefined ? { min: parsed.min } : {}),
    ...(parsed?.max !== undefined ? { max: parsed.max } : {}),
    ...(parsed?.unit !== undefined ? { unit: parsed.unit } : {}),
  };
}

export function writeEffort(effort: Effort): string {
  const text = encodeText(effort.text, { beforeAnnotation: true });
  const derived = derivedEffort(effort.text);
  if (derived.min === effort.min && derived.max === effort.max && derived.unit === effort.unit) return text;
  const parts = [
    ...(effort.min !== undefined ? [`min ${effort.min}`] : []),
    ...(effort.max !== undefined ? [`max ${effort.max}`] : []),
    ...(effort.unit !== undefined ? [effort.unit] : []),
  ];
  return joinAnnotation(text, parts.length > 0 ? parts.join(', ') : AS_WRITTEN);
}

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function effortNumbers(annotation: string): EffortNumbers | undefined {
  if (annotation.trim() === AS_WRITTEN) return {};
  const numbers: EffortNumbers = {};
  for (const part of annotation.split(',').map((piece) => piece.trim())) {
    const bound = /^(min|max) (\S+)$/.exec(part);
    if (bound && NUMBER.test(bound[2] ?? '') && numbers[bound[1] as 'min' | 'max'] === undefined) {
      numbers[bound[1] as 'min' | 'max'] = Number(bound[2]);
    } else if ((EffortUnitValues as readonly string[]).includes(part) && numbers.unit === undefined) {
      numbers.unit = part as EffortUnit;
    } else {
      return undefined;
    }
  }
  return numbers;
}

export function readEffort(raw: string): Effort {
  const { main, annotation } = splitAnnotation(raw);
  const numbers = annotation === undefined ? undefined : effortNumbers(annotation);
  const text = decodeText(numbers ? main : raw.trim());
  if (text === '') throw new ValueError('needs the words of the estimate before the numbers');
  const { min, max, unit } = numbers ?? derivedEffort(text);
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(unit !== undefined ? { unit } : {}),
    text,
  };
}

// ---- refs: `phabricator T4079, github [rust-lang/rust#1](<https://…>)` ----

/** A link destination in angle brackets, which may hold any text once `<`, `>` and `,` are escaped. */
export function encodeUrl(url: string): string {
  return `<${encodeText(url, { escape: '<>,()' })}>`;
}

export function writeRefs(refs: readonly Ref[]): string {
  return refs
    .map((ref) => {
      const id = encodeText(ref.id, { escape: ',' });
      return `${ref.tracker} ${ref.url === undefined ? id : `[${id}](${encodeUrl(ref.url)})`}`;
    })
    .join(', ');
}

function readRef(raw: string): Ref {
  const space = raw.indexOf(' ');
  const tracker = raw.slice(0, space < 0 ? raw.length : space);
  if (!(TrackerValues as readonly string[]).includes(tracker)) {
    throw new ValueError(`"${raw}" must start with a tracker: ${TrackerValues.join(', ')}`);
  }
  const rest = raw.slice(tracker.length).trim();
  if (rest.startsWith('[')) {
    const close = findUnescaped(rest, ']');
    const link = rest.slice(close + 1);
    if (close > 0 && link.startsWith('(<') && link.endsWith('>)') && !isEscaped(link, link.length - 2)) {
      const id = decodeText(rest.slice(1, close));
      const url = decodeText(link.slice(2, -2));
      if (id !== '' && url !== '') return { tracker: tracker as Tracker, id, url };
    }
  }
  const id = decodeText(rest);
  if (id === '') throw new ValueError(`"${raw}" names no id`);
  return { tracker: tracker as Tracker, id };
}

export function readRefs(raw: string): Ref[] {
  return splitUnescaped(raw, ',')
    .filter((piece) => piece !== '')
    .map(readRef);
}
