// The outbox: events appended inside the revision's own write transaction, so a revision and its
// events commit or vanish together, and the webhook jobs they raise are enqueued in the same step.
import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Roadmap } from '../../domain/interchange/schema.ts';
import type { Database, RevisionsTable } from '../tables.ts';
import type { DialectName } from '../types.ts';
import { enqueueDeliveries } from './deliveries.ts';
import { deriveEvents } from './derive.ts';
import { type EventsDatabase, type EventsTable, withEventTables } from './tables.ts';
import type { EventType, ListEventsOptions, WaymarkEvent } from './types.ts';

// Rows per INSERT: far below either dialect's bound on statement parameters.
export const INSERT_CHUNK = 200;

export interface RevisionChange {
  revision: Selectable<RevisionsTable>;
  /** The parent roadmap; undefined when this revision created the roadmap. */
  before: Roadmap | undefined;
  after: Roadmap;
}

/** Events committed on PostgreSQL reach every listener of the same schema through this channel. */
export const NOTIFY_CHANNEL_SQL = "'wm_events_' || left(md5(current_schema()), 16)";

export async function appendRevisionEvents(
  db: Kysely<Database>,
  dialect: DialectName,
  change: RevisionChange,
): Promise<void> {
  const trx = withEventTables(db);
  const { revision } = change;
  const derived = deriveEvents(change.before, change.after, revision.kind);
  if (dialect === 'postgres') {
    // Identity values are handed out at insert but become visible at commit, so two writers could
    // commit seq 6 before seq 5 and a reader resuming after 6 would never see 5. Serialising the
    // short tail of event writers (lock held to commit) makes seq order commit order.
    await sql`select pg_advisory_xact_lock(hashtext('waymark.events:' || current_schema()))`.execute(trx);
  }
  const rows = derived.map((event) => ({
    id: randomUUID(),
    workspace_id: revision.workspace_id,
    roadmap_id: revision.roadmap_id,
    revision_id: revision.id,
    revision_seq: revision.seq,
    type: event.type,
    data: JSON.stringify({
      revision: {
        id: revision.id,
        seq: revision.seq,
        kind: revision.kind,
        actor: revision.actor,
        message: revision.message,
      },
      ...event.data,
    }),
    created_at: revision.created_at,
  }));
  const stored: Array<{ seq: number; type: string }> = [];
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const inserted = await trx
      .insertInto('events')
      .values(rows.slice(start, start + INSERT_CHUNK))
      .returning(['seq', 'type'])
      .execute();
    stored.push(...inserted.map((row) => ({ seq: Number(row.seq), type: row.type })));
  }
  await enqueueDeliveries(trx, revision.workspace_id, stored, revision.created_at);
  if (dialect === 'postgres') await notifyCommitted(trx);
}

/**
 * A deletion leaves no revision, so its event names the last one the roadmap had; appended in the
 * deleting transaction like every other event.
 */
export async function appendDeletionEvent(
  db: Kysely<Database>,
  dialect: DialectName,
  deletion: {
    workspaceId: string;
    roadmapId: string;
    lastRevision: Selectable<RevisionsTable>;
    actor: string;
    at: string;
  },
): Promise<void> {
  const trx = withEventTables(db);
  if (dialect === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext('waymark.events:' || current_schema()))`.execute(trx);
  }
  const { lastRevision } = deletion;
  const inserted = await trx
    .insertInto('events')
    .values({
      id: randomUUID(),
      workspace_id: deletion.workspaceId,
      roadmap_id: deletion.roadmapId,
      revision_id: lastRevision.id,
      revision_seq: lastRevision.seq,
      type: 'roadmap.deleted',
      data: JSON.stringify({
        revision: {
          id: lastRevision.id,
          seq: lastRevision.seq,
          kind: lastRevision.kind,
          actor: lastRevision.actor,
          message: lastRevision.message,
        },
        roadmap: { id: deletion.roadmapId },
        deletedBy: deletion.actor,
        deletedAt: deletion.at,
      }),
      created_at: deletion.at,
    })
    .returning(['seq', 'type'])
    .execute();
  await enqueueDeliveries(
    trx,
    deletion.workspaceId,
    inserted.map((row) => ({ seq: Number(row.seq), type: row.type })),
    deletion.at,
  );
  if (dialect === 'postgres') await notifyCommitted(trx);
}

/** NOTIFY inside a transaction is delivered when it commits, and never if it rolls back. */
export async function notifyCommitted(trx: Kysely<EventsDatabase> | Kysely<Database>): Promise<void> {
  await sql`select pg_notify(${sql.raw(NOTIFY_CHANNEL_SQL)}, '')`.execute(trx);
}

export function toEvent(row: Selectable<EventsTable>): WaymarkEvent {
  const { revision, ...data } = JSON.parse(row.data) as { revision: WaymarkEvent['revision'] } & Record<
    string,
    unknown
  >;
  return {
    seq: Number(row.seq),
    id: row.id,
    type: row.type as EventType,
    workspaceId: row.workspace_id,
    roadmapId: row.roadmap_id,
    revision,
    createdAt: row.created_at,
    data,
  };
}

export async function listEvents(db: Kysely<Database>, options: ListEventsOptions): Promise<WaymarkEvent[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 100, 1000));
  const rows = await withEventTables(db)
    .selectFrom('events')
    .selectAll()
    .where('workspace_id', '=', options.workspaceId)
    .$if(options.roadmapId !== undefined, (query) => query.where('roadmap_id', '=', options.roadmapId ?? ''))
    .where('seq', '>', options.afterSeq ?? 0)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toEvent);
}

export async function latestEventSeq(
  db: Kysely<Database>,
  workspaceId: string,
  roadmapId?: string,
): Promise<number> {
  const row = await withEventTables(db)
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('workspace_id', '=', workspaceId)
    .$if(roadmapId !== undefined, (query) => query.where('roadmap_id', '=', roadmapId ?? ''))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}
