// Check-ins pair by id; their entries pair by the item they speak for (seen through the item
// matching, so an entry follows its item across a rename) or, for entries not tied to an item,
// by their normalised title.
import type { Checkin, CheckinEntry } from '../interchange/schema.ts';
import { collect, textChange, valueChange } from './fields.ts';
import { keyMaker } from './index-roadmap.ts';
import { titleTokens } from './text.ts';
import type { CheckinDiff, CheckinEntryDiff, CheckinEntryFieldChange, CheckinFieldChange } from './types.ts';

/** Translates ids of `before` into the ids their nodes have in `after` (unchanged when unmatched). */
export interface IdTranslation {
  section: (id: string) => string;
  item: (id: string) => string;
}

function keyed<T>(list: readonly T[], keyOf: (value: T) => string): Map<string, T> {
  const next = keyMaker();
  return new Map(list.map((value) => [next(keyOf(value)), value]));
}

function entryKey(entry: CheckinEntry, item: (id: string) => string): string {
  return entry.item ? `item:${item(entry.item)}` : `title:${[...titleTokens(entry.title)].join(' ')}`;
}

function entryLabel(entry: CheckinEntry): { item?: string; title: string } {
  return { ...(entry.item ? { item: entry.item } : {}), title: entry.title };
}

function diffEntries(before: readonly CheckinEntry[], after: readonly CheckinEntry[], ids: IdTranslation) {
  const old = keyed(before, (entry) => entryKey(entry, ids.item));
  const now = keyed(after, (entry) => entryKey(entry, (id) => id));
  const out: CheckinEntryDiff[] = [];
  for (const [key, entry] of now) {
    const previous = old.get(key);
    if (!previous) {
      out.push({ type: 'added', ...entryLabel(entry), entry });
      continue;
    }
    const changes = collect<CheckinEntryFieldChange>(
      [],
      valueChange('title', previous.title, entry.title),
      valueChange('status', previous.status, entry.status),
      valueChange('statusText', previous.statusText, entry.statusText),
      textChange('note', previous.note, entry.note),
    );
    if (changes.length > 0) out.push({ type: 'modified', ...entryLabel(entry), changes });
  }
  for (const [key, entry] of old) {
    if (!now.has(key)) out.push({ type: 'removed', ...entryLabel(entry), entry });
  }
  return out;
}

function label(checkin: Checkin) {
  return { id: checkin.id, date: checkin.date, ...(checkin.title ? { title: checkin.title } : {}) };
}

export function diffCheckins(
  before: readonly Checkin[] | undefined,
  after: readonly Checkin[] | undefined,
  ids: IdTranslation,
): CheckinDiff[] {
  const old = keyed(before ?? [], (checkin) => checkin.id);
  const now = keyed(after ?? [], (checkin) => checkin.id);
  const out: CheckinDiff[] = [];
  for (const [key, checkin] of now) {
    const previous = old.get(key);
    if (!previous) {
      out.push({ type: 'added', ...label(checkin), checkin });
      continue;
    }
    // A scope whose section was renamed is the same scope.
    const scopeMoved = (previous.scope && ids.section(previous.scope)) !== checkin.scope;
    const changes = collect<CheckinFieldChange>(
      [],
      valueChange('date', previous.date, checkin.date),
      valueChange('title', previous.title, checkin.title),
      scopeMoved ? valueChange('scope', previous.scope, checkin.scope) : undefined,
      valueChange('health', previous.health, checkin.health),
      textChange('summary', previous.summary, checkin.summary),
    );
    const entries = diffEntries(previous.entries ?? [], checkin.entries ?? [], ids);
    if (changes.length + entries.length > 0)
      out.push({ type: 'modified', ...label(checkin), changes, entries });
  }
  for (const [key, checkin] of old) {
    if (!now.has(key)) out.push({ type: 'removed', ...label(checkin), checkin });
  }
  return out;
}
