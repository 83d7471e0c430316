// createRateLimiter: waits before each request as long as the vendor's budget says, learns from every
// response, and on a 429 or THROTTLED waits as told and lowers its pace. The vendor's model (leaky
// bucket or window) and where it states its budget come from its rules (schemas/<vendor>/rate-limits.json).
import { refillWaitMs, type RateLimitRules, type RateLimitState, type ReadRateLimitOptions } from "@commerce-errors/runtime";
import { type BudgetUpdate, PROBE_MS } from "./budget.js";
import { MemoryStore, type RateLimitStore } from "./memory-store.js";
import { readRateLimit, rulesOf, type RateLimitVendor } from "./read-rate-limit.js";

export interface RateLimiterOptions {
  /** The vendor's name, or its rules (`rateLimitRules` from `@commerce-errors/<vendor>/core`). */
  vendor: RateLimitVendor | RateLimitRules;
  /** Whose budget: the shop domain, the store hash, the API client. Processes sharing a store and a key share the budget. */
  key: string;
  /** Default: this process's memory. `createRedisStore` (commerce-errors/rate-limit/redis) shares it across processes. */
  store?: RateLimitStore | undefined;
  /** Start from a documented policy before any response has told the budget (e.g. Commerce Layer's "authentication"). */
  policy?: string | undefined;
  /** What a request costs when the caller does not say: default 1, or for cost points the last query's requested cost. */
  cost?: number | undefined;
  /** A wait longer than this is not waited: acquire rejects with RateLimitWaitError (default: no cap). */
  maxWaitMs?: number | undefined;
  /** How long a store call may take before this process paces on its own (default 1 s). */
  storeTimeoutMs?: number | undefined;
  now?: (() => number) | undefined;
}

/** One reservation: what it cost, to settle when the response says what it really cost. */
export interface RateLimitTicket {
  cost: number;
}

export type RateLimiterEvent =
  | { type: "wait"; ms: number }
  | { type: "throttled"; state: RateLimitState; waitMs: number }
  | { type: "store-error"; error: unknown }
  | { type: "store-recovered" };

export class RateLimitWaitError extends Error {
  override readonly name = "RateLimitWaitError";
  constructor(readonly waitMs: number) {
    super(`The rate limit asks for a wait of ${waitMs} ms, longer than maxWaitMs`);
  }
}

