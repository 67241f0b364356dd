import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRoadmaps, renderDiffText } from '../../../src/domain/diff/index.ts';
import {
  type Item,
  type Roadmap,
  type Section,
  StatusValues,
} from '../../../src/domain/interchange/schema.ts';

// Generated titles use this vocabulary; added items use words outside it, so no addition can be
// mistaken for a rename of a removal.
const word = fc.constantFrom('alpha', 'beta', 'gamma', 'api', 'spec', 'storage', 'review', 'sync', 'client');
const title = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

interface Shape {
  title: string;
  status?: Item['status'];
  tags?: string[];
  summary?: string;
  work?: Shape[];
}

const leaf = fc.record(
  {
    title,
    status: fc.constantFrom(...StatusValues),
    tags: fc.array(word, { minLength: 1, maxLength: 3 }),
    summary: fc.lorem({ maxCount: 2 }),
  },
  // Keys other than the title are sometimes left out: absent, never undefined, as in parsed JSON.
  { requiredKeys: ['title'] },
);
const shape: fc.Arbitrary<Shape> = fc
  .tuple(leaf, fc.array(leaf, { maxLength: 2 }))
  .map(([item, work]) => (work.length > 0 ? { ...item, work } : item));

const roadmapArb = fc
  .record({
    items: fc.array(shape, { maxLength: 3 }),
    sections: fc.array(fc.record({ title, items: fc.array(shape, { maxLength: 4 }) }), { maxLength: 3 }),
  })
  .map(({ items, sections }): Roadmap => {
    let next = 0;
    const build = (s: Shape): Item => {
      const { work, ...rest } = s;
      return { id: `i${next++}`, ...rest, ...(work ? { work: work.map(build) } : {}) };
    };
    return {
      id: 'generated',
      title: 'Generated',
      items: items.map(build),
      sections: sections.map((s, k): Section => ({ id: `s${k}`, title: s.title, items: s.items.map(build) })),
    };
  });

function allItems(roadmap: Roadmap): Item[] {
  const out: Item[] = [];
  const walk = (items: readonly Item[] | undefined) => {
    for (const item of items ?? []) {
      out.push(item);
      walk(item.work);
    }
  };
  walk(roadmap.items);
  for (const section of roadmap.sections ?? []) walk(section.items);
  return out;
}

/** Removes the chosen items with their work; returns how many items went. */
function removeItems(roadmap: Roadmap, ids: ReadonlySet<string>): number {
  let removed = 0;
  const count = (item: Item): number => 1 + (item.work ?? []).reduce((n, w) => n + count(w), 0);
  const prune = (items: Item[] | undefined): Item[] | undefined => {
    if (!items) return items;
    const kept: Item[] = [];
    for (const item of items) {
      if (ids.has(item.id)) removed += count(item);
      else kept.push(item);
    }
    for (const item of kept) item.work = prune(item.work);
    return kept;
  };
  roadmap.items = prune(roadmap.items);
  for (const section of roadmap.sections ?? []) section.items = prune(section.items);
  return removed;
}

describe('diff properties', () => {
  it('finds any roadmap identical to a copy of itself', () => {
    fc.assert(
      fc.property(roadmapArb, (roadmap) => {
        const diff = diffRoadmaps(roadmap, structuredClone(roadmap));
        expect(diff.summary.identical).toBe(true);
        expect(diff.items).toEqual([]);
        expect(renderDiffText(diff)).toBe('No changes.');
      }),
    );
  });

  it('counts exactly the items added and removed', () => {
    const edits = fc.record({
      roadmap: roadmapArb,
      picks: fc.array(fc.nat(), { maxLength: 4 }),
      additions: fc.array(fc.nat(), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(edits, ({ roadmap, picks, additions }) => {
        const after = structuredClone(roadmap);
        const items = allItems(roadmap);
        const chosen = new Set(items.length > 0 ? picks.map((p) => items[p % items.length]?.id ?? '') : []);
        const removed = removeItems(after, chosen);
        // Each addition lands at the root, in a section or under a kept item, by its number.
        after.items ??= [];
        const hosts: Item[][] = [after.items];
        for (const section of after.sections ?? []) {
          section.items ??= [];
          hosts.push(section.items);
        }
        for (const item of allItems(after)) {
          item.work ??= [];
          hosts.push(item.work);
        }
        additions.forEach((n, k) => {
          hosts[n % hosts.length]?.push({ id: `new-${k}`, title: `novel ${k} extra`, status: 'todo' });
        });
        const diff = diffRoadmaps(roadmap, after);
        expect(diff.summary.items).toEqual({
          added: additions.length,
          removed,
          moved: 0,
          renamed: 0,
          changed: 0,
        });
        expect(diff.summary.identical).toBe(additions.length + removed === 0);
        // Plain JSON: nothing is lost or changed by a round trip (no Maps, no undefined values).
        expect(JSON.parse(JSON.stringify(diff))).toStrictEqual(diff);
      }),
    );
  });
});
