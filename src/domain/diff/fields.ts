// Generic comparators for the four shapes a field can have: a value, prose, a list, a string map.
// Each returns undefined (or []) when nothing changed, so callers can collect without branching.
import { wordDiff } from './text.ts';
import type { EntryChange, ListChange, TextChange, ValueChange } from './types.ts';

/** JSON with object keys sorted, so equal data compares equal whatever order its keys were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

export function valueChange<F extends string, T>(
  field: F,
  before: T | undefined,
  after: T | undefined,
): ValueChange<F, T> | undefined {
  if (before === undefined && after === undefined) return undefined;
  if (before !== undefined && after !== undefined && sameValue(before, after)) return undefined;
  return {
    kind: 'value',
    field,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
  };
}

export function textChange<F extends string>(
  field: F,
  before: string | undefined,
  after: string | undefined,
): TextChange<F> | undefined {
  if (before === after) return undefined;
  return {
    kind: 'text',
    field,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    segments: wordDiff(before ?? '', after ?? ''),
  };
}

/**
 * Multiset difference keyed by `keyOf` (the whole canonical value by default): a key present n times
 * before and m times after pairs up min(n, m) occurrences in order. Linear in the list lengths.
 */
export function listChange<F extends string, T>(
  field: F,
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  keyOf: (member: T) => string = canonical,
): ListChange<F, T> | undefined {
  // Per key: the indexes of `before` members and how many of them are already paired (no shift(): O(n)).
  const pending = new Map<string, { slots: number[]; next: number }>();
  const old = before ?? [];
  old.forEach((member, i) => {
    const key = keyOf(member);
    const queue = pending.get(key);
    if (queue) queue.slots.push(i);
    else pending.set(key, { slots: [i], next: 0 });
  });
  const consumed = new Set<number>();
  const change: ListChange<F, T> = { kind: 'list', field, added: [], removed: [], changed: [] };
  for (const member of after ?? []) {
    const queue = pending.get(keyOf(member));
    const i = queue?.slots[queue.next];
    if (queue && i !== undefined) queue.next++;
    const previous = i === undefined ? undefined : old[i];
    if (i === undefined || previous === undefined) {
      change.added.push(member);
      continue;
    }
    consumed.add(i);
    if (!sameValue(previous, member)) change.changed.push({ before: previous, after: member });
  }
  old.forEach((member, i) => {
    if (!consumed.has(i)) change.removed.push(member);
  });
  const empty = change.added.length + change.removed.length + change.changed.length === 0;
  return empty ? undefined : change;
}

/** Per-key changes of a `fields` map: keys of `after` in their order, then dropped keys in `before` order. */
export function entryChanges<F extends string>(
  field: F,
  before: Readonly<Record<string, string>> | undefined,
  after: Readonly<Record<string, string>> | undefined,
): EntryChange<F>[] {
  const old = before ?? {};
  const now = after ?? {};
  const changes: EntryChange<F>[] = [];
  for (const [key, value] of Object.entries(now)) {
    const previous = Object.hasOwn(old, key) ? old[key] : undefined;
    if (previous === value) continue;
    changes.push({
      kind: 'entry',
      field,
      key,
      ...(previous !== undefined ? { before: previous } : {}),
      after: value,
    });
  }
  for (const [key, value] of Object.entries(old)) {
    if (!Object.hasOwn(now, key)) changes.push({ kind: 'entry', field, key, before: value });
  }
  return changes;
}

/** Appends the changes that exist, keeping the caller's fixed field order. */
export function collect<C>(out: C[], ...changes: Array<C | C[] | undefined>): C[] {
  for (const change of changes) {
    if (Array.isArray(change)) out.push(...change);
    else if (change !== undefined) out.push(change);
  }
  return out;
}
