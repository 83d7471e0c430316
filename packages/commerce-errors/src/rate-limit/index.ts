// commerce-errors/rate-limit: read every vendor's rate-limit budget and pace requests before the 429.
// No third-party code: the HTTP-client integrations are typed structurally.
export type { Budget, BudgetUpdate } from "./budget.js";
export { createMemoryStore, MemoryStore, type RateLimitStore } from "./memory-store.js";
export {
  budgetUpdate,
  createRateLimiter,
  type RateLimiter,
  type RateLimiterEvent,
  type RateLimiterOptions,
  type RateLimitTicket,
  RateLimitWaitError,
} from "./limiter.js";
export { readRateLimit, type RateLimitVendor } from "./read-rate-limit.js";
export {
  gotRateLimitHooks,
  kyRateLimitHooks,
  ofetchRateLimitHooks,
  rateLimitedFetch,
  type RateLimitedFetchOptions,
  useAxiosRateLimit,
} from "./integrations.js";
export type { RateLimitRules, RateLimitState, ReadRateLimitOptions } from "@commerce-errors/runtime";
