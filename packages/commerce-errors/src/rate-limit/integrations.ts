// The limiter in the HTTP clients people use: a fetch wrapper (also a vendor SDK's custom
// fetch option and graphql-request's `fetch`), ky and got hooks, axios interceptors, ofetch hooks.
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

/** axios's interceptors, loosely: their config and response types are axios's own. */
interface AxiosLike {
  interceptors: {
    // biome-ignore lint/suspicious/noExplicitAny: axios types the callback by its own config type, which a structural type cannot name
    request: { use(onFulfilled: (config: any) => any): number };
    // biome-ignore lint/suspicious/noExplicitAny: as above, for axios's response type
    response: { use(onFulfilled: (response: any) => any, onRejected: (error: any) => any): number };
  };
}

const axiosTicket = Symbol("rateLimitTicket");

/** axios: `useAxiosRateLimit(instance, limiter)` adds a request and a response interceptor. */
export function useAxiosRateLimit(instance: AxiosLike, limiter: RateLimiter): void {
  instance.interceptors.request.use(async (config: Record<PropertyKey, unknown>) => {
    config[axiosTicket] = await limiter.acquire();
    return config;
  });
  instance.interceptors.response.use(
    async (response: { config?: Record<PropertyKey, unknown> }) => {
      await limiter.learn(response, response.config?.[axiosTicket] as RateLimitTicket | undefined);
      return response;
    },
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
    onRequest: async (context: { options: object }) => {
      tickets.set(context.options, await limiter.acquire());
    },
    onResponse: async (context: { options: object; response?: { status: number; headers: Headers; _data?: unknown } | undefined }) => {
      const { response } = context;
      if (response)
        await limiter.learn({ status: response.status, headers: response.headers, body: response._data }, tickets.get(context.options));
    },
  };
}