export interface RateLimiter {
  readonly key: string;
  readonly rules: RateLimitRules;
  /** Waits until `cost` units (default: the limiter's estimate) are there and takes them. */
  acquire(cost?: number): Promise<RateLimitTicket>;
  /** Reads a response (any kind readRateLimit takes) and folds what it says into the budget. */
  learn(response: unknown, ticket?: RateLimitTicket): Promise<RateLimitState | undefined>;
  /** acquire, run, learn from what `run` returns (or from the error's response). */
  schedule<T>(run: () => Promise<T>, cost?: number): Promise<T>;
  on(listener: (event: RateLimiterEvent) => void): () => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(value: T | Promise<T>, ms: number): Promise<T> {
  if (!(value instanceof Promise)) return Promise.resolve(value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`rate-limit store: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([value, timeout]).finally(() => clearTimeout(timer));
}

/** The budget update a response's state implies; `ticket` settles a cost estimate. */
export function budgetUpdate(state: RateLimitState, ticket: RateLimitTicket | undefined): BudgetUpdate {
  const bucket = state.model === "leaky-bucket" || state.restorePerSecond !== undefined;
  const update: BudgetUpdate = {
    limit: state.limit,
    remaining: state.remaining,
    rate: bucket ? state.restorePerSecond : undefined,
    windowMs: state.windowMs,
    resetMs: bucket ? undefined : state.resetMs,
  };
  if (ticket && state.cost !== undefined && ticket.cost > state.cost) update.refund = ticket.cost - state.cost;
  if (state.throttled || state.retryAfterMs !== undefined) {
    update.throttled = true;
    update.waitMs = throttleWaitMs(state, bucket);
  }
  return update;
}

/** The server's wait, else what the bucket needs to refill the refused cost, else the window's reset, else 1 s. */
function throttleWaitMs(state: RateLimitState, bucket: boolean): number {
  if (state.retryAfterMs !== undefined) return state.retryAfterMs;
  if (bucket && state.requestedCost !== undefined && state.remaining !== undefined && state.restorePerSecond) {
    return refillWaitMs(state.requestedCost, state.remaining, state.restorePerSecond);
  }
  return state.resetMs ?? 1000;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const rules = rulesOf(options.vendor);
  const { key } = options;
  const now = options.now ?? Date.now;
  const shared = options.store;
  const local = new MemoryStore();
  const timeoutMs = options.storeTimeoutMs ?? 1000;
  const listeners = new Set<(event: RateLimiterEvent) => void>();
  const emit = (event: RateLimiterEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // a listener's failure is not the request's
      }
    }
  };
  let degraded = false;
  let retrySharedAt = 0;
  let estimate = options.cost;
  let seeded: Promise<void> | undefined;
  // A vendor that charges GraphQL cost points: until this process has seen a query's cost, one query
  // goes and the others wait for its answer, instead of each reserving a guess.
  const costsVary = rules.policies.some((policy) => policy.unit === "points");
  let firstAnswer: Promise<void> | undefined;
  let answered: (() => void) | undefined;

  /** The shared store when it answers, this process's memory when it does not; never throws. */
  async function call<T>(run: (store: RateLimitStore) => T | Promise<T>): Promise<T> {
    if (shared && (!degraded || now() >= retrySharedAt)) {
      try {
        const result = await withTimeout(run(shared), timeoutMs);
        if (degraded) {
          degraded = false;
          emit({ type: "store-recovered" });
        }
        return result;
      } catch (error) {
        if (!degraded) emit({ type: "store-error", error });
        degraded = true;
        retrySharedAt = now() + 1000;
      }
    }
    return run(local);
  }

  function seed(): Promise<void> {
    const documented = rules.policies.find((policy) => policy.name === options.policy)?.documented;
    if (!documented) return Promise.resolve();
    const update: BudgetUpdate = { limit: documented.limit, rate: documented.restorePerSecond, windowMs: documented.windowMs };
    return call((store) => store.learn(key, update, now())).then(() => local.learn(key, update, now()));
  }

  const limiter: RateLimiter = {
    key,
    rules,
    async acquire(cost) {
      seeded ??= seed();
      await seeded;
      if (cost === undefined && estimate === undefined && costsVary) {
        if (firstAnswer) await firstAnswer;
        else
          firstAnswer = new Promise((resolve) => {
            answered = resolve;
            setTimeout(resolve, PROBE_MS);
          });
      }
      let waited = 0;
      for (;;) {
        // Read each time: the first response may teach the estimate while this request waits.
        const units = cost ?? estimate ?? 1;
        const wait = await call((store) => store.reserve(key, units, now()));
        if (wait <= 0) return { cost: units };
        if (options.maxWaitMs !== undefined && waited + wait > options.maxWaitMs) throw new RateLimitWaitError(waited + wait);
        emit({ type: "wait", ms: wait });
        waited += wait;
        await sleep(wait);
      }
    },
    async learn(response, ticket) {
      answered?.();
      const state = readRateLimit(response, rules);
      if (!state) return undefined;
      if (state.unit === "points" && state.requestedCost !== undefined && options.cost === undefined) estimate = state.requestedCost;
      const update = budgetUpdate(state, ticket);
      const at = now();
      if (update.throttled) emit({ type: "throttled", state, waitMs: update.waitMs ?? 0 });
      // This process's memory learns too, so that pacing on its own after a store failure starts warm.
      local.learn(key, update, at);
      if (shared) await call((store) => store.learn(key, update, at));
      return state;
    },
    async schedule(run, cost) {
      const ticket = await limiter.acquire(cost);
      try {
        const result = await run();
        await limiter.learn(result, ticket);
        return result;
      } catch (error) {
        const response = (error as { response?: unknown } | null)?.response;
        if (response !== undefined) await limiter.learn(response, ticket);
        throw error;
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return limiter;
}

export type { ReadRateLimitOptions };
