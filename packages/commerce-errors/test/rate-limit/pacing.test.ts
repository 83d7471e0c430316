// The limiter in each HTTP client, tested with the real library against a local server that enforces
// BigCommerce's quota per window and Shopify's GraphQL leaky bucket: paced, nothing is throttled.
import { createAdminApiClient } from "@shopify/admin-api-client";
import { startVendorSimulator, type VendorSimulator } from "@commerce-errors/testkit/rate-limit-simulator";
import axios from "axios";
import got from "got";
import { GraphQLClient } from "graphql-request";
import ky from "ky";
import { ofetch } from "ofetch";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  createRateLimiter,
  gotRateLimitHooks,
  kyRateLimitHooks,
  ofetchRateLimitHooks,
  rateLimitedFetch,
  readRateLimit,
  useAxiosRateLimit,
} from "../../src/rate-limit/index.js";

let sim: VendorSimulator;
const requests = 25;
beforeAll(async () => {
  // Scaled down so that each case takes about a second: 10 requests per 400 ms; a 60-point bucket refilling 240 per second.
  sim = await startVendorSimulator({ quota: { limit: 10, windowMs: 400 }, bucket: { limit: 60, restorePerSecond: 240 }, latencyMs: 2 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const rest = () => `${sim.url}/stores/abc123/v3/catalog/products`;
const bigcommerce = () => createRateLimiter({ vendor: "bigcommerce", key: "abc123" });
const all = <T>(run: (i: number) => Promise<T>) => Promise.all(Array.from({ length: requests }, (_, i) => run(i)));

describe("without a limiter, the same burst is throttled (the control)", () => {
  test("fetch", async () => {
    await all(() => fetch(rest()).then((r) => r.arrayBuffer()));
    expect(sim.stats().throttled).toBeGreaterThan(0);
  });
});

describe("BigCommerce REST quota: every request answered, none throttled", () => {
  test.each([
    [
      "fetch wrapper",
      async () => {
        const paced = rateLimitedFetch(bigcommerce(), fetch);
        await all(() => paced(rest()).then((r) => r.arrayBuffer()));
      },
    ],
    [
      "ky hooks",
      async () => {
        const client = ky.extend({ hooks: kyRateLimitHooks(bigcommerce()), retry: 0 });
        await all(() => client.get(rest()).json());
      },
    ],
    [
      "got hooks",
      async () => {
        const client = got.extend({ hooks: gotRateLimitHooks(bigcommerce()), retry: { limit: 0 } });
        await all(() => client.get(rest()).json());
      },
    ],
    [
      "axios interceptors",
      async () => {
        const client = axios.create();
        useAxiosRateLimit(client, bigcommerce());
        await all(() => client.get(rest()));
      },
    ],
    [
      "ofetch hooks",
      async () => {
        const client = ofetch.create({ ...ofetchRateLimitHooks(bigcommerce()), retry: 0 });
        await all(() => client(rest()));
      },
    ],
  ])("%s", async (_, run) => {
    await run();
    expect(sim.stats()).toMatchObject({ accepted: requests, throttled: 0 });
  });
});

describe("Shopify GraphQL leaky bucket: paced by each query's cost, none throttled", () => {
  const query = "query Products($first: Int) { products(first: $first) { edges { node { id } } } }";
  test("@shopify/admin-api-client with customFetchApi", async () => {
    const limiter = createRateLimiter({ vendor: "shopify", key: "shop.example" });
    const client = createAdminApiClient({
      storeDomain: sim.url.replace("http://", ""),
      apiVersion: "2025-01",
      accessToken: "shpat_test",
      customFetchApi: rateLimitedFetch(limiter, (url: string, init?: RequestInit) => fetch(url.replace("https://", "http://"), init)),
    });
    // The client builds an https URL from the store domain; the simulator is plain http on 127.0.0.1.
    const answers = await all(() => client.request(query, { variables: { first: 10 } }));
    expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    expect(sim.stats()).toMatchObject({ accepted: requests, throttled: 0 });
  });

  test("graphql-request with its fetch option", async () => {
    const limiter = createRateLimiter({ vendor: "shopify", key: "shop.example" });
    const client = new GraphQLClient(`${sim.url}/admin/api/2025-01/graphql.json`, { fetch: rateLimitedFetch(limiter, fetch) });
    await all(() => client.request(query, { first: 10 }));
    expect(sim.stats()).toMatchObject({ accepted: requests, throttled: 0 });
  });
});

test("readRateLimit as the README shows it", () => {
  expect(readRateLimit({ status: 200, headers: { "X-Shopify-Shop-Api-Call-Limit": "32/40" } }, "shopify")).toMatchObject({
    vendor: "shopify",
    policy: "rest-admin",
    model: "leaky-bucket",
    used: 32,
    limit: 40,
    remaining: 8,
    restorePerSecond: 2,
    throttled: false,
    from: { used: "header x-shopify-shop-api-call-limit", restorePerSecond: "documented" },
  });
});
