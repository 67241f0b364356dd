// Put, edit and delete check-ins and their entries. Check-ins stay oldest first; an entry is
// addressed by its index, which the revision a client read (its If-Match) makes unambiguous.
// Input errors name their place in the use case's input: /checkin/…, /entry/…, /set/….
import { NotFoundError } from '../errors.ts';
import type { Checkin, CheckinEntry, Roadmap, Status } from '../interchange/schema.ts';
import { checked, invalidInput, patchKeys, positionIn } from './checked.ts';
import { assertUnusedId, freshId } from './ids.ts';
import { indexRoadmap } from './tree.ts';

/** An entry as a client sends it: with `item` set, title and status default to the item's own. */
export type EntryDraft = Omit<CheckinEntry, 'title' | 'status'> & { title?: string; status?: Status };

export type CheckinDraft = Omit<Checkin, 'id' | 'entries'> & { id?: string; entries?: EntryDraft[] };

type CheckinKey = Exclude<keyof Checkin, 'id'>;
type EntryKey = keyof CheckinEntry;

export interface CheckinPatch {
  set?: Partial<Omit<Pick<Checkin, CheckinKey>, 'entries'>> & { entries?: EntryDraft[] };
  unset?: readonly CheckinKey[];
}

export interface EntryPatch {
  set?: Partial<CheckinEntry>;
  unset?: readonly EntryKey[];
}

export interface CheckinEdit {
  roadmap: Roadmap;
  checkin: Checkin;
}

export interface EntryEdit extends CheckinEdit {
  entry: CheckinEntry;
  /** Where the entry is (or was, for a deletion) in the check-in's entries. */
  index: number;
}

const CHECKIN_EDITABLE = new Set<string>([
  'date',
  'title',
  'scope',
  'health',
  'entries',
  'summary',
] satisfies CheckinKey[]);
const ENTRY_EDITABLE = new Set<string>([
  'item',
  'title',
  'status',
  'statusText',
  'note',
] satisfies EntryKey[]);

export function findCheckin(roadmap: Roadmap, id: string): { checkin: Checkin; index: number } {
  const index = (roadmap.checkins ?? []).findIndex((checkin) => checkin.id === id);
  const checkin = roadmap.checkins?.[index];
  if (!checkin) throw new NotFoundError(`roadmap "${roadmap.id}" has no check-in "${id}"`);
  return { checkin, index };
}

function completeEntry(roadmap: Roadmap, draft: EntryDraft, pointer: string): CheckinEntry {
  const item = draft.item === undefined ? undefined : indexRoadmap(roadmap).items.get(draft.item)?.item;
  if (draft.item !== undefined && !item)
    throw invalidInput(`${pointer}/item`, `no item has id "${draft.item}"`);
  const title = draft.title ?? item?.title;
  if (title === undefined) throw invalidInput(`${pointer}/title`, 'an entry without an item needs a title');
  const status = draft.status ?? item?.status;
  if (status === undefined)
    throw invalidInput(`${pointer}/status`, 'an entry without an item needs a status');
  return { ...draft, title, status };
}

function completeEntries(roadmap: Roadmap, drafts: EntryDraft[] | undefined, pointer: string) {
  return drafts?.map((draft, i) => completeEntry(roadmap, draft, `${pointer}/${i}`));
}

