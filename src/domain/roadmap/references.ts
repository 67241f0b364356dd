// Check-ins are history: when the section or item they speak of is deleted they stay, without the
// link the format would no longer let them hold.
import type { Checkin, CheckinEntry, Roadmap } from '../interchange/schema.ts';
import { indexRoadmap } from './tree.ts';

/** Drops check-in scopes and entry item links that name no section or item of the roadmap. */
export function detachReferences(roadmap: Roadmap): Roadmap {
  if (!roadmap.checkins) return roadmap;
  const index = indexRoadmap(roadmap);
  let changed = false;
  const checkins = roadmap.checkins.map((checkin): Checkin => {
    const dropScope = checkin.scope !== undefined && !index.sections.has(checkin.scope);
    let entriesChanged = false;
    const entries = checkin.entries?.map((entry): CheckinEntry => {
      if (entry.item === undefined || index.items.has(entry.item)) return entry;
      entriesChanged = true;
      const { item: _dropped, ...rest } = entry;
      return rest;
    });
    if (!dropScope && !entriesChanged) return checkin;
    changed = true;
    const next: Checkin = { ...checkin, ...(entriesChanged ? { entries } : {}) };
    if (dropScope) delete next.scope;
    return next;
  });
  return changed ? { ...roadmap, checkins } : roadmap;
}
