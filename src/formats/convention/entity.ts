// The Waymark convention of the rst and wikitext exports: each roadmap entity is written as text a
// person of that project would write, and whatever that text cannot give back exactly travels in
// the entity's marker comment as JSON. The exporter decides by reading its own text back, so
// read(render(doc)) equals doc by construction, and the JSON only appears where it is needed.
import { ITEM_FIELD_KEYS } from '../../domain/interchange/index.ts';

export type EntityKind = 'roadmap' | 'section' | 'item' | 'work' | 'checkin';
export type Own = Record<string, unknown>;

const ITEM_KEYS = ITEM_FIELD_KEYS;

// In schema order, so rebuilt entities list their keys the way every other importer does.
export const OWN_KEYS: Record<EntityKind, readonly string[]> = {
  roadmap: ['title', 'version', 'updated', 'period', 'summary', 'links', 'fields'],
  section: ['title', 'kind', 'leads', 'status', 'statusText', 'summary', 'fields', 'dependsOn', 'risks'],
  item: ITEM_KEYS,
  work: ITEM_KEYS,
  checkin: ['date', 'title', 'scope', 'health', 'entries', 'summary'],
};

/** Child lists: written as entities of their own, so only an empty list needs saying. */
export const CONTAINER_KEYS: Record<EntityKind, readonly string[]> = {
  roadmap: ['sections', 'items', 'checkins'],
  section: ['sections', 'items'],
  item: ['work'],
  work: ['work'],
  checkin: [],
};

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((key) => Object.hasOwn(rb, key) && deepEqual(ra[key], rb[key]));
}

/** The keys the text read back got wrong: the expected value, or `null` where the key must be absent. */
export function dataFor(kind: EntityKind, entity: object, readBack: Own): Own {
  const own = entity as Own;
  const entries: [string, unknown][] = [];
  for (const key of OWN_KEYS[kind]) {
    if (!deepEqual(own[key], readBack[key])) entries.push([key, own[key] ?? null]);
  }
  for (const key of CONTAINER_KEYS[kind]) {
    if (Array.isArray(own[key]) && own[key].length === 0) entries.push([key, []]);
  }
  return Object.fromEntries(entries);
}

/** Applies the marker's JSON over what the text said, in schema key order. */
export function withData(kind: EntityKind, read: Own, data: Own, head: Own, tail: Own = {}): Own {
  const entries: [string, unknown][] = Object.entries(head);
  for (const key of OWN_KEYS[kind]) {
    const value = Object.hasOwn(data, key) ? data[key] : read[key];
    if (value !== undefined && value !== null) entries.push([key, value]);
  }
  for (const key of CONTAINER_KEYS[kind]) {
    const value = tail[key] ?? (Array.isArray(data[key]) && data[key].length === 0 ? [] : undefined);
    if (value !== undefined) entries.push([key, value]);
  }
  return Object.fromEntries(entries);
}

/**
 * JSON for a one-line comment: no line breaks (JSON escapes them), and no `<`, `>` or `&`, so it
 * can never close an HTML comment or be read as markup.
 */
export function encodeData(data: Own): string {
  return JSON.stringify(data).replace(
    /[<>&\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function decodeData(json: string | undefined): Own | undefined {
  if (json === undefined || json === '') return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Own) : undefined;
  } catch {
    return undefined;
  }
}
