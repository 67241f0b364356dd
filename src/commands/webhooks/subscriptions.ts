// Webhook subscriptions as use cases: the storage layer checks their shape, these add the target
// check that needs DNS (a URL that resolves to a private address is refused when saved, not only
// later when a delivery would fail).
import { ValidationError } from '../../domain/errors.ts';
import type {
  NewWebhookSubscription,
  WebhookSubscription,
  WebhookSubscriptionPatch,
} from '../../storage/index.ts';
import type { CommandContext } from '../context.ts';
import {
  checkTarget,
  parseAllowList,
  type Resolver,
  systemResolver,
  TargetRefusedError,
} from './target-check.ts';

export interface WebhookPolicy {
  /** WAYMARK_WEBHOOK_ALLOW entries. */
  allowHosts: readonly string[];
  resolve?: Resolver;
}

async function assertReachable(url: string, policy: WebhookPolicy): Promise<void> {
  try {
    new URL(url);
  } catch {
    return; // The store names the malformed URL with its pointer.
  }
  try {
    await checkTarget(url, parseAllowList(policy.allowHosts), policy.resolve ?? systemResolver);
  } catch (error) {
    const message =
      error instanceof TargetRefusedError
        ? error.message
        : `webhook URL cannot be used: ${(error as Error).message}`;
    throw new ValidationError(message, [{ pointer: '/url', message }]);
  }
}

export async function createWebhook(
  ctx: CommandContext,
  policy: WebhookPolicy,
  input: Omit<NewWebhookSubscription, 'workspaceId'>,
): Promise<WebhookSubscription> {
  await assertReachable(input.url, policy);
  return ctx.store.events.createSubscription({ ...input, workspaceId: ctx.workspaceId });
}

export async function updateWebhook(
  ctx: CommandContext,
  policy: WebhookPolicy,
  id: string,
  patch: WebhookSubscriptionPatch,
): Promise<WebhookSubscription> {
  await ctx.store.events.getSubscription(ctx.workspaceId, id);
  if (patch.url !== undefined) await assertReachable(patch.url, policy);
  return ctx.store.events.updateSubscription(ctx.workspaceId, id, patch);
}
