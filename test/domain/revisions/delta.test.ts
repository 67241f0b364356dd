import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../../src/domain/interchange/schema.ts';
import { applyDelta, delta, isEmptyDelta } from '../../../src/domain/revisions/delta.ts';
import { decompose, recompose } from '../../../src/domain/revisions/entities.ts';
import { arbRoadmap } from '../../support/arbitraries.ts';

const base: Roadmap = {
  id: 'r',
  title: 'R',
  sections: [
    {
      id: 'a',
      title: 'A',
      items: [
        { id: 'a1', title: 'A1' },
        { id: 'a2', title: 'A2' },
      ],
    },
    { id: 'b', title: 'B', items: [{ id: 'b1', title: 'B1' }] },
  ],
};
const edit = (change: (roadmap: Roadmap) => void): Roadmap => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('delta', () => {
  it('is empty when nothing changed', () => {
    expect(isEmptyDelta(delta(decompose(base), decompose(structuredClone(base))))).toBe(true);
  });

  it('rewrites one entity for a one-field edit', () => {
    const after = edit((r) => {
      const item = r.sections?.[0]?.items?.[1];
      if (item) item.status = 'done';
    });
    const change = delta(decompose(base), decompose(after));
    expect([...change.upserts.keys()]).toEqual(['item:a2']);
    expect(change.deletes).toEqual([]);
  });

  it('rewrites the parent order list, not the siblings, when an item is inserted', () => {
    const after = edit((r) => r.sections?.[0]?.items?.splice(1, 0, { id: 'new', title: 'New' }));
    expect([...delta(decompose(base), decompose(after)).upserts.keys()]).toEqual(['section:a', 'item:new']);
  });

  it('moves an item by rewriting both parents only', () => {
    const after = edit((r) => {
      const moved = r.sections?.[0]?.items?.shift();
      if (moved) r.sections?.[1]?.items?.push(moved);
    });
    expect([...delta(decompose(base), decompose(after)).upserts.keys()]).toEqual(['section:a', 'section:b']);
  });

  it('deletes the entities that are gone, with their children', () => {
    const after = edit((r) => r.sections?.splice(0, 1));
    const change = delta(decompose(base), decompose(after));
    expect([...change.upserts.keys()]).toEqual(['roadmap:']);
    expect(change.deletes).toEqual(['section:a', 'item:a1', 'item:a2']);
  });

  it('replays: applying delta(before, after) to before gives after', () => {
    fc.assert(
      fc.property(arbRoadmap({ sectionDepth: 1 }), arbRoadmap({ sectionDepth: 1 }), (one, two) => {
        const after = decompose({ ...two, id: one.id });
        const replayed = applyDelta(decompose(one), delta(decompose(one), after));
        expect(new Map([...replayed].sort())).toEqual(new Map([...after].sort()));
        expect(recompose(replayed)).toStrictEqual({ ...two, id: one.id });
      }),
      { numRuns: 100 },
    );
  });
});
