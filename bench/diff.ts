// The semantic diff must be O(n): doubling the roadmap should roughly double the time.
import { diffRoadmaps } from '../src/domain/diff/index.ts';
import type { Item, Roadmap } from '../src/domain/interchange/index.ts';
import type { BenchRow } from './run.ts';
import { medianMs } from './timing.ts';

function roadmapOf(size: number, variant: number): Roadmap {
  const sections = Array.from({ length: Math.ceil(size / 50) }, (_, s) => ({
    id: `s${s}`,
    title: `Section ${s}`,
    items: Array.from({ length: 50 }, (_, i): Item => {
      const n = s * 50 + i;
      return {
        id: `i${n}`,
        title: `Item ${n} ${n % 7 === 0 && variant ? 'renamed' : 'title'}`,
        status: n % 5 === 0 && variant ? 'done' : 'todo',
        summary: `Summary of item ${n} with a few words ${variant && n % 3 === 0 ? 'changed here' : 'kept'}`,
        tags: ['a', `t${n % 4}`],
      };
    }),
  }));
  return { id: 'bench', title: 'Bench', sections };
}

const size = (roadmap: Roadmap) => (roadmap.sections ?? []).reduce((n, s) => n + (s.items?.length ?? 0), 0);

export async function benchDiff(): Promise<BenchRow[]> {
  const sizes = [1000, 2000, 4000, 8000];
  const pairs = sizes.map((size) => [roadmapOf(size, 0), roadmapOf(size, 1)] as const);
  // Warm the JIT on the largest pair so the baseline is not measured cold.
  for (let i = 0; i < 3; i++) diffRoadmaps(...(pairs[pairs.length - 1] as readonly [Roadmap, Roadmap]));
  const perItem: number[] = [];
  for (const [before, after] of pairs) {
    perItem.push((await medianMs(9, () => diffRoadmaps(before, after))) / size(before));
  }
  const baseline = perItem[0] ?? 0;
  // Linear scaling shows as a time per item that stays flat: ratio ≈ 1.
  return sizes.map((size, index) => ({
    name: `diff ${size} items: time per item`,
    value: (perItem[index] ?? 0) * 1000,
    unit: 'µs/item',
    baseline: baseline * 1000,
    ratio: (perItem[index] ?? 0) / baseline,
  }));
}
