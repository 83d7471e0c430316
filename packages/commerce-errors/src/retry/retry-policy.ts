// Whether and when to retry, from the normalized error's advice and what the request was.
import { isCommerceApiError } from "../errors/commerce-api-error.js";
import { fromErrorAmong } from "../from-error/from-error.js";
import { recognize, type VendorScope } from "../from-error/recognize.js";
import { notSentCodes } from "../from-error/transport.js";
import type { NormalizedError } from "../normalized-error.js";
import { requestFacts, type RequestFacts } from "./request-facts.js";

/** What the caller knows about the request; fills in what the error does not carry. */
export interface RetryRequest {
  method?: string | undefined;
  /** The request carries an idempotency key (`Idempotency-Key`, or the vendor's own header: vendor.json `idempotencyHeaders`): replays are safe. */
  idempotencyKey?: boolean | string | undefined;
  /** GraphQL: a query is safe to replay, a mutation is not (both go out as POST). */
  operation?: "query" | "mutation" | undefined;
}

export interface BackoffOptions {
  /** First backoff step when the server said nothing (default 500 ms); doubles per attempt. */
  baseMs?: number | undefined;
  /** Longest backoff step (default 30 s); a server-requested wait is honoured even when longer. */
  capMs?: number | undefined;
  /** 0 ≤ x < 1; replace for deterministic tests. Default Math.random (equal jitter: half fixed, half random). */
  random?: (() => number) | undefined;
}

const idempotentMethods = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/** The request facts: the caller's word first, then what the thrown value carries (axios config, got options, ky request). */
function requestOf(scope: VendorScope, error: unknown, request: RetryRequest | undefined): RetryRequest {
  if (request?.method !== undefined && request.idempotencyKey !== undefined) return request;
  const thrown = isCommerceApiError(error) ? error.cause : error;
  let carried: RequestFacts | undefined;
  try {
    const seen = recognize(scope, thrown)?.request;
    carried = seen && requestFacts(seen);
  } catch {
    carried = undefined;
  }
  return {
    method: request?.method ?? carried?.method,
    idempotencyKey: request?.idempotencyKey ?? carried?.idempotencyKey,
    operation: request?.operation,
  };
}

function isReplaySafe(request: RetryRequest): boolean {
  if (request.idempotencyKey) return true;
  if (request.operation !== undefined) return request.operation === "query";
  return request.method !== undefined && idempotentMethods.has(request.method.toUpperCase());
}

/**
 * Failures where the server did not act on the request, so any method may be replayed: 429, a 503
 * that says when to come back, a code the vendor files under rate limits (a GraphQL THROTTLED at
 * HTTP 200), and connections that were never made.
 */
function notProcessed(error: NormalizedError): boolean {
  if (error.status === 429) return true;
  if (error.status === 503 && error.retry.kind === "with-backoff" && error.retry.afterMs !== undefined) return true;
  if (error.category === "rate-limit") return true;
  return error.envelope === "transport" && error.reason === "network" && error.code !== undefined && notSentCodes.has(error.code);
}

/**
 * Whether replaying the request can succeed and is safe. `after-refetch` (an optimistic
 * concurrency conflict) is never a plain replay: use retryOnConflict. A 5xx or a timeout is
 * replayed only for idempotent requests (GET, PUT, DELETE, ... or an idempotency key); with no
 * method known, it is not.
 */
export function shouldRetryAmong(scope: VendorScope, error: unknown, request?: RetryRequest): boolean {
  const normalized = fromErrorAmong(scope, error);
  if (normalized.retry.kind !== "with-backoff") return false;
  return notProcessed(normalized) || isReplaySafe(requestOf(scope, error, request));
}

/** Capped exponential backoff with equal jitter for attempt n (1 = the first retry). */
export function backoffMs(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 500;
  const cap = options.capMs ?? 30_000;
  const step = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  const random = options.random ?? Math.random;
  return Math.round(step / 2 + (random() * step) / 2);
}

/**
 * How long to wait before retry number `attempt` (1-based): the server's wait (Retry-After in
 * seconds or as an HTTP date, and what the vendor's rate-limit rules read: its reset headers, the
 * refill a GraphQL cost budget needs), else capped exponential backoff.
 */
export function retryDelayMsAmong(scope: VendorScope, error: unknown, attempt: number, options: BackoffOptions = {}): number {
  const normalized = fromErrorAmong(scope, error);
  if (normalized.retry.kind === "with-backoff" && normalized.retry.afterMs !== undefined) return normalized.retry.afterMs;
  return backoffMs(attempt, options);
}
