// `npm run bench`: every benchmark reports figures next to a baseline measured in the same run,
// so results compare across machines as ratios rather than as absolute times.
import { benchDiff } from './diff.ts';
import { benchImport } from './import.ts';
import { benchRevisions } from './revisions.ts';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const suites: Record<string, () => Promise<BenchRow[]>> = {
  revisions: benchRevisions,
  diff: benchDiff,
  import: benchImport,
};

const only = process.argv.slice(2);
for (const [name, run] of Object.entries(suites)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const rows = await run();
  console.table(
    rows.map((row) => ({
      measure: row.name,
      value: Number(row.value.toPrecision(4)),
      unit: row.unit,
      baseline: row.baseline === undefined ? '' : Number(row.baseline.toPrecision(4)),
      ratio: row.ratio === undefined ? '' : Number(row.ratio.toPrecision(3)),
    })),
  );
}
