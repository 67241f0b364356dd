// The EventStore over a dialect adapter: the outbox reads, webhook subscriptions and delivery jobs,
// and the wake-up signal readers wait on (in-process always; LISTEN/NOTIFY across processes on
// PostgreSQL).
import type { DialectAdapter } from '../dialect.ts';
import {
  claimDue,
  deliveryRow,
  finishDelivery,
  insertRedelivery,
  listDeliveryRows,
  toDelivery,
} from './deliveries.ts';
import { latestEventSeq, listEvents, notifyCommitted } from './outbox.ts';
import type { ListenTarget, PostgresListener } from './postgres-listener.ts';
import {
  insertSubscription,
  listSubscriptionRows,
  patchSubscription,
  removeSubscription,
  subscriptionRow,
  toSubscription,
} from './subscriptions.ts';
import type {
  ClaimedDelivery,
  DeliveryOutcome,
  EventStore,
  ListDeliveriesOptions,
  ListEventsOptions,
  NewWebhookSubscription,
  WaymarkEvent,
  WebhookDelivery,
  WebhookSubscription,
  WebhookSubscriptionPatch,
} from './types.ts';

export class SqlEventStore implements EventStore {
  private readonly listeners = new Set<() => void>();
  private listener: Promise<PostgresListener> | undefined;

  constructor(
    private readonly adapter: DialectAdapter,
    private readonly now: () => Date,
    private readonly listenTarget?: ListenTarget,
  ) {}

  /**
   * Called by the store after a write transaction that appended events has committed. On
   * PostgreSQL the LISTEN connection reports this process's own commits too, so waking here as
   * well would wake every listener twice.
   */
  committed(): void {
    if (this.adapter.name === 'postgres' && this.listenTarget) return;
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  list(options: ListEventsOptions): Promise<WaymarkEvent[]> {
    return listEvents(this.adapter.db, options);
  }

  latestSeq(workspaceId: string, roadmapId?: string): Promise<number> {
    return latestEventSeq(this.adapter.db, workspaceId, roadmapId);
  }

  async listen(onCommitted: () => void): Promise<() => Promise<void>> {
    this.listeners.add(onCommitted);
    if (this.adapter.name === 'postgres' && this.listenTarget && !this.listener) {
      const target = this.listenTarget;
      this.listener = import('./postgres-listener.ts').then(({ startPostgresListener }) =>
        startPostgresListener(target, () => this.emit()),
      );
    }
    await this.listener;
    return async () => {
      this.listeners.delete(onCommitted);
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
    const listener = this.listener;
    this.listener = undefined;
    await (await listener)?.close();
  }

  createSubscription(input: NewWebhookSubscription): Promise<WebhookSubscription> {
    return this.adapter.writeTransaction((trx) => insertSubscription(trx, input, this.now()));
  }

  listSubscriptions(workspaceId: string): Promise<WebhookSubscription[]> {
    return listSubscriptionRows(this.adapter.db, workspaceId);
  }

  async getSubscription(workspaceId: string, id: string): Promise<WebhookSubscription> {
    return toSubscription(await subscriptionRow(this.adapter.db, workspaceId, id));
  }

  updateSubscription(
    workspaceId: string,
    id: string,
    patch: WebhookSubscriptionPatch,
  ): Promise<WebhookSubscription> {
    return this.adapter.writeTransaction((trx) => patchSubscription(trx, workspaceId, id, patch, this.now()));
  }

  deleteSubscription(workspaceId: string, id: string): Promise<void> {
    return this.adapter.writeTransaction((trx) => removeSubscription(trx, workspaceId, id));
  }

  async listDeliveries(
    workspaceId: string,
    subscriptionId: string,
    options: ListDeliveriesOptions = {},
  ): Promise<WebhookDelivery[]> {
    await subscriptionRow(this.adapter.db, workspaceId, subscriptionId);
    return listDeliveryRows(this.adapter.db, subscriptionId, options);
  }

  async getDelivery(workspaceId: string, id: string): Promise<WebhookDelivery> {
    return toDelivery(await deliveryRow(this.adapter.db, workspaceId, id));
  }

  async redeliver(workspaceId: string, deliveryId: string): Promise<WebhookDelivery> {
    const delivery = await this.adapter.writeTransaction(async (trx) => {
      const original = await deliveryRow(trx, workspaceId, deliveryId);
      const row = await insertRedelivery(trx, original, this.now());
      if (this.adapter.name === 'postgres') await notifyCommitted(trx);
      return row;
    });
    this.committed();
    return delivery;
  }

  claimDueDeliveries(options: { now: Date; limit: number; leaseMs: number }): Promise<ClaimedDelivery[]> {
    return claimDue(this.adapter, options);
  }

  completeDelivery(
    claim: Pick<ClaimedDelivery, 'delivery' | 'lease'>,
    outcome: DeliveryOutcome,
    now: Date = this.now(),
  ): Promise<boolean> {
    return finishDelivery(this.adapter.db, { id: claim.delivery.id, lease: claim.lease }, outcome, now);
  }
}
