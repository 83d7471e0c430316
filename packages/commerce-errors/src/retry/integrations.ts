// Ready-made options for the retry libraries people use. Typed structurally: no dependency on any of them.
import { fromErrorAmong, fromErrorAsyncAmong } from "../from-error/from-error.js";
import { requestFacts } from "./request-facts.js";
import type { ReadErrorBody } from "../normalize/decoded-body.js";
import type { VendorScope } from "../from-error/recognize.js";
import { backoffMs, retryDelayMsAmong, shouldRetryAmong, type BackoffOptions, type RetryRequest } from "./retry-policy.js";

export interface RetryLibraryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number | undefined;
  /** The request, when the error does not carry it (p-retry wraps any function). */
  request?: RetryRequest | undefined;
  backoff?: BackoffOptions | undefined;
  /** Called before each wait, e.g. to log; `attempt` 1 is the first retry. */
  onRetry?: ((info: { attempt: number; delayMs: number; error: unknown }) => void) | undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * p-retry (v6+, tested with 7 and 9): `pRetry(run, pRetryOptions({request: {method: "POST", idempotencyKey: true}}))`.
 * The decision and the wait happen in `shouldRetry`; p-retry's own backoff is set to zero.
 */
export function pRetryOptionsAmong(scope: VendorScope, options: RetryLibraryOptions = {}) {
  return {
    retries: options.retries ?? 3,
    minTimeout: 0,
    maxTimeout: 0,
    factor: 1,
    randomize: false,
    shouldRetry: async ({ error, attemptNumber }: { error: unknown; attemptNumber: number }): Promise<boolean> => {
      // Normalized once: both calls take a CommerceApiError as it is.
      const normalized = fromErrorAmong(scope, error);
      if (!shouldRetryAmong(scope, normalized, options.request)) return false;
      const delayMs = retryDelayMsAmong(scope, normalized, attemptNumber, options.backoff);
      options.onRetry?.({ attempt: attemptNumber, delayMs, error });
      await sleep(delayMs);
      return true;
    },
  };
}

/** axios-retry (v4): `axiosRetry(axios, axiosRetryOptions())`; the method and headers come from the error's config. */
export function axiosRetryOptionsAmong(scope: VendorScope, options: RetryLibraryOptions = {}) {
  return {
    retries: options.retries ?? 3,
    retryCondition: (error: unknown): boolean => shouldRetryAmong(scope, error, options.request),
    retryDelay: (retryCount: number, error: unknown): number => {
      const delayMs = retryDelayMsAmong(scope, error, retryCount, options.backoff);
      options.onRetry?.({ attempt: retryCount, delayMs, error });
      return delayMs;
    },
  };
}

const everyMethod = ["GET", "POST", "PUT", "PATCH", "HEAD", "DELETE", "OPTIONS", "TRACE"] as const;
const everyMethodLowerCase = ["get", "post", "put", "patch", "head", "delete", "options", "trace"] as const;

/**
 * got (v12+, tested with 14, 15 and 16): `got(url, {retry: gotRetryOptions()})`. got asks `calculateDelay` after every
 * failure; 0 means "do not retry", so got's own method and status lists are opened up and the
 * decision is ours.
 */
export function gotRetryOptionsAmong(scope: VendorScope, options: RetryLibraryOptions = {}) {
  const limit = options.retries ?? 3;
  return {
    limit,
    methods: [...everyMethod],
    statusCodes: [408, 413, 425, 429, 500, 502, 503, 504, 521, 522, 524],
    calculateDelay: ({ attemptCount, error }: { attemptCount: number; error: unknown }): number => {
      if (attemptCount > limit) return 0;
      const normalized = fromErrorAmong(scope, error);
      if (!shouldRetryAmong(scope, normalized, options.request)) return 0;
      // got treats 0 as "stop": a zero wait becomes 1 ms.
      const delayMs = Math.max(1, retryDelayMsAmong(scope, normalized, attemptCount, options.backoff));
      options.onRetry?.({ attempt: attemptCount, delayMs, error });
      return delayMs;
    },
  };
}

export interface OfetchRetryContext {
  request: unknown;
  response?: { status: number; headers: { get(name: string): string | null } } | undefined;
  error?: unknown;
  options: { retry?: number | false; method?: string; headers?: unknown };
}

/**
 * ofetch: `ofetch(url, {...ofetchRetryOptions()})`. ofetch retries by status list; the hooks veto a
 * retry our advice rejects (e.g. a POST without an idempotency key on a 500) and `retryDelay`
 * supplies the wait.
 */
