// shouldRetry / retryDelayMs as a specification: what each failure and request gets.
import { ClientBuilder } from "@commercetools/ts-client";
import fc from "fast-check";
import { hostileProxy } from "@commerce-errors/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backoffMs, fromError, retryDelayMs, retryOnConflict, shouldRetry, type RetryRequest } from "../../src/index.js";
import { example } from "../fixtures.js";
import { commercetoolsConflict, shopifyThrottled } from "../support/vendor-replies.js";
import { startVendorServer, type VendorServer } from "../support/vendor-server.js";

const networkFailure = (code: string) => Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(code), { code }) });
const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");

describe("shouldRetry(error, request)", () => {
  const rows: Array<{ given: string; error: unknown; request?: RetryRequest; want: boolean }> = [
    { given: "429, POST without a key (not processed)", error: { status: 429, body: undefined }, request: { method: "POST" }, want: true },
    {
      given: "503 with Retry-After, POST without a key",
      error: { status: 503, body: undefined, headers: { "retry-after": "1" } },
      request: { method: "POST" },
      want: true,
    },
    {
      given: "503 without Retry-After, POST without a key",
      error: { status: 503, body: undefined },
      request: { method: "POST" },
      want: false,
    },
    { given: "503, GET", error: { status: 503, body: undefined }, request: { method: "GET" }, want: true },
    {
      given: "500, PayPal capture POST without PayPal-Request-Id",
      error: { status: 500, body: undefined, headers: { "paypal-debug-id": "f1" } },
      request: { method: "POST" },
      want: false,
    },
    {
      given: "500, POST with an idempotency key",
      error: { status: 500, body: undefined },
      request: { method: "POST", idempotencyKey: "capture-42" },
      want: true,
    },
    { given: "500, method unknown: not assumed safe", error: { status: 500, body: undefined }, want: false },
    { given: "timeout, POST without a key", error: timeout, request: { method: "POST" }, want: false },
    { given: "timeout, GET", error: timeout, request: { method: "GET" }, want: true },
    { given: "ECONNREFUSED (never sent), POST", error: networkFailure("ECONNREFUSED"), request: { method: "POST" }, want: true },
    { given: "ECONNRESET (maybe sent), POST", error: networkFailure("ECONNRESET"), request: { method: "POST" }, want: false },
    { given: "abort, GET", error: new DOMException("This operation was aborted", "AbortError"), request: { method: "GET" }, want: false },
    {
      given: "Shopify THROTTLED at 200, mutation",
      error: { status: 200, body: shopifyThrottled.body },
      request: { operation: "mutation" },
      want: true,
    },
    {
      given: "Shopify INTERNAL_SERVER_ERROR at 200, mutation",
      error: { status: 200, body: example("shopify", "GraphQLErrorResponse", 3) },
      request: { operation: "mutation" },
      want: false,
    },
    {
      given: "Shopify INTERNAL_SERVER_ERROR at 200, query",
      error: { status: 200, body: example("shopify", "GraphQLErrorResponse", 3) },
      request: { operation: "query" },
      want: true,
    },
    {
      given: "commercetools ConcurrentModification, PUT",
      error: { status: 409, body: example("commercetools", "StandardErrorResponse", 0) },
      request: { method: "PUT" },
      want: false,
    },
    {
      given: "Stripe card_declined, with a key",
      error: { status: 402, body: example("stripe", "ApiErrorResponse", 2) },
      request: { method: "POST", idempotencyKey: true },
      want: false,
    },
    {
      given: "Stripe-Should-Retry: false on a 500, GET",
      error: { status: 500, body: undefined, headers: { "stripe-should-retry": "false" } },
      request: { method: "GET" },
      want: false,
    },
    {
      given: "an axios error carries its own method (config.method)",
      error: { isAxiosError: true, config: { method: "post", headers: {} }, response: { status: 502, data: "", headers: {} } },
      want: false,
    },
    {
      given: "… and its own Idempotency-Key header",
      error: {
        isAxiosError: true,
        config: { method: "post", headers: { "Idempotency-Key": "k1" } },
        response: { status: 502, data: "", headers: {} },
      },
      want: true,
    },
  ];
  it.each(rows)("$given -> $want", ({ error, request, want }) => {
    expect(shouldRetry(error, request)).toBe(want);
  });
});

