// Webhook delivery jobs: one row per event and matching subscription, enqueued in the event's own
// transaction, claimed by workers so that each job is sent by one worker at a time across processes.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { NotFoundError } from '../../domain/errors.ts';
import type { DialectAdapter } from '../dialect.ts';
import type { Database } from '../tables.ts';
import { toEvent } from './outbox.ts';
import { type EventsDatabase, type WebhookDeliveriesTable, withEventTables } from './tables.ts';
import type {
  ClaimedDelivery,
  DeliveryOutcome,
  DeliveryStatus,
  ListDeliveriesOptions,
  WebhookDelivery,
} from './types.ts';

const CHUNK = 200;

export function toDelivery(row: Selectable<WebhookDeliveriesTable>): WebhookDelivery {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    subscriptionId: row.subscription_id,
    eventSeq: Number(row.event_seq),
    eventType: row.event_type,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    redeliveryOf: row.redelivery_of,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deliveredAt: row.delivered_at,
  };
}

function pendingRow(
  workspaceId: string,
  subscriptionId: string,
  event: { seq: number; type: string },
  at: string,
  redeliveryOf: string | null,
): Selectable<WebhookDeliveriesTable> {
  return {
    id: randomUUID(),
    workspace_id: workspaceId,
    subscription_id: subscriptionId,
    event_seq: event.seq,
    event_type: event.type,
    status: 'pending',
    attempts: 0,
    next_attempt_at: at,
    locked_until: null,
    last_status_code: null,
    last_error: null,
    redelivery_of: redeliveryOf,
    created_at: at,
    updated_at: at,
    delivered_at: null,
  };
}

