// Reading the loosely typed values of parsed YAML, TOML and JSON: scalars to text, dates to ISO,
// anything nested to bounded text for `fields`, so no input shape can throw or run away.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_FIELD_CHARS = 4000;
const MAX_FIELD_DEPTH = 8;

export type DataRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is DataRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** TOML dates arrive as Date objects; a local date prints as YYYY-MM-DD, a date-time in full. */
function dateText(value: Date): string | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  return value.toISOString();
}

/** The text of a scalar (string, number, boolean, date), trimmed; undefined when empty or not a scalar. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Date) return dateText(value);
  return undefined;
}

/** A single-line title from a scalar: runs of white space become one space. */
export function titleText(value: unknown): string | undefined {
  return scalarText(value)?.replace(/\s+/g, ' ');
}

/** An ISO calendar date (YYYY-MM-DD) when the value is one (a string or a TOML date), else undefined. */
export function isoDate(value: unknown): string | undefined {
  const text = scalarText(value)?.slice(0, 10);
  const m = text ? ISO_DATE.exec(text) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? text : undefined;
}

/** The day before an ISO date, for the end of a phase that the next phase starts. */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Strings of a scalar or a list of scalars. */
export function textList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(scalarText).filter((text): text is string => text !== undefined);
}

/** Any value as the text of a `fields` entry: scalars as written, lists of scalars joined, the rest as JSON. */
export function fieldText(value: unknown): string | undefined {
  const scalar = scalarText(value);
  if (scalar !== undefined || value === null || typeof value !== 'object') return scalar;
  if (Array.isArray(value) && value.every((entry) => scalarText(entry) !== undefined)) {
    return value.map((entry) => scalarText(entry)).join(', ') || undefined;
  }
  const text = boundedJson(value, 0);
  if (text === '[]' || text === '{}') return undefined;
  return text.length > MAX_FIELD_CHARS ? `${text.slice(0, MAX_FIELD_CHARS)}…` : text;
}

// JSON.stringify recurses without a bound; this one stops at a depth and a length.
function boundedJson(value: unknown, depth: number): string {
  if (value instanceof Date) return JSON.stringify(dateText(value) ?? null);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' ? String(value) : (JSON.stringify(value) ?? 'null');
  }
  if (depth >= MAX_FIELD_DEPTH) return Array.isArray(value) ? '[…]' : '{…}';
  const parts: string[] = [];
  let length = 0;
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((entry) => [undefined, entry])
    : Object.entries(value);
  for (const [key, entry] of entries) {
    if (length > MAX_FIELD_CHARS) {
      parts.push('…');
      break;
    }
    const text = `${key === undefined ? '' : `${JSON.stringify(key)}:`}${boundedJson(entry, depth + 1)}`;
    length += text.length;
    parts.push(text);
  }
  return Array.isArray(value) ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
}
