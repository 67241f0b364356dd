// Webhook subscriptions per workspace. The secret is write-only: it signs deliveries and is never
// returned by a read.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { requireWorkspace } from '../repositories/workspaces.ts';
import type { Database } from '../tables.ts';
import { assertStorable } from '../text.ts';
import { type WebhookSubscriptionsTable, withEventTables } from './tables.ts';
import {
  EVENT_TYPES,
  type NewWebhookSubscription,
  type WebhookSubscription,
  type WebhookSubscriptionPatch,
} from './types.ts';

const KNOWN = new Set<string>([...EVENT_TYPES, '*']);

function invalid(pointer: string, message: string): ValidationError {
  return new ValidationError(message, [{ pointer, message }]);
}

/** Shape rules only; whether the host may be reached is the caller's check (it needs DNS). */
export function checkSubscriptionFields(fields: WebhookSubscriptionPatch): void {
  if (fields.url !== undefined) {
    let url: URL;
    try {
      url = new URL(fields.url);
    } catch {
      throw invalid('/url', `"${fields.url}" is not an absolute URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw invalid('/url', `a webhook URL must be http or https, not ${url.protocol}`);
    }
    if (url.username || url.password) throw invalid('/url', 'a webhook URL must not carry credentials');
    if (fields.url.length > 2000) throw invalid('/url', 'a webhook URL must be at most 2000 characters');
  }
  if (fields.secret !== undefined && (fields.secret.length < 16 || fields.secret.length > 200)) {
    throw invalid('/secret', 'a webhook secret must have 16 to 200 characters');
  }
  if (fields.events !== undefined) {
    if (fields.events.length === 0) throw invalid('/events', 'list at least one event type, or "*" for all');
    fields.events.forEach((type, index) => {
      if (!KNOWN.has(type)) {
        throw invalid(`/events/${index}`, `unknown event type "${type}"; known: ${[...KNOWN].join(', ')}`);
      }
    });
  }
  assertStorable({ url: fields.url, secret: fields.secret });
}

export function toSubscription(row: Selectable<WebhookSubscriptionsTable>): WebhookSubscription {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    url: row.url,
    events: JSON.parse(row.events) as string[],
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertSubscription(
  db: Kysely<Database>,
  input: NewWebhookSubscription,
  now: Date,
): Promise<WebhookSubscription> {
  checkSubscriptionFields(input);
  await requireWorkspace(db, input.workspaceId);
  const at = now.toISOString();
  const row: Selectable<WebhookSubscriptionsTable> = {
    id: randomUUID(),
    workspace_id: input.workspaceId,
    url: input.url,
    secret: input.secret,
    events: JSON.stringify([...new Set(input.events)]),
    active: input.active === false ? 0 : 1,
    created_at: at,
    updated_at: at,
  };
  await withEventTables(db).insertInto('webhook_subscriptions').values(row).execute();
  return toSubscription(row);
}

export async function subscriptionRow(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<Selectable<WebhookSubscriptionsTable>> {
  const row = await withEventTables(db)
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`webhook subscription "${id}" not found in workspace "${workspaceId}"`);
  return row;
}

export async function listSubscriptionRows(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<WebhookSubscription[]> {
  await requireWorkspace(db, workspaceId);
  const rows = await withEventTables(db)
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toSubscription);
}

export async function patchSubscription(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
  patch: WebhookSubscriptionPatch,
  now: Date,
): Promise<WebhookSubscription> {
  checkSubscriptionFields(patch);
  await subscriptionRow(db, workspaceId, id);
  await withEventTables(db)
    .updateTable('webhook_subscriptions')
    .set({
      ...(patch.url === undefined ? {} : { url: patch.url }),
      ...(patch.secret === undefined ? {} : { secret: patch.secret }),
      ...(patch.events === undefined ? {} : { events: JSON.stringify([...new Set(patch.events)]) }),
      ...(patch.active === undefined ? {} : { active: patch.active ? 1 : 0 }),
      updated_at: now.toISOString(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
  return toSubscription(await subscriptionRow(db, workspaceId, id));
}

export async function removeSubscription(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<void> {
  await subscriptionRow(db, workspaceId, id);
  const events = withEventTables(db);
  // Explicit rather than relying on ON DELETE CASCADE, which SQLite honours only with foreign_keys on.
  await events.deleteFrom('webhook_deliveries').where('subscription_id', '=', id).execute();
  await events
    .deleteFrom('webhook_subscriptions')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
