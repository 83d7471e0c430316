// Optimistic concurrency: re-run the caller's update with the version the conflict carries (a vendor's
// reading.json gives an `after-refetch` retry and the current version).
import { fromErrorAmong } from "../from-error/from-error.js";
import type { VendorScope } from "../from-error/recognize.js";

export interface RetryOnConflictOptions {
  /** Attempts in all, the first included (default 3). */
  maxAttempts?: number | undefined;
}

/**
 * Calls `update(version)`: first with `undefined` (use the version you have), then, after each
 * ConcurrentModification, with the `currentVersion` the error carried. `update` should re-read or
 * re-check the resource when the version changes: a blind version bump can overwrite someone
 * else's change. Any other error, or the last conflict, is rethrown as thrown.
 */
export async function retryOnConflictAmong<T>(
  scope: VendorScope,
  update: (currentVersion: number | undefined) => Promise<T>,
  options: RetryOnConflictOptions = {},
): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  let version: number | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return await update(version);
    } catch (error) {
      const retry = fromErrorAmong(scope, error).retry;
      if (retry.kind !== "after-refetch" || attempt >= maxAttempts) throw error;
      version = retry.currentVersion;
    }
  }
}
