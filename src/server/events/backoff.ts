// When a failed delivery is tried again: exponential in the attempts made, capped, with jitter so
// the retries of many deliveries that failed together (a receiver outage) do not arrive together.

export interface BackoffPolicy {
  /** Delay after the first failed attempt, before jitter. */
  baseMs: number;
  /** Largest delay, before jitter. */
  maxMs: number;
  /** Attempts in all; after the last one fails the delivery is marked failed. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 10_000, maxMs: 3_600_000, maxAttempts: 8 };

/**
 * The delay before the next attempt after `attempts` have failed, or undefined when none is left.
 * `random` in [0, 1) picks the delay within [half, whole] of the exponential step ("equal jitter").
 */
export function retryDelayMs(
  attempts: number,
  policy: BackoffPolicy,
  random: () => number,
): number | undefined {
  if (attempts >= policy.maxAttempts) return undefined;
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + (step / 2) * random());
}
