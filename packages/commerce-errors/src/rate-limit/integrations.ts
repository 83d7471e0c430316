// The limiter in the HTTP clients people use: a fetch wrapper (also Shopify's admin-api-client
// `customFetchApi` and graphql-request's `fetch`), ky and got hooks, axios interceptors, ofetch hooks.
// Typed structurally: no dependency on any of them.
import type { RateLimiter, RateLimitTicket } from "./limiter.js";

type FetchLike = (input: never, init?: never) => Promise<Response>;

export interface RateLimitedFetchOptions {
  /** Replays of a throttled response (429 or THROTTLED) after the limiter's wait; default 2, 0 returns it as it came. */
  retries?: number | undefined;
  /** The cost of a request, when the caller knows it (e.g. from a GraphQL query's calculated cost). */
  cost?: ((input: unknown, init: unknown) => number | undefined) | undefined;
}

/** Whether the rules read anything from bodies: only then is a JSON body read (a clone; the caller's stays unread). */
function readsBodies(limiter: RateLimiter): boolean {
  return limiter.rules.policies.some((policy) => policy.fields.some((field) => field.pointer !== undefined));
}

async function responseFacts(response: Response, bodies: boolean): Promise<{ status: number; headers: Headers; body?: unknown }> {
  if (!bodies || !/json/i.test(response.headers.get("content-type") ?? "")) return { status: response.status, headers: response.headers };
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body };
}

/** `fetch` that waits for the budget before each request and learns from each response. */
export function rateLimitedFetch<F extends FetchLike>(limiter: RateLimiter, fetchImpl: F, options: RateLimitedFetchOptions = {}): F {
  const bodies = readsBodies(limiter);
  const retries = options.retries ?? 2;
  const wrapped = async (input: never, init?: never): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      const ticket = await limiter.acquire(options.cost?.(input, init));
      const response = await fetchImpl(input, init);
      const state = await limiter.learn(await responseFacts(response, bodies), ticket);
      // A replayed body must be replayable: a string, not a consumed stream.
      const body = (init as unknown as { body?: unknown } | undefined)?.body;
      const replayable = typeof body !== "object" || body === null;
      if (!state?.throttled || attempt >= retries || !replayable) return response;
      await response.body?.cancel().catch(() => undefined);
    }
  };
  return wrapped as F;
}

const tickets = new WeakMap<object, RateLimitTicket>();

/** ky (v1.10+ and v2): `ky.extend({hooks: kyRateLimitHooks(limiter)})`. */
export function kyRateLimitHooks(limiter: RateLimiter) {
  const bodies = readsBodies(limiter);
  const requestOf = (first: unknown): object => ((first as { request?: object }).request ?? first) as object;
  const acquire = async (first: unknown) => {
    tickets.set(requestOf(first), await limiter.acquire());
  };
  return {
    beforeRequest: [acquire],
    beforeRetry: [acquire],
    afterResponse: [
      async (first: unknown, _options?: unknown, kyResponse?: Response): Promise<undefined> => {
        const response = (first as { response?: Response }).response ?? (kyResponse as Response);
        await limiter.learn(await responseFacts(response, bodies), tickets.get(requestOf(first)));
        return undefined;
      },
    ],
  };
}

/** got (v12+): `got.extend({hooks: gotRateLimitHooks(limiter)})`; got retries run the hooks again. */
export function gotRateLimitHooks(limiter: RateLimiter) {
  return {
    beforeRequest: [
      async (options: { context: Record<string, unknown> }) => {
        options.context.rateLimitTicket = await limiter.acquire();
      },
    ],
    afterResponse: [
      async <R extends { request: { options: { context: Record<string, unknown> } } }>(response: R): Promise<R> => {
        await limiter.learn(response, response.request.options.context.rateLimitTicket as RateLimitTicket | undefined);
        return response;
      },
    ],
  };
}

interface AxiosLike {
  interceptors: {
    request: { use(onFulfilled: (config: never) => unknown): number };
    response: { use(onFulfilled: (response: never) => unknown, onRejected: (error: unknown) => unknown): number };
  };
}

const axiosTicket = Symbol("rateLimitTicket");

/** axios: `useAxiosRateLimit(instance, limiter)` adds a request and a response interceptor. */
export function useAxiosRateLimit(instance: AxiosLike, limiter: RateLimiter): void {
  instance.interceptors.request.use((async (config: Record<PropertyKey, unknown>) => {
    config[axiosTicket] = await limiter.acquire();
    return config;
  }) as never);
  instance.interceptors.response.use(
    (async (response: { config?: Record<PropertyKey, unknown> }) => {
      await limiter.learn(response, response.config?.[axiosTicket] as RateLimitTicket | undefined);
      return response;
    }) as never,
    async (error: unknown) => {
      const { response, config } = (error ?? {}) as { response?: unknown; config?: Record<PropertyKey, unknown> };
      if (response !== undefined) await limiter.learn(response, config?.[axiosTicket] as RateLimitTicket | undefined);
      throw error;
    },
  );
}

/** ofetch: `ofetch.create(ofetchRateLimitHooks(limiter))`; onResponse runs for errors too. */
export function ofetchRateLimitHooks(limiter: RateLimiter) {
  return {
    onRequest: async (context: { options: Record<PropertyKey, unknown> }) => {
      context.options[axiosTicket] = await limiter.acquire();
    },
    onResponse: async (context: {
      options: Record<PropertyKey, unknown>;
      response: { status: number; headers: Headers; _data?: unknown };
    }) => {
      const { response } = context;
      await limiter.learn(
        { status: response.status, headers: response.headers, body: response._data },
        context.options[axiosTicket] as RateLimitTicket | undefined,
      );
    },
  };
}
