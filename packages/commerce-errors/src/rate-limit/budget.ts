// The pacing arithmetic, shared by every store: a leaky bucket that refills at a rate, or a quota that
// comes back whole when its window ends (the IETF fields too): rate-limits.json says which a vendor has. The Redis store
// runs the same steps in Lua (redis/scripts.ts); keep the two in step.

/** One key's budget as a store keeps it. Numbers only, so a Redis hash holds it as it is. */
export interface Budget {
  /** 0 until a response has told the size of the budget. */
  limit: number;
  available: number;
  /** Units per second; 0 for a window quota. */
  rate: number;
  windowMs: number;
  /** When the current window ends (ms since the epoch); 0 when unknown. */
  windowEnd: number;
  /** Nothing is sent before this (a 429 or THROTTLED said to wait). */
  blockedUntil: number;
  /** Units kept back after a throttle: the pace is lowered. */
  margin: number;
  /** While the budget is unknown, one request goes first and the others wait for what it learns. */
  probeUntil: number;
  updatedAt: number;
}

/** What one response taught (from its RateLimitState), in the units the budget counts. */
export interface BudgetUpdate {
  limit?: number | undefined;
  remaining?: number | undefined;
  rate?: number | undefined;
  windowMs?: number | undefined;
  resetMs?: number | undefined;
  /** Units reserved for the request but not charged (a GraphQL query that cost less than estimated). */
  refund?: number | undefined;
  /** The vendor refused the request for its rate: wait `waitMs`, then go on at a lower pace. */
  throttled?: boolean | undefined;
  waitMs?: number | undefined;
}

export const emptyBudget = (): Budget => ({
  limit: 0,
  available: 0,
  rate: 0,
  windowMs: 0,
  windowEnd: 0,
  blockedUntil: 0,
  margin: 0,
  probeUntil: 0,
  updatedAt: 0,
});

/** How long a lone first request may take before another one tries. */
export const PROBE_MS = 5_000;
/** How often a waiting request looks again while the first one is out. */
export const PROBE_POLL_MS = 25;
/** The wait when a window's end is unknown. */
export const UNKNOWN_WINDOW_WAIT_MS = 1_000;

function refill(budget: Budget, now: number): void {
  if (budget.rate > 0) {
    budget.available = Math.min(budget.limit, budget.available + (budget.rate * Math.max(0, now - budget.updatedAt)) / 1000);
  } else if (budget.windowEnd > 0 && now >= budget.windowEnd) {
    budget.available = budget.limit;
    budget.windowEnd = budget.windowMs > 0 ? now + budget.windowMs : 0;
  }
  budget.updatedAt = now;
}

/** Takes `cost` units when they are there and returns 0, or returns how long to wait before asking again. Mutates `budget`. */
export function reserve(budget: Budget, cost: number, now: number): number {
  if (budget.blockedUntil > now) return budget.blockedUntil - now;
  if (budget.limit <= 0) {
    if (budget.probeUntil > now) return PROBE_POLL_MS;
    budget.probeUntil = now + PROBE_MS;
    return 0;
  }
  refill(budget, now);
  const need = Math.min(budget.limit, cost + budget.margin);
  if (budget.available >= need) {
    budget.available -= cost;
    return 0;
  }
  if (budget.rate > 0) return Math.max(1, Math.ceil(((need - budget.available) / budget.rate) * 1000));
  return budget.windowEnd > now ? budget.windowEnd - now : UNKNOWN_WINDOW_WAIT_MS;
}

/** Folds a response's state into the budget. Mutates `budget`. */
export function learn(budget: Budget, update: BudgetUpdate, now: number): void {
  const known = budget.limit > 0;
  if (update.limit !== undefined && update.limit > 0) budget.limit = update.limit;
  if (update.rate !== undefined && update.rate > 0) budget.rate = update.rate;
  if (update.windowMs !== undefined && update.windowMs > 0) budget.windowMs = update.windowMs;
  if (known) refill(budget, now);
  else budget.updatedAt = now;
  if (update.remaining !== undefined) {
    // A later window than the one we count in: the server's count starts again.
    const windowEnd = update.resetMs !== undefined ? now + update.resetMs : 0;
    const newWindow = budget.rate === 0 && windowEnd > 0 && windowEnd > budget.windowEnd + 250;
    budget.available = !known || newWindow ? update.remaining : Math.min(budget.available, update.remaining);
    if (budget.limit <= 0) budget.limit = Math.max(update.remaining, 1);
  }
  if (budget.rate === 0 && update.resetMs !== undefined) budget.windowEnd = now + update.resetMs;
  else if (budget.rate === 0 && budget.windowEnd === 0 && budget.windowMs > 0) budget.windowEnd = now + budget.windowMs;
  if (update.refund !== undefined && update.refund > 0) budget.available = Math.min(budget.limit, budget.available + update.refund);
  if (update.throttled) {
    budget.blockedUntil = Math.max(budget.blockedUntil, now + (update.waitMs ?? 0));
    budget.margin = Math.min(budget.limit * 0.25, budget.margin + Math.max(1, budget.limit * 0.05));
    if (budget.rate === 0 && update.remaining === undefined) budget.available = 0;
  }
  budget.probeUntil = 0;
}
