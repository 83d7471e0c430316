// Retry advice: the vendor's status catalog, refined by what the body and the headers say.
import type { StatusSummary } from "@commerce-errors/runtime";

/** What a client should do about the failed request. */
export type RetryDecision =
  | { kind: "no" }
  /** Retry later; `afterMs` when the server said how long to wait. */
  | { kind: "with-backoff"; afterMs?: number }
  /** Fetch the resource again, reapply the change, then retry (optimistic concurrency). */
  | { kind: "after-refetch"; currentVersion?: number };

/** What a vendor normalizer learned from the error kind, e.g. a version conflict that asks to refetch and retry. */
export type RetryHint = Exclude<RetryDecision, { kind: "no" }>;

/** Used only when the vendor's catalog does not document the status (or the vendor is unknown). */
const transientStatuses = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * Precedence: the server's own word on this response (`serverSays`: a vendor's retry header, from its reading rules) >
 * the error kind (hint) > 429 is always with-backoff > the vendor's catalog > the transient
 * statuses above. A with-backoff decision carries the longest wait asked for: the error kind's, or
 * `serverWaitMs`, what the response's headers and body asked for.
 */
export function decideRetry(
  status: number | undefined,
  statusInfo: StatusSummary | undefined,
  hint: RetryHint | undefined,
  serverWaitMs: number | undefined,
  serverSays?: boolean | undefined,
): RetryDecision {
  if (serverSays === false) return { kind: "no" };
  const kind =
    hint?.kind ??
    (serverSays || status === 429
      ? "with-backoff"
      : (statusInfo?.retry ?? (status !== undefined && transientStatuses.has(status) ? "with-backoff" : "no")));
  if (kind === "after-refetch") {
    const currentVersion = hint?.kind === "after-refetch" ? hint.currentVersion : undefined;
    return currentVersion === undefined ? { kind } : { kind, currentVersion };
  }
  if (kind === "with-backoff") {
    const waits = [hint?.kind === "with-backoff" ? hint.afterMs : undefined, serverWaitMs].filter(
      (wait): wait is number => wait !== undefined,
    );
    return waits.length === 0 ? { kind } : { kind, afterMs: Math.max(...waits) };
  }
  return { kind: "no" };
}
