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

export async function benchDiff(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const baseSize = 1000;
  const [baseBefore, baseAfter] = [roadmapOf(baseSize, 0), roadmapOf(baseSize, 1)];
  const baseline = await medianMs(7, () => diffRoadmaps(baseBefore, baseAfter));
  rows.push({ name: `diff ${baseSize} items`, value: baseline, unit: 'ms' });
  for (const factor of [2, 4, 8]) {
    const size = baseSize * factor;
    const before = roadmapOf(size, 0);
    const after = roadmapOf(size, 1);
    const time = await medianMs(5, () => diffRoadmaps(before, after));
    // Linear scaling shows as ratio / factor ≈ 1.
    rows.push({
      name: `diff ${size} items (ratio ÷ ${factor} ≈ 1 if linear)`,
      value: time,
      unit: 'ms',
      baseline,
      ratio: time / baseline,
    });
  }
  return rows;
}
