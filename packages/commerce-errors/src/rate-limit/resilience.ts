// commerce-errors/resilience: retries that cannot storm (a retry token bucket, a cap on server-requested
// waits) and the failure predicate for circuit breakers (cockatiel `handleWhen`, opossum `errorFilter`).
// Bound to every vendor through the root entry's fromError.
import { fromError } from "../entries/all-vendors.js";
import { countsAsFailureWith } from "./breaker.js";
import { capRetryAfterWith, createRetryBudgetWith, type RetryBudget, type RetryBudgetOptions } from "./retry-budget.js";

export { RetryAfterTooLongError, type RetryBudget, type RetryBudgetOptions } from "./retry-budget.js";

const normalize = (error: unknown) => fromError(error);

/** A retry token bucket for one client (AWS SDK v3's standard strategy). */
export function createRetryBudget(options?: RetryBudgetOptions): RetryBudget {
  return createRetryBudgetWith(normalize, options);
}

/** The wait the server asked for; throws RetryAfterTooLongError (with the wait) beyond `maxRetryAfterMs`. */
export function capRetryAfter(error: unknown, maxRetryAfterMs: number): number | undefined {
  return capRetryAfterWith(normalize, error, maxRetryAfterMs);
}

/**
 * True for failures that say the vendor is unwell (5xx, 429, throttles, timeouts, dropped connections),
 * false for the caller's own (validation, not found, conflict, auth). cockatiel:
 * `circuitBreaker(handleWhen(countsAsFailure), ...)`; opossum: `{errorFilter: (e) => !countsAsFailure(e)}`.
 */
export function countsAsFailure(error: unknown): boolean {
  return countsAsFailureWith(normalize, error);
}

/** opossum's `errorFilter`: true means "do not count this failure". */
export function opossumErrorFilter(error: unknown): boolean {
  return !countsAsFailure(error);
}
