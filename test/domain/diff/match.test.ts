import { describe, expect, it } from 'vitest';
import {
  type DiffMetrics,
  diffRoadmaps,
  MAX_TITLE_CANDIDATES,
  matchTitles,
  titleSimilarity,
} from '../../../src/domain/diff/index.ts';
import type { Item, Roadmap } from '../../../src/domain/interchange/schema.ts';

describe('title similarity', () => {
  it('compares normalised word sets with the Dice coefficient', () => {
    expect(titleSimilarity('Write the API-spec', 'write the api spec')).toBe(1);
    expect(titleSimilarity('Café déployé', 'cafe deploye')).toBe(1);
    expect(titleSimilarity('Implement the storage backend', 'Implement the new storage backend')).toBeCloseTo(
      8 / 9,
    );
    expect(titleSimilarity('✅', '🚧')).toBe(0);
  });
});

describe('matchTitles', () => {
  const candidate = (key: string, title: string, group = 'root') => ({ key, title, group });

  it('pairs one to one, best similarity first, and skips pairs under the threshold', () => {
    const removed = [candidate('a', 'Port the loader to Python 3'), candidate('b', 'Unrelated goal')];
    const added = [
      candidate('x', 'Port the Git loader to Python 3'),
      candidate('y', 'Port the loader to Python 3'),
      candidate('z', 'Something else'),
    ];
    expect(matchTitles(removed, added)).toEqual([{ beforeKey: 'a', afterKey: 'y', similarity: 1 }]);
  });

  it('breaks ties by group, then by document order', () => {
    const removed = [candidate('a', 'Write docs', 's1'), candidate('b', 'Write docs', 's2')];
    const added = [candidate('x', 'Write docs', 's2'), candidate('y', 'Write docs', 's1')];
    expect(matchTitles(removed, added)).toEqual([
      { beforeKey: 'b', afterKey: 'x', similarity: 1 },
      { beforeKey: 'a', afterKey: 'y', similarity: 1 },
    ]);
  });
});

// 10 sections of 200 items; the first 100 items of each section get a new id and one more word.
function scaled(count: number, renamed: (i: number) => boolean, title: (i: number) => string): Roadmap[] {
  const make = (after: boolean): Roadmap => ({
    id: 'big',
    title: 'Big',
    sections: Array.from({ length: 10 }, (_, s) => ({
      id: `s${s}`,
      title: `Section ${s}`,
      items: Array.from({ length: count / 10 }, (_, k): Item => {
        const i = s * (count / 10) + k;
        const changed = after && renamed(i);
        return { id: changed ? `new-${i}` : `item-${i}`, title: changed ? `${title(i)} layer` : title(i) };
      }),
    })),
  });
  return [make(false), make(true)];
}

describe('rename matching stays within its bound', () => {
  const renamed = (i: number) => i % 200 < 100;

  it('makes one similarity call per renamed item when titles carry a distinguishing word', () => {
    const [before, after] = scaled(2000, renamed, (i) => `Implement widget ${i} storage`);
    const metrics: DiffMetrics = { similarityCalls: 0 };
    const diff = diffRoadmaps(before as Roadmap, after as Roadmap, { metrics });
    expect(diff.summary.items).toEqual({ added: 0, removed: 0, moved: 0, renamed: 1000, changed: 0 });
    expect(metrics.similarityCalls).toBeLessThanOrEqual(MAX_TITLE_CANDIDATES * 1000);
    expect(metrics.similarityCalls).toBe(1000);
  });

  it('caps the calls at MAX_TITLE_CANDIDATES per added item when every title is alike', () => {
    const [before, after] = scaled(2000, renamed, () => 'Fix the bug');
    const metrics: DiffMetrics = { similarityCalls: 0 };
    const diff = diffRoadmaps(before as Roadmap, after as Roadmap, { metrics });
    expect(metrics.similarityCalls).toBeLessThanOrEqual(MAX_TITLE_CANDIDATES * 1000);
    // The documented price of the cap: most of these indistinguishable renames stay added + removed.
    const { added, removed, renamed: pairs } = diff.summary.items;
    expect(added + pairs).toBe(1000);
    expect(removed + pairs).toBe(1000);
  });
});
