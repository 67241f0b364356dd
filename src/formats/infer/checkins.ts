// Dated status blocks ("October 28, 2019 status:", "Status update 2024-05") become check-ins
// whose entries are matched to the roadmap's items where the titles allow.
import { titleSimilarity } from '../../domain/diff/index.ts';
import type {
  Checkin,
  CheckinEntry,
  Item,
  Roadmap,
  Section,
  Status,
} from '../../domain/interchange/index.ts';
import type { Block, ListItem } from '../outline/types.ts';
import type { InferContext } from './context.ts';
import { parseDatedHeading } from './extract/index.ts';
import { slugify } from './ids.ts';
import { statusOf } from './values.ts';

function entriesOf(
  items: readonly ListItem[],
  inherited?: { status: Status; statusText: string },
): CheckinEntry[] {
  const entries: CheckinEntry[] = [];
  for (const item of items) {
    const status = statusOf(item, '') ?? inherited;
    const nested = item.children.flatMap((child) => (child.kind === 'list' ? child.items : []));
    if (item.text.trim() === '' || (nested.length > 0 && statusOf(undefined, item.text))) {
      // A bare status line ("Yes Done") heads the entries listed under it.
      entries.push(...entriesOf(nested, status));
      continue;
    }
    const entry: CheckinEntry = { title: item.text.trim(), status: status?.status ?? 'unknown' };
    if (status?.statusText) entry.statusText = status.statusText;
    entries.push(entry);
    if (nested.length > 0) entries.push(...entriesOf(nested, inherited));
  }
  return entries;
}

/** A check-in from a dated title and the blocks under it. */
export function checkinFrom(
  title: string,
  date: string,
  blocks: readonly Block[],
  scope: string | undefined,
  ctx: InferContext,
): Checkin {
  const items = blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
  const checkin: Checkin = {
    id: ctx.checkinIds.take(slugify(scope ? `${date}-${scope}` : date)),
    date,
    title: title.trim(),
  };
  if (scope) checkin.scope = scope;
  const entries = entriesOf(items);
  if (entries.length > 0) checkin.entries = entries;
  const rest = parseDatedHeading(title)?.rest.trim();
  if (rest) checkin.summary = rest;
  return checkin;
}

/** Takes dated list entries out of the blocks and returns them as check-ins. */
export function extractCheckins(
  blocks: readonly Block[],
  scope: string | undefined,
  ctx: InferContext,
): { checkins: Checkin[]; rest: Block[] } {
  const checkins: Checkin[] = [];
  const rest: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'list') {
      rest.push(block);
      continue;
    }
    const kept: ListItem[] = [];
    for (const item of block.items) {
      const dated = parseDatedHeading(item.text);
      if (dated) checkins.push(checkinFrom(item.text, dated.date, item.children, scope, ctx));
      else kept.push(item);
    }
    if (kept.length > 0) rest.push({ ...block, items: kept });
  }
  return { checkins, rest };
}

function itemsOf(section: Section | Roadmap): Item[] {
  const out: Item[] = [];
  const visit = (items: readonly Item[] | undefined) => {
    for (const item of items ?? []) {
      out.push(item);
      visit(item.work);
    }
  };
  visit(section.items);
  for (const child of section.sections ?? []) out.push(...itemsOf(child));
  return out;
}

function findSection(sections: readonly Section[] | undefined, id: string): Section | undefined {
  for (const section of sections ?? []) {
    if (section.id === id) return section;
    const found = findSection(section.sections, id);
    if (found) return found;
  }
  return undefined;
}

const MATCH_THRESHOLD = 0.6;

/** Sets `entry.item` to the best-matching item of the check-in's scope, then of the roadmap. */
export function matchEntries(roadmap: Roadmap): void {
  const all = itemsOf(roadmap);
  for (const checkin of roadmap.checkins ?? []) {
    const scoped = checkin.scope ? findSection(roadmap.sections, checkin.scope) : undefined;
    const candidates = scoped ? itemsOf(scoped) : all;
    for (const entry of checkin.entries ?? []) {
      let best: { id: string; score: number } | undefined;
      for (const item of candidates) {
        const score = titleSimilarity(entry.title, item.title);
        if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { id: item.id, score };
      }
      if (best) entry.item = best.id;
    }
    // Schema key order, so exports read the same whatever order the entry was built in.
    if (checkin.entries) {
      checkin.entries = checkin.entries.map(({ item, title, status, statusText, note }) => ({
        ...(item ? { item } : {}),
        title,
        status,
        ...(statusText ? { statusText } : {}),
        ...(note ? { note } : {}),
      }));
    }
  }
}

/** One check-in per date of the progress notes found under items, in date order. */
export function progressCheckins(ctx: InferContext): Checkin[] {
  const byDate = new Map<string, CheckinEntry[]>();
  for (const note of ctx.progress) {
    const entries = byDate.get(note.date) ?? [];
    entries.push({ item: note.itemId, title: note.title, status: note.status, note: note.note });
    byDate.set(note.date, entries);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, entries]) => ({ id: ctx.checkinIds.take(slugify(`${date}-progress`)), date, entries }));
}
