// Writing a roadmap: one transaction that checks the base revision, stores only the entities
// that changed, keeps the search index on the head, and adds a checkpoint when one is due.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { AlreadyExistsError, NotFoundError, StaleRevisionError } from '../../domain/errors.ts';
import { delta, type EntityDelta, isEmptyDelta } from '../../domain/revisions/delta.ts';
import { decompose, type EntityMap, parseEntityKey, recompose } from '../../domain/revisions/entities.ts';
import type { DialectAdapter } from '../dialect.ts';
import { appendRevisionEvents } from '../events/outbox.ts';
import { searchDocFromItem } from '../search-text.ts';
import type { Database, RevisionsTable, RoadmapsTable } from '../tables.ts';
import { assertStorable, storableText } from '../text.ts';
import { nextTimestamp } from '../time.ts';
import type { WriteResult, WriteRoadmapInput } from '../types.ts';
import { checkpointBody, checkpointDue, loadEntities, utf8Length, writeEntityVersions } from './history.ts';
import { revisionBySeq, toRevisionInfo } from './revisions.ts';
import { applyVisibility } from './visibility.ts';

export interface WriteContext {
  adapter: DialectAdapter;
  checkpointEvery: number;
  now: () => Date;
  /** Runs after a transaction that created a revision (and its events) has committed. */
  onCommitted?: () => void;
}

type RoadmapRow = Selectable<RoadmapsTable>;

export async function writeRoadmap(context: WriteContext, input: WriteRoadmapInput): Promise<WriteResult> {
  // Pure work first: a document with duplicate ids fails before any transaction starts.
  const after = decompose(input.roadmap);
  const { workspaceId, actor, message, kind, versionLabel } = input;
  assertStorable({ workspaceId, actor, message, kind, versionLabel });
  const { adapter } = context;
  const result = await adapter.writeTransaction(async (trx): Promise<WriteResult> => {
    const row = await lockHead(trx, adapter, input);
    const before: EntityMap = row
      ? (await loadEntities(trx, input.workspaceId, input.roadmap.id, row.head_seq)).entities
      : new Map();
    const change = delta(before, after);
    if (row && isEmptyDelta(change) && input.versionLabel === undefined) {
      if (input.visibility !== undefined) {
        await applyVisibility(trx, context.now(), workspaceId, input.roadmap.id, input.visibility);
      }
      const head = await revisionBySeq(trx, input.workspaceId, input.roadmap.id, row.head_seq);
      return { ...toRevisionInfo(head), created: false };
    }
    const revision = await appendRevision(trx, context, input, row, after, change);
    if (input.visibility !== undefined) {
      await applyVisibility(trx, context.now(), workspaceId, input.roadmap.id, input.visibility);
    }
    await appendRevisionEvents(trx, adapter.name, {
      revision,
      before: row ? recompose(before) : undefined,
      after: recompose(after),
    });
    return { ...toRevisionInfo(revision), created: true };
  });
  if (result.created) context.onCommitted?.();
  return result;
}

/** The roadmap row, locked, after checking the base; undefined when creating. */
async function lockHead(
  trx: Kysely<Database>,
  adapter: DialectAdapter,
  input: WriteRoadmapInput,
): Promise<RoadmapRow | undefined> {
  const { workspaceId, baseRevisionId } = input;
  const roadmapId = input.roadmap.id;
  const workspace = await trx
    .selectFrom('workspaces')
    .select('id')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  if (!workspace) throw new NotFoundError(`workspace "${workspaceId}" not found`);
  const row = await adapter
    .lockForWrite(
      trx
        .selectFrom('roadmaps')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', roadmapId),
    )
    .executeTakeFirst();
  if (baseRevisionId === null) {
    if (row)
      throw new AlreadyExistsError(`roadmap "${roadmapId}" already exists in workspace "${workspaceId}"`);
    return undefined;
  }
  if (!row) throw new NotFoundError(`roadmap "${roadmapId}" not found in workspace "${workspaceId}"`);
  if (row.head_revision_id !== baseRevisionId) {
    throw new StaleRevisionError(baseRevisionId, row.head_revision_id ?? '(none)');
  }
  return row;
}

