// Sends due webhook deliveries. Any number of workers, in any number of processes, may run against
// one database: a job is claimed by one of them (SKIP LOCKED on PostgreSQL) for a lease, sent, and
// recorded; a worker that dies mid-send loses its lease and the job is taken up again.

import {
  type AllowList,
  checkTarget,
  parseAllowList,
  type Resolver,
  systemResolver,
  TargetRefusedError,
} from '../../commands/webhooks/target-check.ts';
import type { ClaimedDelivery, DeliveryOutcome, Store } from '../../storage/index.ts';
import { type BackoffPolicy, DEFAULT_BACKOFF, retryDelayMs } from './backoff.ts';
import { postJson } from './send-webhook.ts';
import { SIGNATURE_HEADER, signBody } from './signature.ts';

export interface WebhookWorkerOptions {
  store: Store;
  /** WAYMARK_WEBHOOK_ALLOW entries. */
  allowHosts: readonly string[];
  clock?: () => Date;
  /** In [0, 1): the retry jitter. */
  random?: () => number;
  resolve?: Resolver;
  backoff?: BackoffPolicy;
  timeoutMs?: number;
  /** How often to look for due jobs when nothing wakes the worker (retries come due this way). */
  pollMs?: number;
  batchSize?: number;
  leaseMs?: number;
  onError?: (error: unknown) => void;
}

export function deliveryBody(job: ClaimedDelivery): string {
  const { event } = job;
  return JSON.stringify({
    id: event.id,
    seq: event.seq,
    type: event.type,
    createdAt: event.createdAt,
    workspaceId: event.workspaceId,
    roadmapId: event.roadmapId,
    revision: event.revision,
    data: event.data,
  });
}

export class WebhookWorker {
  private readonly store: Store;
  private readonly allow: AllowList;
  private readonly clock: () => Date;
  private readonly random: () => number;
  private readonly resolve: Resolver;
  private readonly backoff: BackoffPolicy;
  private readonly timeoutMs: number;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly onError: (error: unknown) => void;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(options: WebhookWorkerOptions) {
    this.store = options.store;
    this.allow = parseAllowList(options.allowHosts);
    this.clock = options.clock ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.resolve = options.resolve ?? systemResolver;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.pollMs = options.pollMs ?? 1000;
    this.batchSize = options.batchSize ?? 10;
    this.leaseMs = options.leaseMs ?? Math.max(60_000, this.timeoutMs * 3);
    this.onError = options.onError ?? (() => {});
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.unlisten = await this.store.events.listen(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.unlisten?.();
    this.unlisten = undefined;
    await this.running;
  }

  /** Runs a pass now, or once more after the one in progress. */
  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          while (!this.stopped && (await this.runOnce()) === this.batchSize) {}
        } catch (error) {
          this.onError(error);
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
    });
  }

  /** One claim-and-send pass; returns how many jobs it sent. */
  async runOnce(): Promise<number> {
    const jobs = await this.store.events.claimDueDeliveries({
      now: this.clock(),
      limit: this.batchSize,
      leaseMs: this.leaseMs,
    });
    await Promise.all(
      jobs.map(async (job) => {
        const outcome = await this.attempt(job);
        await this.store.events.completeDelivery(job, outcome, this.clock());
      }),
    );
    return jobs.length;
  }

  private async attempt(job: ClaimedDelivery): Promise<DeliveryOutcome> {
    const failed = (statusCode: number | null, error: string, retry = true): DeliveryOutcome => {
      const delay = retry ? retryDelayMs(job.delivery.attempts, this.backoff, this.random) : undefined;
      const retryAt = delay === undefined ? null : new Date(this.clock().getTime() + delay).toISOString();
      return { ok: false, statusCode, error, retryAt };
    };
    let target: Awaited<ReturnType<typeof checkTarget>>;
    try {
      target = await checkTarget(job.url, this.allow, this.resolve);
    } catch (error) {
      // A refused address is a configuration problem, not an outage: retrying would not help.
      if (error instanceof TargetRefusedError) return failed(null, `refused: ${error.message}`, false);
      return failed(null, (error as Error).message);
    }
    const body = deliveryBody(job);
    try {
      const { statusCode } = await postJson(
        job.url,
        target,
        body,
        {
          'user-agent': 'Waymark-Webhooks/1',
          'x-waymark-event': job.event.type,
          'x-waymark-delivery': job.delivery.id,
          [SIGNATURE_HEADER]: signBody(body, job.secret),
        },
        this.timeoutMs,
      );
      if (statusCode >= 200 && statusCode < 300) return { ok: true, statusCode };
      return failed(statusCode, `the receiver answered HTTP ${statusCode}`);
    } catch (error) {
      return failed(null, (error as Error).message);
    }
  }
}
