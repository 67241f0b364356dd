// Ids for entities created through edits: the client's own, or a slug derived the way importers
// derive them (tracker ref, then title), made unique against every id already in the roadmap.
import { AlreadyExistsError } from '../errors.ts';
import type { Ref, Roadmap } from '../interchange/schema.ts';
import { indexRoadmap } from './tree.ts';

const MAX_SLUG = 80;

export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '');
}

/** Every section, item and check-in id of the roadmap. */
export function usedIds(roadmap: Roadmap): Set<string> {
  const index = indexRoadmap(roadmap);
  return new Set([
    ...index.sections.keys(),
    ...index.items.keys(),
    ...(roadmap.checkins ?? []).map((c) => c.id),
  ]);
}

/** The first of `base`, `base-2`, `base-3`… that the roadmap does not use yet. */
export function freshId(
  roadmap: Roadmap,
  candidates: readonly (string | undefined)[],
  fallback: string,
): string {
  const base = candidates.map((text) => (text === undefined ? '' : slugOf(text))).find((slug) => slug !== '');
  const stem = base ?? fallback;
  const used = usedIds(roadmap);
  let id = stem;
  for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
  return id;
}

export function itemIdCandidates(title: string, refs: readonly Ref[] | undefined): (string | undefined)[] {
  return [refs?.find((ref) => ref.tracker !== 'url')?.id, title];
}

export type IdKind = 'section' | 'item' | 'check-in';

/** Refuses a client-chosen id that another entity of the same kind has (the format's uniqueness rule). */
export function assertUnusedId(roadmap: Roadmap, id: string, kind: IdKind): void {
  const index = indexRoadmap(roadmap);
  const taken =
    kind === 'section'
      ? index.sections.has(id)
      : kind === 'item'
        ? index.items.has(id)
        : (roadmap.checkins ?? []).some((checkin) => checkin.id === id);
  if (taken) throw new AlreadyExistsError(`roadmap "${roadmap.id}" already has a ${kind} with id "${id}"`);
}