describe("retryDelayMs(error, attempt)", () => {
  const now = Date.UTC(2026, 0, 5, 12, 0, 0);
  it.each([
    { given: "Retry-After: 7 (seconds)", error: { status: 429, body: undefined, headers: { "retry-after": "7" } }, attempt: 1, want: 7000 },
    {
      given: "BigCommerce X-Rate-Limit-Time-Reset-Ms",
      error: { status: 429, body: undefined, headers: { "x-rate-limit-time-reset-ms": "4200" } },
      attempt: 3,
      want: 4200,
    },
    {
      given: "Shopify THROTTLED cost data: (202 - 82) / 100 s",
      error: { status: 200, body: shopifyThrottled.body },
      attempt: 1,
      want: 1200,
    },
    { given: "nothing from the server, attempt 1 (base 500, random 0.5)", error: { status: 503, body: undefined }, attempt: 1, want: 375 },
    { given: "nothing from the server, attempt 4", error: { status: 503, body: undefined }, attempt: 4, want: 3000 },
  ])("$given -> $want ms", ({ error, attempt, want }) => {
    expect(retryDelayMs(error, attempt, { random: () => 0.5 })).toBe(want);
  });

  it("Retry-After as an HTTP date counts from now", () => {
    const realNow = Date.now;
    Date.now = () => now;
    try {
      expect(retryDelayMs({ status: 503, body: undefined, headers: { "retry-after": new Date(now + 90_000).toUTCString() } }, 1)).toBe(
        90_000,
      );
    } finally {
      Date.now = realNow;
    }
  });

  it("backoff is capped, and a server's longer wait still wins", () => {
    expect(backoffMs(30, { random: () => 0 })).toBe(15_000);
    expect(retryDelayMs({ status: 429, body: undefined, headers: { "retry-after": "120" } }, 30)).toBe(120_000);
  });
});

describe("retryOnConflict with the real commercetools client", () => {
  let server: VendorServer;
  beforeAll(async () => {
    server = await startVendorServer();
  });
  afterAll(() => server.close());

  const client = () =>
    new ClientBuilder()
      .withProjectKey("demo")
      .withHttpMiddleware({ host: server.url, httpClient: fetch, includeResponseHeaders: true })
      .build();
  const update = (path: string) => (currentVersion: number | undefined) =>
    client().execute({ uri: path, method: "POST", body: { version: currentVersion ?? 1, actions: [{ action: "setKey", key: "k" }] } });

  it("re-runs the update with the currentVersion the 409 carried, then succeeds", async () => {
    server.route("/demo/carts/c1", commercetoolsConflict, { status: 200, body: { id: "c1", version: 3 } });
    const versions: Array<number | undefined> = [];
    const result = await retryOnConflict((version) => {
      versions.push(version);
      return update("/demo/carts/c1")(version);
    });
    expect(result).toMatchObject({ statusCode: 200, body: { version: 3 } });
    expect(versions).toEqual([undefined, 2]);
    expect(server.requests("/demo/carts/c1").map((request) => JSON.parse(request.body).version)).toEqual([1, 2]);
  });

  it("gives up after maxAttempts and rethrows the SDK's error", async () => {
    server.route("/demo/carts/c2", commercetoolsConflict);
    const thrown = await retryOnConflict(update("/demo/carts/c2"), { maxAttempts: 2 }).catch((error: unknown) => error);
    expect(fromError(thrown).code).toBe("ConcurrentModification");
    expect(server.requests("/demo/carts/c2")).toHaveLength(2);
  });

  it("does not re-run on any other error", async () => {
    server.route("/demo/carts/c3", { status: 400, body: example("commercetools", "StandardErrorResponse", 5) });
    await expect(retryOnConflict(update("/demo/carts/c3"))).rejects.toMatchObject({ statusCode: 400 });
    expect(server.requests("/demo/carts/c3")).toHaveLength(1);
  });
});

describe("retryDelayMs on a body it cannot read", () => {
  it("falls back to backoff instead of throwing (a hostile getter in the body)", () => {
    const hostile = hostileProxy(["get"]);
    expect(retryDelayMs({ status: 503, body: hostile }, 1, { random: () => 0 })).toBe(250);
  });
});

describe("backoffMs, as a property", () => {
  it("stays within [step/2, step] of the capped doubling, whatever the attempt, base, cap and jitter", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 60 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 120_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, baseMs, capMs, jitter) => {
          const step = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
          const delay = backoffMs(attempt, { baseMs, capMs, random: () => jitter });
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(step / 2));
          expect(delay).toBeLessThanOrEqual(Math.ceil(step));
        },
      ),
    );
  });

  it("never waits longer than the cap, and never less for a later attempt (the same jitter)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 120_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, baseMs, capMs, jitter) => {
          const options = { baseMs, capMs, random: () => jitter };
          expect(backoffMs(attempt, options)).toBeLessThanOrEqual(capMs);
          expect(backoffMs(attempt + 1, options)).toBeGreaterThanOrEqual(backoffMs(attempt, options));
          if (attempt === 1) expect(backoffMs(1, options)).toBeLessThanOrEqual(Math.min(baseMs, capMs));
        },
      ),
    );
  });

  it("retryDelayMs is the server's wait whenever the error carries one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), fc.integer({ min: 1, max: 10 }), (seconds, attempt) => {
        const error = { status: 429, body: "", headers: { "retry-after": String(seconds) } };
        expect(retryDelayMs(error, attempt)).toBe(seconds * 1000);
      }),
    );
  });
});
