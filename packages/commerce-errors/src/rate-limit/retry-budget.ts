// Retries that cannot storm: a retry token bucket per client, as in AWS SDK v3's standard retry strategy
// (500 tokens; a retry costs 5, one after a timeout or a dropped connection 10; a success gives 1 back;
// an empty bucket means no retry), and a cap on the waits a server may ask for.
import type { Normalize } from "./breaker.js";

export interface RetryBudgetOptions {
  /** Default 500. */
  capacity?: number | undefined;
  /** Default 5. */
  retryCost?: number | undefined;
  /** Default 10: a timeout or a dropped connection says more about the other side's health. */
  transientRetryCost?: number | undefined;
  /** Given back on a success; default 1. */
  successRefund?: number | undefined;
}

export interface RetryBudget {
  /** Takes the tokens a retry of `error` costs; false (nothing taken) when the bucket cannot pay: do not retry. */
  tryAcquire(error: unknown): boolean;
  /** A request succeeded: tokens come back (a retry that succeeded gives back what it took). */
  recordSuccess(): void;
  readonly available: number;
}

export function createRetryBudgetWith(normalize: Normalize, options: RetryBudgetOptions = {}): RetryBudget {
  const capacity = options.capacity ?? 500;
  const retryCost = options.retryCost ?? 5;
  const transientCost = options.transientRetryCost ?? 10;
  const refund = options.successRefund ?? 1;
  let available = capacity;
  let lastCost = 0;
  return {
    tryAcquire(error) {
      const normalized = normalize(error);
      const cost = normalized.envelope === "transport" ? transientCost : retryCost;
      if (available < cost) return false;
      available -= cost;
      lastCost = cost;
      return true;
    },
    recordSuccess() {
      available = Math.min(capacity, available + (lastCost > 0 ? lastCost : refund));
      lastCost = 0;
    },
    get available() {
      return available;
    },
  };
}

/** A server asked for a wait longer than `maxRetryAfterMs`: the request is not retried, the error surfaces with the wait. */
export class RetryAfterTooLongError extends Error {
  override readonly name = "RetryAfterTooLongError";
  constructor(
    readonly retryAfterMs: number,
    readonly maxRetryAfterMs: number,
    override readonly cause: unknown,
  ) {
    super(`The server asked to retry after ${retryAfterMs} ms, more than maxRetryAfterMs (${maxRetryAfterMs} ms)`);
  }
}

/** The wait a server asked for, or throws RetryAfterTooLongError when it is beyond the cap. */
export function capRetryAfterWith(normalize: Normalize, error: unknown, maxRetryAfterMs: number): number | undefined {
  const retry = normalize(error).retry;
  const asked = retry.kind === "with-backoff" ? retry.afterMs : undefined;
  if (asked !== undefined && asked > maxRetryAfterMs) throw new RetryAfterTooLongError(asked, maxRetryAfterMs, error);
  return asked;
}