async function insertRoadmapRow(trx: Kysely<Database>, input: WriteRoadmapInput, at: string): Promise<void> {
  const result = await trx
    .insertInto('roadmaps')
    .values({
      workspace_id: input.workspaceId,
      id: input.roadmap.id,
      title: storableText(input.roadmap.title),
      head_revision_id: null,
      head_seq: 0,
      head_created_at: null,
      checkpoint_seq: 0,
      bytes_since_checkpoint: 0,
      created_at: at,
      updated_at: at,
    })
    // A concurrent creator that committed first wins; this one then inserts nothing.
    .onConflict((conflict) => conflict.columns(['workspace_id', 'id']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) {
    throw new AlreadyExistsError(
      `roadmap "${input.roadmap.id}" already exists in workspace "${input.workspaceId}"`,
    );
  }
}

function bytesOf(entities: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const text of entities.values()) total += utf8Length(text);
  return total;
}

async function appendRevision(
  trx: Kysely<Database>,
  context: WriteContext,
  input: WriteRoadmapInput,
  row: RoadmapRow | undefined,
  after: EntityMap,
  change: EntityDelta,
): Promise<Selectable<RevisionsTable>> {
  const { workspaceId, baseRevisionId } = input;
  const roadmapId = input.roadmap.id;
  const seq = (row?.head_seq ?? 0) + 1;
  const createdAt = nextTimestamp(context.now(), row?.head_created_at ?? null);
  const bytesWritten = bytesOf(change.upserts);
  const bytesSinceCheckpoint = (row?.bytes_since_checkpoint ?? 0) + bytesWritten;
  const checkpointSeq = row?.checkpoint_seq ?? 0;
  const every = context.checkpointEvery;
  const checkpoint = checkpointDue({
    seq,
    checkpointSeq,
    bytesSinceCheckpoint,
    sizeBytes: bytesOf(after),
    every,
  })
    ? checkpointBody(after)
    : undefined;

  if (!row) await insertRoadmapRow(trx, input, createdAt);
  const revision: Selectable<RevisionsTable> = {
    workspace_id: workspaceId,
    roadmap_id: roadmapId,
    seq,
    id: randomUUID(),
    parent_id: baseRevisionId,
    actor: input.actor,
    message: input.message ?? null,
    kind: input.kind,
    version_label: input.versionLabel ?? null,
    created_at: createdAt,
    entities_written: change.upserts.size + change.deletes.length,
    bytes_written: bytesWritten,
    checkpoint_bytes: checkpoint === undefined ? 0 : utf8Length(checkpoint),
  };

  // Compare-and-set on the head: the row lock already excludes other writers where the dialect
  // has one; this makes losing a race impossible to miss in any case.
  const moved = await trx
    .updateTable('roadmaps')
    .set({
      title: storableText(input.roadmap.title),
      head_revision_id: revision.id,
      head_seq: seq,
      head_created_at: createdAt,
      checkpoint_seq: checkpoint === undefined ? checkpointSeq : seq,
      bytes_since_checkpoint: checkpoint === undefined ? bytesSinceCheckpoint : 0,
      updated_at: createdAt,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', roadmapId)
    .where((eb) =>
      baseRevisionId === null
        ? eb('head_revision_id', 'is', null)
        : eb('head_revision_id', '=', baseRevisionId),
    )
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) {
    const current = await trx
      .selectFrom('roadmaps')
      .select('head_revision_id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', roadmapId)
      .executeTakeFirst();
    throw new StaleRevisionError(baseRevisionId, current?.head_revision_id ?? '(none)');
  }

  await trx.insertInto('revisions').values(revision).execute();
  await updateSearch(trx, context.adapter, workspaceId, roadmapId, change);
  await writeEntityVersions(trx, workspaceId, roadmapId, seq, change);
  if (checkpoint !== undefined) {
    await trx
      .insertInto('checkpoints')
      .values({ workspace_id: workspaceId, roadmap_id: roadmapId, seq, body: checkpoint })
      .execute();
  }
  return revision;
}

/** Re-indexes only the items this revision changed; the index always describes the head. */
async function updateSearch(
  trx: Kysely<Database>,
  adapter: DialectAdapter,
  workspaceId: string,
  roadmapId: string,
  change: EntityDelta,
): Promise<void> {
  const docs = [...change.upserts]
    .filter(([key]) => parseEntityKey(key).kind === 'item')
    .map(([, text]) => searchDocFromItem(text));
  const removed = change.deletes.map(parseEntityKey).filter((key) => key.kind === 'item');
  await adapter.search.remove(
    trx,
    workspaceId,
    roadmapId,
    removed.map((key) => key.id),
  );
  await adapter.search.upsert(trx, workspaceId, roadmapId, docs);
}
