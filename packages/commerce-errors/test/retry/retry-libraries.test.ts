// The ready-made options, each in its real retry library against the local server: attempt counts
// and the waits the library actually slept (fake clock), for the cases the advice must get right.
import { createGraphQLClient } from "@shopify/graphql-client";
import axios from "axios";
import axiosRetry from "axios-retry";
import got from "got";
import got14 from "got-14";
import got15 from "got-15";
import ky from "ky";
import ky1 from "ky-1";
import { ofetch } from "ofetch";
import pRetry from "p-retry";
import pRetry7 from "p-retry-7";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  axiosRetryOptions,
  fromError,
  fromErrorAsync,
  gotRetryOptions,
  kyRetryOptions,
  ofetchRetryOptions,
  pRetryOptions,
  type BackoffOptions,
} from "../../src/index.js";
import { clockStart, onFakeClock } from "../support/fake-clock.js";
import { commercetoolsConflict, shopifyThrottled } from "../support/vendor-replies.js";
import { startVendorServer, type Reply, type VendorServer } from "../support/vendor-server.js";

let server: VendorServer;
beforeAll(async () => {
  server = await startVendorServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** Deterministic backoff: attempt n waits 100 * 2^(n-1) / 2 ms (random() = 0). */
const backoff: BackoffOptions = { baseMs: 100, random: () => 0 };
const ok: Reply = { status: 200, body: { ok: true } };

interface Call {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
}

/** p-retry around fetch: fetch's Response does not say how it was requested, so p-retry users pass it. */
function withPRetry(run: typeof pRetry) {
  return ({ url, method, headers }: Call) =>
    run(
      async () => {
        const response = await fetch(url, { method, headers });
        if (!response.ok) throw await fromErrorAsync(response);
        return response.json();
      },
      pRetryOptions({ retries: 3, backoff, request: { method, idempotencyKey: "Idempotency-Key" in headers } }),
    );
}

// As the README shows them: ky.extend, got.extend, ofetch.create.
function withKy(client: typeof ky) {
  return ({ url, method, headers }: Call) =>
    client
      .extend(kyRetryOptions(client, { retries: 3, backoff }))(url, { method, headers, timeout: false })
      .json();
}

function withGot(client: typeof got) {
  return ({ url, method, headers }: Call) =>
    client
      .extend({ retry: gotRetryOptions({ retries: 3, backoff }) })(url, { method, headers })
      .json();
}

/**
 * One way to make a retried request per library and major (the current one and the one before,
 * which users still run); each resolves when a 2xx arrives, else rejects.
 */
const libraries: Record<string, (call: Call) => Promise<unknown>> = {
  "p-retry 9": withPRetry(pRetry),
  "p-retry 7": withPRetry(pRetry7 as unknown as typeof pRetry),
  "ky 2": withKy(ky),
  "ky 1": withKy(ky1 as unknown as typeof ky),
  "axios-retry": ({ url, method, headers }) => {
    const client = axios.create();
    axiosRetry(client, axiosRetryOptions({ retries: 3, backoff }));
    return client.request({ url, method, headers });
  },
  "got 16": withGot(got),
  "got 15": withGot(got15 as unknown as typeof got),
  "got 14": withGot(got14 as unknown as typeof got),
  ofetch: ({ url, method, headers }) => ofetch.create(ofetchRetryOptions({ retries: 3, backoff }))(url, { method, headers }),
};

interface Scenario {
  given: string;
  method: "GET" | "POST";
  headers?: Record<string, string>;
  replies: () => Reply[];
  want: { attempts: number; waitedMs: number; succeeds: boolean };
}

const scenarios: Scenario[] = [
  {
    given: "429 with Retry-After: 2 (seconds), then 200",
    method: "POST",
    replies: () => [{ status: 429, headers: { "retry-after": "2" } }, ok],
    want: { attempts: 2, waitedMs: 2000, succeeds: true },
  },
  {
    given: "429 with Retry-After as an HTTP date 3 s ahead, then 200",
    method: "GET",
    replies: () => [{ status: 429, headers: { "retry-after": new Date(clockStart + 3000).toUTCString() } }, ok],
    want: { attempts: 2, waitedMs: 3000, succeeds: true },
  },
  {
    given: "503 twice on a GET, then 200: backoff 50 ms, 100 ms",
    method: "GET",
    replies: () => [{ status: 503 }, { status: 503 }, ok],
    want: { attempts: 3, waitedMs: 150, succeeds: true },
  },
  {
    given: "503 on a POST without an idempotency key: not replayed",
    method: "POST",
    replies: () => [{ status: 503 }, ok],
    want: { attempts: 1, waitedMs: 0, succeeds: false },
  },
  {
    given: "500 on a POST with an Idempotency-Key: replayed",
    method: "POST",
    headers: { "Idempotency-Key": "order-7f3a" },
    replies: () => [{ status: 500 }, ok],
    want: { attempts: 2, waitedMs: 50, succeeds: true },
  },
  {
    given: "commercetools 409 ConcurrentModification: never a plain replay (use retryOnConflict)",
    method: "POST",
    replies: () => [commercetoolsConflict, ok],
    want: { attempts: 1, waitedMs: 0, succeeds: false },
  },
  {
    given: "429 four times: stops after 3 retries",
    method: "GET",
    replies: () => [{ status: 429, headers: { "retry-after": "1" } }],
    want: { attempts: 4, waitedMs: 3000, succeeds: false },
  },
];

describe.each(Object.entries(libraries))("%s", (_library, request) => {
  it.each(scenarios)("$given", async ({ method, headers = {}, replies, want }) => {
    const path = `/retry/${Math.random().toString(36).slice(2)}`;
    server.route(path, ...replies());
    const { outcome, elapsedMs } = await onFakeClock(() => request({ url: `${server.url}${path}`, method, headers }));
    expect(server.requests(path)).toHaveLength(want.attempts);
    expect(elapsedMs).toBe(want.waitedMs);
    expect(outcome.status).toBe(want.succeeds ? "fulfilled" : "rejected");
  });
});

describe("Shopify THROTTLED at HTTP 200, waited out from its cost data ((202 - 82) / 100 s = 1.2 s)", () => {
  it.each([
    { major: "ky 2", client: ky },
    { major: "ky 1", client: ky1 as unknown as typeof ky },
  ])("$major: afterResponse reads the GraphQL body and forces the retry with that wait", async ({ client }) => {
    server.route("/admin/api/2025-01/graphql.json", shopifyThrottled, { status: 200, body: { data: { shop: { name: "acme" } } } });
    const run = () =>
      client
        .post(`${server.url}/admin/api/2025-01/graphql.json`, {
          json: { query: "{ shop { name } }" },
          timeout: false,
          ...kyRetryOptions(client, { backoff }),
        })
        .json();
    const { outcome, elapsedMs } = await onFakeClock(run);
    expect(outcome).toEqual({ status: "fulfilled", value: { data: { shop: { name: "acme" } } } });
    expect(server.requests("/admin/api/2025-01/graphql.json")).toHaveLength(2);
    expect(elapsedMs).toBe(1200);
  });

  it("p-retry around @shopify/graphql-client, which returns {errors} instead of throwing", async () => {
    server.route("/admin/api/2025-01/graphql.json", shopifyThrottled, shopifyThrottled, {
      status: 200,
      body: { data: { shop: { name: "acme" } } },
    });
    const client = createGraphQLClient({ url: `${server.url}/admin/api/2025-01/graphql.json`, headers: {}, retries: 0 });
    const run = () =>
      pRetry(
        async () => {
          const result = await client.request("mutation { shopUpdate { id } }");
          if (result.errors) throw fromError(result);
          return result.data;
        },
        // A mutation: THROTTLED means it was not executed, so replaying it is safe.
        pRetryOptions({ request: { operation: "mutation" }, backoff }),
      );
    const { outcome, elapsedMs } = await onFakeClock(run);
    expect(outcome).toEqual({ status: "fulfilled", value: { shop: { name: "acme" } } });
    expect(server.requests("/admin/api/2025-01/graphql.json")).toHaveLength(3);
    expect(elapsedMs).toBe(2400);
  });
});
