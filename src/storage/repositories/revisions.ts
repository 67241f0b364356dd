// Revision rows: lookup by id, seq or time, and the history listing.
import type { Kysely, Selectable } from 'kysely';
import { NotFoundError } from '../../domain/errors.ts';
import type { Database, RevisionsTable, RoadmapsTable } from '../tables.ts';
import { asOfUpperBound } from '../time.ts';
import type { ListRevisionsOptions, ReadAt, RevisionInfo, RevisionStat } from '../types.ts';

type RevisionRow = Selectable<RevisionsTable>;

export function toRevisionInfo(row: RevisionRow): RevisionInfo {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    roadmapId: row.roadmap_id,
    seq: row.seq,
    parentId: row.parent_id,
    actor: row.actor,
    message: row.message,
    kind: row.kind,
    versionLabel: row.version_label,
    createdAt: row.created_at,
    entitiesWritten: row.entities_written,
    bytesWritten: row.bytes_written,
  };
}

export async function requireRoadmap(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId: string,
): Promise<Selectable<RoadmapsTable>> {
  const row = await db
    .selectFrom('roadmaps')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', roadmapId)
    .executeTakeFirst();
  if (!row || row.head_revision_id === null) {
    throw new NotFoundError(`roadmap "${roadmapId}" not found in workspace "${workspaceId}"`);
  }
  return row;
}

const revisionsOf = (db: Kysely<Database>, workspaceId: string, roadmapId: string) =>
  db
    .selectFrom('revisions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('roadmap_id', '=', roadmapId);

export async function revisionBySeq(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId: string,
  seq: number,
): Promise<RevisionRow> {
  const row = await revisionsOf(db, workspaceId, roadmapId).where('seq', '=', seq).executeTakeFirst();
  if (!row) throw new NotFoundError(`roadmap "${roadmapId}" has no revision ${seq}`);
  return row;
}

export async function revisionById(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId: string,
  revisionId: string,
): Promise<RevisionRow> {
  const row = await revisionsOf(db, workspaceId, roadmapId).where('id', '=', revisionId).executeTakeFirst();
  if (!row) throw new NotFoundError(`roadmap "${roadmapId}" has no revision "${revisionId}"`);
  return row;
}

async function revisionAsOf(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId: string,
  asOf: string,
): Promise<RevisionRow> {
  const bound = asOfUpperBound(asOf);
  const row = await revisionsOf(db, workspaceId, roadmapId)
    .where('created_at', '<=', bound)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row) return row;
  const first = await revisionsOf(db, workspaceId, roadmapId).orderBy('seq').limit(1).executeTakeFirst();
  throw new NotFoundError(
    `roadmap "${roadmapId}" did not exist yet at ${bound}` +
      (first ? `: its first revision is from ${first.created_at}` : ''),
  );
}

/** The revision a read asks for; the roadmap must exist. */
export function resolveRevision(
  db: Kysely<Database>,
  roadmap: Selectable<RoadmapsTable>,
  at: ReadAt | undefined,
): Promise<RevisionRow> {
  const { workspace_id: workspaceId, id: roadmapId } = roadmap;
  if (at === undefined) return revisionBySeq(db, workspaceId, roadmapId, roadmap.head_seq);
  if ('revisionId' in at) return revisionById(db, workspaceId, roadmapId, at.revisionId);
  return revisionAsOf(db, workspaceId, roadmapId, at.asOf);
}

export async function listRevisionRows(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId: string,
  { limit = 50, beforeSeq }: ListRevisionsOptions,
): Promise<RevisionInfo[]> {
  let query = revisionsOf(db, workspaceId, roadmapId)
    .orderBy('seq', 'desc')
    .limit(Math.max(1, Math.min(limit, 1000)));
  if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
  return (await query.execute()).map(toRevisionInfo);
}

export async function revisionStatRows(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId: string,
): Promise<RevisionStat[]> {
  const rows = await revisionsOf(db, workspaceId, roadmapId).orderBy('seq').execute();
  return rows.map((row) => ({
    seq: row.seq,
    revisionId: row.id,
    kind: row.kind,
    entitiesWritten: row.entities_written,
    bytesWritten: row.bytes_written,
    checkpointBytes: row.checkpoint_bytes,
  }));
}
