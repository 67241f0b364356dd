// A store per dialect holding the Lanternfish sample as revision 1, and what the tests ask of it.
import type { CommandContext } from '../../../src/commands/context.ts';
import type { Store, WriteResult } from '../../../src/storage/index.ts';
import { sampleRoadmap } from '../../domain/roadmap/sample.ts';

export const WS = 'acme';
export const RID = 'lanternfish-2026h1';

export function contextOf(store: Store, actor = 'ada'): CommandContext {
  return { store, actor, workspaceId: WS };
}

export async function seed(store: Store): Promise<WriteResult> {
  await store.ensureWorkspace(WS);
  return store.createRoadmap({ workspaceId: WS, roadmap: sampleRoadmap(), actor: 'seed', kind: 'import' });
}

/** Seq of every revision, oldest first. */
export async function seqs(store: Store): Promise<number[]> {
  return (await store.listRevisions(WS, RID, { limit: 1000 })).map((r) => r.seq).reverse();
}

export async function head(store: Store) {
  return (await store.readRoadmap(WS, RID)).roadmap;
}
