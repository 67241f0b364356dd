// Revision storage on SQLite: what a one-field edit costs next to a full import, and what reading
// an old revision costs next to reading the head, both measured in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Roadmap } from '../src/domain/interchange/schema.ts';
import { openStore } from '../src/storage/index.ts';
import { bigRoadmap } from '../test/storage/fixtures.ts';
import { medianMs } from './timing.ts';

interface Row {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const WS = 'bench';
// Head at seq 232; the revision 200 edits back (seq 32) sits 31 revisions after the checkpoint
// at seq 1: the most a read ever replays with the default checkpoint interval of 32.
const EDITS = 231;
const BACK = 200;

const roadmapOf = (sections: number, perSection: number): Roadmap => ({
  ...bigRoadmap(sections, perSection),
  id: 'bench',
});

function withStatus(roadmap: Roadmap, edit: number): Roadmap {
  const copy = structuredClone(roadmap);
  const section = copy.sections?.[edit % 10];
  const item = section?.items?.[edit % 50];
  if (item) item.title = `Item renamed by edit ${edit}`;
  return copy;
}

export async function benchRevisions(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const store = await openStore({ sqlitePath: join(dir, 'bench.db') });
  try {
    await store.migrate();
    await store.ensureWorkspace(WS);
    let roadmap = roadmapOf(10, 50);
    const started = process.hrtime.bigint();
    const imported = await store.createRoadmap({ workspaceId: WS, roadmap, actor: 'bench', kind: 'import' });
    const importMs = Number(process.hrtime.bigint() - started) / 1e6;
    let head = imported;
    const editTimes: number[] = [];
    for (let edit = 1; edit <= EDITS; edit++) {
      roadmap = withStatus(roadmap, edit);
      const start = process.hrtime.bigint();
      head = await store.writeRoadmap({
        workspaceId: WS,
        roadmap,
        baseRevisionId: head.id,
        actor: 'bench',
        kind: 'edit',
      });
      editTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    editTimes.sort((a, b) => a - b);
    const editMs = editTimes[Math.floor(editTimes.length / 2)] ?? 0;

    const stats = await store.revisionStats(WS, 'bench');
    const edits = stats.slice(1);
    const oneEdit = edits[0];
    const amortised = edits.reduce((sum, s) => sum + s.bytesWritten + s.checkpointBytes, 0) / edits.length;
    const importBytes = imported.bytesWritten;

    const headRead = await store.readRoadmap(WS, 'bench');
    const backId = stats.find((s) => s.seq === head.seq - BACK)?.revisionId ?? '';
    const backRead = await store.readRoadmap(WS, 'bench', { revisionId: backId });
    const headMs = await medianMs(30, () => store.readRoadmap(WS, 'bench'));
    const backMs = await medianMs(30, () => store.readRoadmap(WS, 'bench', { revisionId: backId }));

    const row = (name: string, value: number, unit: string, baseline?: number): Row =>
      baseline === undefined
        ? { name, value, unit }
        : { name, value, unit, baseline, ratio: value / baseline };
    return [
      row('import 500 items: entity bytes', importBytes, 'B'),
      row('import 500 items: checkpoint bytes', stats[0]?.checkpointBytes ?? 0, 'B'),
      row('one-field edit: entity bytes', oneEdit?.bytesWritten ?? 0, 'B', importBytes),
      row(
        'one-field edit: entities written',
        oneEdit?.entitiesWritten ?? 0,
        'rows',
        imported.entitiesWritten,
      ),
      row(`${EDITS} edits: bytes per edit incl. checkpoints`, amortised, 'B', importBytes),
      row('write one-field edit (median)', editMs, 'ms', importMs),
      row('read head', headMs, 'ms'),
      row(`read revision ${BACK} edits back`, backMs, 'ms', headMs),
      row('read head: revisions replayed', headRead.cost.deltasApplied, 'revisions'),
      row(`read ${BACK} edits back: revisions replayed`, backRead.cost.deltasApplied, 'revisions'),
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
