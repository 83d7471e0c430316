// How long an error response asks the client to wait before a retry, by the vendor's rules: the
// generator derives them from schemas/<vendor>/rate-limits.json (its wait and reset headers, and a
// leaky bucket's cost data in the body), so this reader knows formats only, never a vendor.
import { valueAt } from "./pointer.js";
import { count, milliseconds, perSecond, resetSeconds, retryAfter, seconds } from "./rate-limit-values.js";

/** A header that carries a wait; `throttledOnly` ones (a window's reset) count only for a throttled response. */
export interface RetryWaitHeader {
  readonly header: string;
  readonly format: "retry-after" | "seconds" | "milliseconds" | "reset-seconds";
  readonly throttledOnly?: boolean;
}

/** A leaky bucket's numbers in the body (Shopify's `extensions.cost`): the wait is what refills the refused cost. */
export interface RetryWaitRefill {
  readonly requestedCost: string;
  readonly remaining: string;
  readonly restorePerSecond: string;
  /** Where the body says it was throttled, and the value that says so. */
  readonly throttled?: { readonly pointer: string; readonly equals: string };
}

/** What /core exports as `retryWaits`. */
export interface RetryWaitRules {
  readonly headers: readonly RetryWaitHeader[];
  readonly refill?: RetryWaitRefill;
}

/** An error response as the wait reader sees it: its status, a header lookup and the parsed body. */
export interface WaitResponse {
  readonly status: number | undefined;
  header(name: string): string | undefined;
  readonly body: unknown;
}

const parsers = { "retry-after": retryAfter, seconds, milliseconds, "reset-seconds": resetSeconds };

/** Milliseconds for `restorePerSecond` to refill `requested - remaining` points (never negative). */
export function refillWaitMs(requested: number, remaining: number, restorePerSecond: number): number {
  return Math.max(0, Math.ceil(((requested - remaining) / restorePerSecond) * 1000));
}

/**
 * The longest wait the response asks for under `rules`, or `undefined` when it names none. A
 * window's reset and a bucket's refill count only when the response was throttled (HTTP 429, or
 * the body's throttled mark). Never throws.
 */
export function retryWaitMs(rules: RetryWaitRules, response: WaitResponse, now: number = Date.now()): number | undefined {
  try {
    const throttledBody = throttledByBody(rules.refill, response.body);
    const throttled = response.status === 429 || throttledBody;
    const waits = rules.headers
      .filter((rule) => throttled || !rule.throttledOnly)
      .map((rule) => {
        const value = response.header(rule.header);
        return value === undefined ? undefined : parsers[rule.format](value, now);
      });
    if (throttled && rules.refill) waits.push(bucketRefillMs(rules.refill, response.body));
    const known = waits.filter((wait): wait is number => wait !== undefined);
    return known.length === 0 ? undefined : Math.max(...known);
  } catch {
    return undefined; // a body or headers object with hostile getters asks for nothing we can trust
  }
}

function throttledByBody(refill: RetryWaitRefill | undefined, body: unknown): boolean {
  return refill?.throttled !== undefined && valueAt(body, refill.throttled.pointer) === refill.throttled.equals;
}

function bucketRefillMs(refill: RetryWaitRefill, body: unknown): number | undefined {
  const requested = count(valueAt(body, refill.requestedCost));
  const remaining = count(valueAt(body, refill.remaining));
  const rate = perSecond(valueAt(body, refill.restorePerSecond));
  return requested === undefined || remaining === undefined || rate === undefined ? undefined : refillWaitMs(requested, remaining, rate);
}
