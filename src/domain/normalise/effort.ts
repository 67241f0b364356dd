// Reads an effort estimate as documents write it ("1-2 PM", "4PM ?", "Estimate: 1 day, then…",
// "2/3/5") into numbers and a unit, always keeping the words. The first number with a unit wins,
// wherever it stands: "variable, depending on the chosen listers/loaders (4PM ?)" is 4 person-months.
import type { Effort, EffortUnit } from '../interchange/schema.ts';

interface Unit {
  unit: EffortUnit;
  factor: number;
}

const UNITS = new Map<string, Unit>();
const units = (unit: EffortUnit, words: string, factor = 1) => {
  for (const word of words.split('|')) UNITS.set(word, { unit, factor });
};
units('person-month', 'pm|pms|month|months|mo|mos');
// A person-year is not a unit of its own in the schema: twelve person-months.
units('person-month', 'py|year|years|yr|yrs', 12);
units('person-week', 'pw|week|weeks|w|wk|wks');
units('person-day', 'pd|day|days|d');
units('hour', 'h|hr|hrs|hour|hours|ph');
units('point', 'point|points|pt|pts|sp|sps');
// "person-month", "man days", "story points": the qualifier says whose time, the unit says how much.
const QUALIFIERS = new Set(['person', 'persons', 'people', 'man', 'men', 'engineer', 'dev', 'story']);
const RANGE = new Set(['-', 'to', '..']);
const AT_MOST = new Set(['<', '≤', '<=', 'max', 'maximum', 'under']);
const AT_LEAST = new Set(['>', '≥', '>=', 'min', 'minimum', 'over']);
const PLACEHOLDERS = new Set(['n/a', 'na', 'tbd', 'tbc', 'tba', 'unknown', 'none', '?', 'todo']);
const FRACTIONS: Record<string, string> = { '½': '.5', '¼': '.25', '¾': '.75', '⅓': '.33', '⅔': '.67' };
const MAX_CHARS = 2000;

export function parseEffort(text: string): Effort | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  // Rakudo rates effort with one to five asterisks: a relative scale, so we keep it as points.
  const stars = /^(\*{1,5}|★{1,5})$/.exec(trimmed);
  if (stars) return { min: trimmed.length, max: trimmed.length, unit: 'point', text: trimmed };
  // mini-buildd's optimistic/likely/pessimistic triples carry no unit.
  const triple = /^(\d+(?:\.\d+)?)\s*\/\s*\d+(?:\.\d+)?\s*\/\s*(\d+(?:\.\d+)?)$/.exec(trimmed);
  if (triple && isSane(triple[1], triple[2])) {
    return withBounds(Number(triple[1]), Number(triple[2]), undefined, trimmed);
  }

  const tokens = tokenise(normalise(trimmed.slice(0, MAX_CHARS)));
  for (let i = 0; i < tokens.length; i++) {
    const found = quantityAt(tokens, i, trimmed);
    if (found) return found;
  }
  const bare = /^(\d+(?:\.\d+)?)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?$/.exec(trimmed);
  if (bare && isSane(bare[1], bare[2])) {
    return withBounds(Number(bare[1]), Number(bare[2] ?? bare[1]), undefined, trimmed);
  }

  // No number: "variable, depending on …" still says something; "Effort: ?" does not.
  const said = trimmed
    .replace(/^[\p{L}][\p{L} ]{0,40}:/u, '')
    .replace(/[*_`]/g, '')
    .trim();
  if (said === '' || PLACEHOLDERS.has(said.toLowerCase()) || !/\p{L}/u.test(said)) return undefined;
  return { text: trimmed };
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(
      /(\d*)([½¼¾⅓⅔])/g,
      (_, whole: string, fraction: string) => `${whole || '0'}${FRACTIONS[fraction]}`,
    )
    .replace(/[–—]/g, '-')
    .replace(/(\d),(\d)/g, '$1.$2');
}

function tokenise(s: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(\d+(?:\.\d+)?|\p{L}+|\.\.|[<>]=|\S)/uy;
  for (let m = re.exec(s); m; m = re.exec(s)) tokens.push(m[1] ?? '');
  return tokens;
}

function quantityAt(tokens: string[], i: number, text: string): Effort | undefined {
  const first = number(tokens[i]);
  if (first === undefined) return undefined;
  let j = i + 1;
  let last = first;
  let openEnded = false;
  if (RANGE.has(tokens[j] ?? '') && number(tokens[j + 1]) !== undefined) {
    last = number(tokens[j + 1]) ?? first;
    j += 2;
  } else if (tokens[j] === '+') {
    openEnded = true;
    j++;
  }
  const unit = unitAt(tokens, j);
  if (!unit) return undefined;
  j += unit.length;
  // "1 day - 2 days": the unit written on both ends.
  if (last === first && !openEnded && RANGE.has(tokens[j] ?? '')) {
    const upper = number(tokens[j + 1]);
    if (upper !== undefined && unitAt(tokens, j + 2)?.unit === unit.unit) last = upper;
  }
  const before = tokens[i - 1] ?? '';
  const atMost = AT_MOST.has(before) || (before === 'to' && tokens[i - 2] === 'up');
  const atLeast = openEnded || AT_LEAST.has(before) || (before === 'least' && tokens[i - 2] === 'at');
  const min = atMost ? undefined : first * unit.factor;
  const max = atLeast ? undefined : last * unit.factor;
  return withBounds(min, max, unit.unit, text);
}

function unitAt(tokens: string[], start: number): (Unit & { length: number }) | undefined {
  let j = start;
  if (QUALIFIERS.has(tokens[j] ?? '')) {
    j++;
    if (tokens[j] === '-') j++;
  }
  const unit = UNITS.get(tokens[j] ?? '');
  return unit ? { ...unit, length: j + 1 - start } : undefined;
}

function number(token: string | undefined): number | undefined {
  return token !== undefined && /^\d/.test(token) && isSane(token) ? Number(token) : undefined;
}

// A run of digits long enough to overflow is not an estimate.
function isSane(...values: (string | undefined)[]): boolean {
  return values.every((value) => value === undefined || Number.isFinite(Number(value)));
}

function withBounds(
  min: number | undefined,
  max: number | undefined,
  unit: EffortUnit | undefined,
  text: string,
): Effort {
  const [low, high] = min !== undefined && max !== undefined && min > max ? [max, min] : [min, max];
  return {
    ...(low !== undefined ? { min: round(low) } : {}),
    ...(high !== undefined ? { max: round(high) } : {}),
    ...(unit ? { unit } : {}),
    text,
  };
}

// 0.1 + 0.2 style noise from fractions and year factors must not leak into stored numbers.
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
