// What a revision has to store: the entities whose text changed and the ones that disappeared.
import type { EntityMap } from './entities.ts';

export interface EntityDelta {
  /** Entities added or changed, with their new text. */
  upserts: EntityMap;
  /** Keys of entities present before and absent after. */
  deletes: string[];
}

export function delta(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): EntityDelta {
  const upserts: EntityMap = new Map();
  for (const [key, text] of after) {
    if (before.get(key) !== text) upserts.set(key, text);
  }
  const deletes: string[] = [];
  for (const key of before.keys()) {
    if (!after.has(key)) deletes.push(key);
  }
  return { upserts, deletes };
}

export function isEmptyDelta(change: EntityDelta): boolean {
  return change.upserts.size === 0 && change.deletes.length === 0;
}

/** Applies a delta in place: the inverse direction of `delta`, used when replaying history. */
export function applyDelta(entities: EntityMap, change: EntityDelta): EntityMap {
  for (const key of change.deletes) entities.delete(key);
  for (const [key, text] of change.upserts) entities.set(key, text);
  return entities;
}
