// A roadmap split into independently versioned entities, so that a revision stores only what it
// changed. Each container keeps the ordered ids of its children in place of the children
// themselves: inserting one item rewrites its parent's order list, never its siblings.
import { type Issue, ValidationError } from '../errors.ts';
import type { Checkin, Item, Roadmap, Section } from '../interchange/schema.ts';
import { canonicalRoadmap } from './canonical.ts';

export type EntityKind = 'roadmap' | 'section' | 'item' | 'checkin';

/** Entity key (`kind:id`) → canonical JSON text of that entity. */
export type EntityMap = Map<string, string>;

export const ROADMAP_ENTITY_KEY = 'roadmap:';

export function entityKey(kind: EntityKind, id = ''): string {
  return `${kind}:${id}`;
}

export function parseEntityKey(key: string): { kind: EntityKind; id: string } {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  if (colon < 0 || !(kind === 'roadmap' || kind === 'section' || kind === 'item' || kind === 'checkin')) {
    throw new Error(`not an entity key: "${key}"`);
  }
  return { kind, id: key.slice(colon + 1) };
}

// Where each container's children go, and the entity kind of the children. A child list is
// stored only when the array was present, so `work: []` and no `work` stay distinct.
const CHILD_LISTS = {
  roadmap: {
    sections: ['sectionIds', 'section'],
    items: ['itemIds', 'item'],
    checkins: ['checkinIds', 'checkin'],
  },
  section: { sections: ['sectionIds', 'section'], items: ['itemIds', 'item'] },
  item: { work: ['workIds', 'item'] },
  checkin: {},
} as const satisfies Record<EntityKind, Record<string, readonly [string, EntityKind]>>;

type Json = Record<string, unknown>;
type ChildSpec = Readonly<Record<string, readonly [string, EntityKind]>>;

class Decomposer {
  readonly entities: EntityMap = new Map();
  readonly issues: Issue[] = [];

  add(kind: EntityKind, node: Json, pointer: string): void {
    const spec: ChildSpec = CHILD_LISTS[kind];
    const key = entityKey(kind, kind === 'roadmap' ? '' : String(node.id));
    if (this.entities.has(key)) {
      this.issues.push({ pointer: `${pointer}/id`, message: `duplicate ${kind} id "${String(node.id)}"` });
      return;
    }
    // Reserve the slot before the children so the roadmap entity comes first in the map.
    this.entities.set(key, '');
    const entries: [string, unknown][] = [];
    for (const [name, value] of Object.entries(node)) {
      const child = spec[name];
      if (Object.values(spec).some(([listName]) => listName === name)) {
        this.issues.push({ pointer: `${pointer}/${name}`, message: `"${name}" is reserved for storage` });
      }
      if (!child) {
        entries.push([name, value]);
        continue;
      }
      const [listName, childKind] = child;
      if (!Array.isArray(value)) {
        this.issues.push({ pointer: `${pointer}/${name}`, message: 'must be an array' });
        continue;
      }
      const children = value as Json[];
      entries.push([listName, children.map((c) => c.id)]);
      children.forEach((c, index) => {
        this.add(childKind, c, `${pointer}/${name}/${index}`);
      });
    }
    this.entities.set(key, JSON.stringify(Object.fromEntries(entries)));
  }
}

/**
 * Splits a roadmap into entities: `roadmap:`, `section:<id>`, `item:<id>` (nested work included),
 * `checkin:<id>`. Throws ValidationError when two sections, items or check-ins share an id.
 */
export function decompose(roadmap: Roadmap): EntityMap {
  const decomposer = new Decomposer();
  decomposer.add('roadmap', canonicalRoadmap(roadmap) as unknown as Json, '/roadmap');
  if (decomposer.issues.length > 0) {
    const lines = decomposer.issues.map((issue) => `  ${issue.pointer}: ${issue.message}`);
    throw new ValidationError(['roadmap cannot be stored:', ...lines].join('\n'), decomposer.issues);
  }
  return decomposer.entities;
}

class Recomposer {
  private readonly used = new Set<string>();

  constructor(private readonly entities: ReadonlyMap<string, string>) {}

  build(kind: EntityKind, key: string): Json {
    const text = this.entities.get(key);
    if (text === undefined) throw new Error(`inconsistent entities: "${key}" is referenced but missing`);
    if (this.used.has(key)) throw new Error(`inconsistent entities: "${key}" is referenced twice`);
    this.used.add(key);
    const spec: ChildSpec = CHILD_LISTS[kind];
    const lists = new Map(
      Object.entries(spec).map(([name, [listName, childKind]]) => [listName, { name, childKind }]),
    );
    const entries: [string, unknown][] = [];
    for (const [name, value] of Object.entries(JSON.parse(text) as Json)) {
      const list = lists.get(name);
      if (!list) {
        entries.push([name, value]);
        continue;
      }
      const ids = value as string[];
      entries.push([list.name, ids.map((id) => this.build(list.childKind, entityKey(list.childKind, id)))]);
    }
    return Object.fromEntries(entries);
  }

  assertAllUsed(): void {
    if (this.used.size === this.entities.size) return;
    const orphan = [...this.entities.keys()].find((key) => !this.used.has(key));
    throw new Error(`inconsistent entities: "${orphan ?? '?'}" belongs to no container`);
  }
}

/** The exact inverse of decompose. Throws a plain Error when the entities do not form one tree. */
export function recompose(entities: ReadonlyMap<string, string>): Roadmap {
  const recomposer = new Recomposer(entities);
  const roadmap = recomposer.build('roadmap', ROADMAP_ENTITY_KEY);
  recomposer.assertAllUsed();
  return roadmap as unknown as Roadmap;
}

/** The parsed fields of an item entity, for indexes that look at one item at a time. */
export type ItemEntity = Omit<Item, 'work'> & { workIds?: string[] };
export type SectionEntity = Omit<Section, 'sections' | 'items'> & {
  sectionIds?: string[];
  itemIds?: string[];
};
export type CheckinEntity = Checkin;