// Stable, so check-ins of the same date keep the order they were recorded in.
function oldestFirst(checkins: readonly Checkin[]): Checkin[] {
  return [...checkins].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function withCheckins(roadmap: Roadmap, checkins: readonly Checkin[]): Roadmap {
  const next: Roadmap = { ...roadmap, checkins: oldestFirst(checkins) };
  if (checkins.length === 0) delete next.checkins;
  return checked(next);
}

export function createCheckin(roadmap: Roadmap, draft: CheckinDraft): CheckinEdit {
  if (draft.id !== undefined) assertUnusedId(roadmap, draft.id, 'check-in');
  const id =
    draft.id ?? freshId(roadmap, [draft.scope ? `${draft.date}-${draft.scope}` : draft.date], 'checkin');
  const entries = completeEntries(roadmap, draft.entries, '/checkin/entries');
  const checkin = { ...draft, id, ...(entries ? { entries } : {}) } as Checkin;
  return { roadmap: withCheckins(roadmap, [...(roadmap.checkins ?? []), checkin]), checkin };
}

/** Adds the check-in with this id, or replaces the one that has it (PUT semantics). */
export function putCheckinById(
  roadmap: Roadmap,
  id: string,
  draft: CheckinDraft,
): CheckinEdit & { created: boolean } {
  if (draft.id !== undefined && draft.id !== id) {
    throw invalidInput('/checkin/id', `the body names check-in "${draft.id}" but the address names "${id}"`);
  }
  const entries = completeEntries(roadmap, draft.entries, '/checkin/entries');
  const checkin = { ...draft, id, ...(entries ? { entries } : {}) } as Checkin;
  const existing = roadmap.checkins ?? [];
  const at = existing.findIndex((c) => c.id === id);
  const list = at < 0 ? [...existing, checkin] : existing.map((c, i) => (i === at ? checkin : c));
  return { roadmap: withCheckins(roadmap, list), checkin, created: at < 0 };
}

export function updateCheckin(roadmap: Roadmap, id: string, patch: CheckinPatch): CheckinEdit {
  const { checkin, index } = findCheckin(roadmap, id);
  const entries = completeEntries(roadmap, patch.set?.entries, '/set/entries');
  const set = { ...patch.set, ...(entries ? { entries } : {}) };
  return replaceCheckin(roadmap, index, patchKeys(checkin, { ...patch, set }, CHECKIN_EDITABLE));
}

function replaceCheckin(roadmap: Roadmap, index: number, checkin: Checkin): CheckinEdit {
  const list = (roadmap.checkins ?? []).map((c, i) => (i === index ? checkin : c));
  return { roadmap: withCheckins(roadmap, list), checkin };
}

export function deleteCheckin(roadmap: Roadmap, id: string): CheckinEdit {
  const { checkin, index } = findCheckin(roadmap, id);
  return {
    roadmap: withCheckins(
      roadmap,
      (roadmap.checkins ?? []).filter((_, i) => i !== index),
    ),
    checkin,
  };
}

export function findEntry(roadmap: Roadmap, checkinId: string, entryIndex: number) {
  const { checkin, index } = findCheckin(roadmap, checkinId);
  const entry = Number.isInteger(entryIndex) ? checkin.entries?.[entryIndex] : undefined;
  if (!entry) {
    throw new NotFoundError(
      `check-in "${checkinId}" has no entry ${entryIndex} (it has ${checkin.entries?.length ?? 0}, numbered from 0)`,
    );
  }
  return { checkin, checkinIndex: index, entry };
}

function withEntries(checkin: Checkin, entries: readonly CheckinEntry[]): Checkin {
  const next: Checkin = { ...checkin, entries: [...entries] };
  if (entries.length === 0) delete next.entries;
  return next;
}

/** Inserts an entry at `position` (absent: at the end). */
export function addEntry(
  roadmap: Roadmap,
  checkinId: string,
  draft: EntryDraft,
  position?: number,
): EntryEdit {
  const { checkin, index } = findCheckin(roadmap, checkinId);
  const entry = completeEntry(roadmap, draft, '/entry');
  const entries = checkin.entries ?? [];
  const at = positionIn(entries.length, position);
  const next = withEntries(checkin, [...entries.slice(0, at), entry, ...entries.slice(at)]);
  return { ...replaceCheckin(roadmap, index, next), entry, index: at };
}

export function updateEntry(
  roadmap: Roadmap,
  checkinId: string,
  entryIndex: number,
  patch: EntryPatch,
): EntryEdit {
  const { checkin, checkinIndex, entry } = findEntry(roadmap, checkinId, entryIndex);
  if (patch.set?.item !== undefined && !indexRoadmap(roadmap).items.has(patch.set.item)) {
    throw invalidInput('/set/item', `no item has id "${patch.set.item}"`);
  }
  const changed = patchKeys(entry, patch, ENTRY_EDITABLE);
  const next = withEntries(
    checkin,
    (checkin.entries ?? []).map((e, i) => (i === entryIndex ? changed : e)),
  );
  return { ...replaceCheckin(roadmap, checkinIndex, next), entry: changed, index: entryIndex };
}

export function deleteEntry(roadmap: Roadmap, checkinId: string, entryIndex: number): EntryEdit {
  const { checkin, checkinIndex, entry } = findEntry(roadmap, checkinId, entryIndex);
  const next = withEntries(
    checkin,
    (checkin.entries ?? []).filter((_, i) => i !== entryIndex),
  );
  return { ...replaceCheckin(roadmap, checkinIndex, next), entry, index: entryIndex };
}