export function ofetchRetryOptionsAmong(scope: VendorScope, options: RetryLibraryOptions = {}) {
  const retries = options.retries ?? 3;
  const asError = (context: OfetchRetryContext) => ({
    name: "FetchError",
    request: context.request,
    options: context.options,
    response: context.response,
    status: context.response?.status,
    data: (context.response as { _data?: unknown } | undefined)?._data,
    cause: context.error,
    message: context.error instanceof Error ? context.error.message : "",
  });
  const veto = (context: OfetchRetryContext) => {
    if (!shouldRetryAmong(scope, asError(context), options.request)) context.options.retry = 0;
  };
  return {
    retry: retries,
    retryStatusCodes: [408, 409, 413, 425, 429, 500, 502, 503, 504],
    onResponseError: veto,
    onRequestError: veto,
    retryDelay: (context: OfetchRetryContext): number => {
      const attempt = retries - (typeof context.options.retry === "number" ? context.options.retry : 0) + 1;
      const error = asError(context);
      const delayMs = retryDelayMsAmong(scope, error, attempt, options.backoff);
      options.onRetry?.({ attempt, delayMs, error });
      return delayMs;
    },
  };
}

/** The `ky` default export: only its `retry()` marker is used. */
export interface KyLike<Marker = unknown> {
  retry(options?: { delay?: number; code?: string }): Marker;
}

export interface KyResponseLike {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  clone(): unknown;
}

export interface KyRetryOptions extends RetryLibraryOptions {
  /** Read 2xx JSON bodies for GraphQL errors (a GraphQL rate limit at 200): default when the URL path mentions graphql. */
  graphql?: boolean | undefined;
}

export interface KyRequestLike {
  method: string;
  url: string;
  headers: unknown;
}

/** ky 2 hands `afterResponse` one state object. */
export interface KyAfterResponseState {
  request: KyRequestLike;
  response: KyResponseLike;
  retryCount: number;
}

/** ky 2: `(state)`; ky 1: `(request, options, response, state?)`, the state from 1.10 on. */
function kyHookArguments(
  first: KyRequestLike | KyAfterResponseState,
  response: KyResponseLike | undefined,
  state: { retryCount: number } | undefined,
) {
  if ("response" in first && "request" in first) return { request: first.request, response: first.response, retryCount: first.retryCount };
  return { request: first as KyRequestLike, response: response as KyResponseLike, retryCount: state?.retryCount ?? 0 };
}

/**
 * ky (v1.10+ and v2): `ky.extend(kyRetryOptions(ky))`. An `afterResponse` hook reads the failed (or
 * GraphQL 200) response, decides, and forces the retry with our wait via `ky.retry({delay})`;
 * `retry.shouldRetry` decides for timeouts and network errors, which have no response.
 */
export function kyRetryOptionsAmong<Marker>(scope: VendorScope, readBody: ReadErrorBody, ky: KyLike<Marker>, options: KyRetryOptions = {}) {
  const limit = options.retries ?? 3;
  return {
    retry: {
      limit,
      methods: [...everyMethodLowerCase],
      retryOnTimeout: true,
      shouldRetry: ({ error }: { error: unknown }): boolean => {
        // HTTP errors were decided in afterResponse already; a response reaching here is not retried.
        if ((error as { response?: unknown }).response !== undefined) return false;
        return shouldRetryAmong(scope, error, options.request);
      },
      delay: (attemptCount: number) => backoffMs(attemptCount, options.backoff),
    },
    hooks: {
      afterResponse: [
        async (
          first: KyRequestLike | KyAfterResponseState,
          _options?: unknown,
          kyResponse?: KyResponseLike,
          state?: { retryCount: number },
        ): Promise<Marker | undefined> => {
          const { request, response, retryCount } = kyHookArguments(first, kyResponse, state);
          const graphql = options.graphql ?? /graphql/i.test(new URL(request.url).pathname);
          if (response.ok && !(graphql && /json/i.test(response.headers.get("content-type") ?? ""))) return undefined;
          const attempt = retryCount + 1;
          if (attempt > limit) return undefined;
          const error = await fromErrorAsyncAmong(scope, readBody, response.ok ? await readJsonBody(response) : response.clone());
          if (response.ok && error.details.length === 0 && error.code === undefined) return undefined;
          const facts = { ...requestFacts(request), ...options.request };
          if (!shouldRetryAmong(scope, error, facts)) return undefined;
          const delayMs = retryDelayMsAmong(scope, error, attempt, options.backoff);
          options.onRetry?.({ attempt, delayMs, error });
          return ky.retry({ delay: delayMs });
        },
      ],
    },
  };
}

/** A 2xx GraphQL response as `{status, body, headers}` (fromError then reads errors[] from the body). */
async function readJsonBody(response: KyResponseLike): Promise<unknown> {
  const clone = response.clone() as { json(): Promise<unknown> };
  let body: unknown;
  try {
    body = await clone.json();
  } catch {
    return { status: response.status, body: undefined, headers: response.headers };
  }
  const hasErrors =
    typeof body === "object" &&
    body !== null &&
    Array.isArray((body as { errors?: unknown }).errors) &&
    (body as { errors: unknown[] }).errors.length > 0;
  return hasErrors
    ? { status: response.status, body, headers: response.headers }
    : { status: response.status, body: undefined, headers: response.headers };
}