export async function enqueueDeliveries(
  trx: Kysely<EventsDatabase>,
  workspaceId: string,
  events: ReadonlyArray<{ seq: number; type: string }>,
  at: string,
): Promise<void> {
  if (events.length === 0) return;
  const subscriptions = await trx
    .selectFrom('webhook_subscriptions')
    .select(['id', 'events'])
    .where('workspace_id', '=', workspaceId)
    .where('active', '=', 1)
    .execute();
  const rows: Selectable<WebhookDeliveriesTable>[] = [];
  for (const subscription of subscriptions) {
    const wanted = new Set(JSON.parse(subscription.events) as string[]);
    for (const event of events) {
      if (wanted.has('*') || wanted.has(event.type))
        rows.push(pendingRow(workspaceId, subscription.id, event, at, null));
    }
  }
  for (let start = 0; start < rows.length; start += CHUNK) {
    await trx
      .insertInto('webhook_deliveries')
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}

export async function deliveryRow(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<Selectable<WebhookDeliveriesTable>> {
  const row = await withEventTables(db)
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`webhook delivery "${id}" not found in workspace "${workspaceId}"`);
  return row;
}

export async function listDeliveryRows(
  db: Kysely<Database>,
  subscriptionId: string,
  options: ListDeliveriesOptions,
): Promise<WebhookDelivery[]> {
  const events = withEventTables(db);
  const limit = Math.max(1, Math.min(options.limit ?? 50, 200));
  const before = options.before
    ? await events
        .selectFrom('webhook_deliveries')
        .select(['created_at', 'id'])
        .where('id', '=', options.before)
        .executeTakeFirst()
    : undefined;
  if (options.before && !before) throw new NotFoundError(`webhook delivery "${options.before}" not found`);
  const rows = await events
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .$if(before !== undefined, (query) =>
      query.where((eb) =>
        eb.or([
          eb('created_at', '<', before?.created_at ?? ''),
          eb.and([eb('created_at', '=', before?.created_at ?? ''), eb('id', '<', before?.id ?? '')]),
        ]),
      ),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toDelivery);
}

export async function insertRedelivery(
  db: Kysely<Database>,
  original: Selectable<WebhookDeliveriesTable>,
  now: Date,
): Promise<WebhookDelivery> {
  const row = pendingRow(
    original.workspace_id,
    original.subscription_id,
    { seq: Number(original.event_seq), type: original.event_type },
    now.toISOString(),
    original.id,
  );
  await withEventTables(db).insertInto('webhook_deliveries').values(row).execute();
  return toDelivery(row);
}

/**
 * Due jobs of active subscriptions, plus jobs whose worker's lease ran out. On PostgreSQL the
 * candidate rows are locked with SKIP LOCKED, so concurrent workers in other processes pass over
 * each other's rows instead of waiting or taking them twice; SQLite's write transaction excludes
 * every other writer already.
 */
export async function claimDue(
  adapter: DialectAdapter,
  options: { now: Date; limit: number; leaseMs: number },
): Promise<ClaimedDelivery[]> {
  const now = options.now.toISOString();
  const lockedUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
  return adapter.writeTransaction(async (db) => {
    const trx = withEventTables(db);
    const candidates = await trx
      .selectFrom('webhook_deliveries')
      .select('webhook_deliveries.id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
          eb.and([eb('status', '=', 'delivering'), eb('locked_until', '<=', now)]),
        ]),
      )
      .where('subscription_id', 'in', (eb) =>
        eb.selectFrom('webhook_subscriptions').select('id').where('active', '=', 1),
      )
      .orderBy('next_attempt_at')
      .limit(options.limit)
      .$if(adapter.name === 'postgres', (query) => query.forUpdate().skipLocked())
      .execute();
    if (candidates.length === 0) return [];
    const ids = candidates.map((row) => row.id);
    await trx
      .updateTable('webhook_deliveries')
      .set((eb) => ({
        status: 'delivering',
        locked_until: lockedUntil,
        attempts: eb('attempts', '+', 1),
        updated_at: now,
      }))
      .where('id', 'in', ids)
      .execute();
    const rows = await trx
      .selectFrom('webhook_deliveries')
      .innerJoin('webhook_subscriptions', 'webhook_subscriptions.id', 'webhook_deliveries.subscription_id')
      .innerJoin('events', 'events.seq', 'webhook_deliveries.event_seq')
      .selectAll('webhook_deliveries')
      .select([
        'webhook_subscriptions.url as sub_url',
        'webhook_subscriptions.secret as sub_secret',
        'events.seq as ev_seq',
        'events.id as ev_id',
        'events.workspace_id as ev_workspace_id',
        'events.roadmap_id as ev_roadmap_id',
        'events.revision_id as ev_revision_id',
        'events.revision_seq as ev_revision_seq',
        'events.type as ev_type',
        'events.data as ev_data',
        'events.created_at as ev_created_at',
      ])
      .where('webhook_deliveries.id', 'in', ids)
      .orderBy('webhook_deliveries.next_attempt_at')
      .execute();
    return rows.map((row) => ({
      delivery: toDelivery(row),
      lease: lockedUntil,
      url: row.sub_url,
      secret: row.sub_secret,
      event: toEvent({
        seq: row.ev_seq,
        id: row.ev_id,
        workspace_id: row.ev_workspace_id,
        roadmap_id: row.ev_roadmap_id,
        revision_id: row.ev_revision_id,
        revision_seq: row.ev_revision_seq,
        type: row.ev_type,
        data: row.ev_data,
        created_at: row.ev_created_at,
      }),
    }));
  });
}

export async function finishDelivery(
  db: Kysely<Database>,
  claim: { id: string; lease: string },
  outcome: DeliveryOutcome,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const status: DeliveryStatus = outcome.ok ? 'succeeded' : outcome.retryAt === null ? 'failed' : 'pending';
  const result = await withEventTables(db)
    .updateTable('webhook_deliveries')
    .set({
      status,
      locked_until: null,
      last_status_code: outcome.statusCode,
      last_error: outcome.ok ? null : outcome.error.slice(0, 1000),
      updated_at: at,
      ...(outcome.ok ? { delivered_at: at } : {}),
      ...(!outcome.ok && outcome.retryAt !== null ? { next_attempt_at: outcome.retryAt } : {}),
    })
    .where('id', '=', claim.id)
    .where('status', '=', 'delivering')
    .where('locked_until', '=', claim.lease)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
