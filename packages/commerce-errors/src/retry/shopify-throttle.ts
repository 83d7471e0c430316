// Shopify GraphQL THROTTLED arrives as HTTP 200 with the cost data to compute the wait from:
// (requestedQueryCost - currentlyAvailable) / restoreRate seconds.
// https://shopify.dev/docs/api/usage/limits#graphql-admin-api-rate-limits
import { dict } from "../from-error/reading.js";

function finite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The wait in ms implied by a GraphQL body's `extensions.cost`, or `undefined` when the body has none. Never throws. */
export function shopifyThrottleWaitMs(body: unknown): number | undefined {
  try {
    return waitFromCost(dict(dict(body)?.extensions)?.cost);
  } catch {
    return undefined; // a body with a hostile getter says nothing about cost
  }
}

function waitFromCost(cost: unknown): number | undefined {
  const throttle = dict(cost)?.throttleStatus;
  const requested = finite(dict(cost)?.requestedQueryCost);
  const available = finite(dict(throttle)?.currentlyAvailable);
  const restoreRate = finite(dict(throttle)?.restoreRate);
  if (requested === undefined || available === undefined || restoreRate === undefined || restoreRate <= 0) return undefined;
  return Math.max(0, Math.ceil(((requested - available) / restoreRate) * 1000));
}
