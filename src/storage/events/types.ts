// What the event outbox and webhooks look like to callers outside storage.

export const EVENT_TYPES = [
  'roadmap.created',
  'roadmap.updated',
  'roadmap.deleted',
  'revision.restored',
  'item.created',
  'item.updated',
  'item.status_changed',
  'item.deleted',
  'checkin.created',
  'checkin.updated',
  'checkin.deleted',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export interface EventRevision {
  id: string;
  seq: number;
  kind: string;
  actor: string;
  message: string | null;
}

export interface WaymarkEvent {
  /** Global order of the outbox: what SSE sends as the event id and Last-Event-ID resumes from. */
  seq: number;
  id: string;
  type: EventType;
  workspaceId: string;
  roadmapId: string;
  revision: EventRevision;
  createdAt: string;
  data: Record<string, unknown>;
}

export interface ListEventsOptions {
  workspaceId: string;
  roadmapId?: string;
  /** Only events with a larger seq. */
  afterSeq?: number;
  /** Default 100, at most 1000. */
  limit?: number;
}

export interface WebhookSubscription {
  id: string;
  workspaceId: string;
  url: string;
  /** Event types delivered; ["*"] for all. */
  events: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewWebhookSubscription {
  workspaceId: string;
  url: string;
  secret: string;
  events: string[];
  active?: boolean;
}

export interface WebhookSubscriptionPatch {
  url?: string;
  secret?: string;
  events?: string[];
  active?: boolean;
}

export type DeliveryStatus = 'pending' | 'delivering' | 'succeeded' | 'failed';

export interface WebhookDelivery {
  id: string;
  workspaceId: string;
  subscriptionId: string;
  eventSeq: number;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastStatusCode: number | null;
  lastError: string | null;
  redeliveryOf: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
}

/** A job a worker holds: everything needed to send it without another read. */
export interface ClaimedDelivery {
  delivery: WebhookDelivery;
  /** Until when this claim holds the job; completing it requires the same lease. */
  lease: string;
  url: string;
  secret: string;
  event: WaymarkEvent;
}

export type DeliveryOutcome =
  | { ok: true; statusCode: number }
  | { ok: false; statusCode: number | null; error: string; retryAt: string | null };

export interface ListDeliveriesOptions {
  /** Default 50, at most 200. */
  limit?: number;
  /** Only deliveries created before this one (pages newest first). */
  before?: string;
}

export interface EventStore {
  list(options: ListEventsOptions): Promise<WaymarkEvent[]>;
  /** The newest seq, 0 when there is none; for a stream that starts "from now". */
  latestSeq(workspaceId: string, roadmapId?: string): Promise<number>;
  /**
   * Calls back (with no data: read the outbox) whenever events may have been committed, in this
   * process and, on PostgreSQL, in any process on the same database and schema.
   */
  listen(onCommitted: () => void): Promise<() => Promise<void>>;

  createSubscription(input: NewWebhookSubscription): Promise<WebhookSubscription>;
  listSubscriptions(workspaceId: string): Promise<WebhookSubscription[]>;
  /** @throws NotFoundError */
  getSubscription(workspaceId: string, id: string): Promise<WebhookSubscription>;
  /** @throws NotFoundError */
  updateSubscription(
    workspaceId: string,
    id: string,
    patch: WebhookSubscriptionPatch,
  ): Promise<WebhookSubscription>;
  /** Removes the subscription and its delivery log. @throws NotFoundError */
  deleteSubscription(workspaceId: string, id: string): Promise<void>;

  /** Newest first. @throws NotFoundError unknown subscription */
  listDeliveries(
    workspaceId: string,
    subscriptionId: string,
    options?: ListDeliveriesOptions,
  ): Promise<WebhookDelivery[]>;
  /** @throws NotFoundError */
  getDelivery(workspaceId: string, id: string): Promise<WebhookDelivery>;
  /** A new pending delivery of the same event to the same subscription. @throws NotFoundError */
  redeliver(workspaceId: string, deliveryId: string): Promise<WebhookDelivery>;
  /**
   * Takes up to `limit` due jobs for `leaseMs`; no other worker, in any process, gets the same job
   * until it is completed or the lease runs out.
   */
  claimDueDeliveries(options: { now: Date; limit: number; leaseMs: number }): Promise<ClaimedDelivery[]>;
  /**
   * Records the attempt of a claimed job. A claim whose lease ran out and was taken over by another
   * worker records nothing (false): the job's log describes the newer attempt.
   */
  completeDelivery(
    claim: Pick<ClaimedDelivery, 'delivery' | 'lease'>,
    outcome: DeliveryOutcome,
    now?: Date,
  ): Promise<boolean>;
}
