// Entity history: each revision stores the entities it changed; checkpoints store the whole
// entity map now and then so that rebuilding any revision replays a bounded number of revisions.
import type { Kysely } from 'kysely';
import type { EntityDelta } from '../../domain/revisions/delta.ts';
import type { EntityMap } from '../../domain/revisions/entities.ts';
import type { Database } from '../tables.ts';
import type { ReadCost } from '../types.ts';

const CHUNK = 500;

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export interface CheckpointState {
  seq: number;
  checkpointSeq: number;
  /** Delta bytes written since the last checkpoint, this revision's included. */
  bytesSinceCheckpoint: number;
  /** Bytes of the whole entity map as of seq. */
  sizeBytes: number;
  every: number;
}

/**
 * A checkpoint goes with the first revision, then whenever `every` revisions or a roadmap's worth
 * of delta bytes have piled up since the last one: a read replays fewer than `every` revisions
 * and fewer bytes than two copies of the roadmap, while small edits stay small.
 */
export function checkpointDue(state: CheckpointState): boolean {
  return (
    state.seq === 1 ||
    state.seq - state.checkpointSeq >= state.every ||
    state.bytesSinceCheckpoint >= state.sizeBytes
  );
}

export async function loadEntities(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId: string,
  seq: number,
): Promise<{ entities: EntityMap; cost: ReadCost }> {
  const checkpoint = await db
    .selectFrom('checkpoints')
    .select(['seq', 'body'])
    .where('workspace_id', '=', workspaceId)
    .where('roadmap_id', '=', roadmapId)
    .where('seq', '<=', seq)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!checkpoint)
    throw new Error(`storage is inconsistent: roadmap "${roadmapId}" has no checkpoint before ${seq}`);
  const entities: EntityMap = new Map(Object.entries(JSON.parse(checkpoint.body) as Record<string, string>));
  const rows = await db
    .selectFrom('entity_versions')
    .select(['entity_key', 'body'])
    .where('workspace_id', '=', workspaceId)
    .where('roadmap_id', '=', roadmapId)
    .where('seq', '>', checkpoint.seq)
    .where('seq', '<=', seq)
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    if (row.body === null) entities.delete(row.entity_key);
    else entities.set(row.entity_key, row.body);
  }
  return {
    entities,
    cost: { checkpointSeq: checkpoint.seq, deltasApplied: seq - checkpoint.seq, entityRowsRead: rows.length },
  };
}

export async function writeEntityVersions(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId: string,
  seq: number,
  change: EntityDelta,
): Promise<void> {
  const rows = [
    ...[...change.upserts].map(([key, body]) => ({ entity_key: key, body })),
    ...change.deletes.map((key) => ({ entity_key: key, body: null })),
  ].map((row) => ({ workspace_id: workspaceId, roadmap_id: roadmapId, seq, ...row }));
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db
      .insertInto('entity_versions')
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}

export function checkpointBody(entities: EntityMap): string {
  return JSON.stringify(Object.fromEntries(entities));
}
