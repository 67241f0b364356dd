// Row shapes of the event outbox and webhook tables. Kept apart from tables.ts and joined to the
// core Database type with Kysely's withTables, so only the code that needs them sees them.
import type { Generated, Kysely } from 'kysely';
import type { Database } from '../tables.ts';

export interface EventsTable {
  /** bigint on PostgreSQL, which pg returns as a string: read it through Number(). */
  seq: Generated<number | string>;
  id: string;
  workspace_id: string;
  roadmap_id: string;
  revision_id: string;
  revision_seq: number;
  type: string;
  /** JSON object. */
  data: string;
  created_at: string;
}

export interface WebhookSubscriptionsTable {
  id: string;
  workspace_id: string;
  url: string;
  secret: string;
  /** JSON array of event types; ["*"] for every event. */
  events: string;
  /** 0 or 1: the same type on both dialects. */
  active: number;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  workspace_id: string;
  subscription_id: string;
  event_seq: number | string;
  event_type: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  /** While a worker holds the job: when another may take it over (the worker died). */
  locked_until: string | null;
  last_status_code: number | null;
  last_error: string | null;
  redelivery_of: string | null;
  created_at: string;
  updated_at: string;
  delivered_at: string | null;
}

export type EventTables = {
  events: EventsTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
};

export type EventsDatabase = Database & EventTables;

export function withEventTables(db: Kysely<Database>): Kysely<EventsDatabase> {
  return db.withTables<EventTables>();
}
