// readRateLimitWith: formats, garbage ignored field by field, never throws.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type RateLimitRules, readRateLimitWith } from "../src/index.js";

const source = "https://example.test/docs";
const rules: RateLimitRules = {
  vendor: "test",
  policies: [
    {
      name: "bucket",
      model: "leaky-bucket",
      unit: "points",
      scope: "store",
      source,
      fields: [
        { field: "remaining", pointer: "/cost/available", format: "count", source },
        { field: "restorePerSecond", pointer: "/cost/rate", format: "per-second", source },
      ],
    },
    {
      name: "window",
      model: "window",
      unit: "requests",
      scope: "store",
      source,
      fields: [
        { field: "limit", header: "X-Limit", format: "count", source },
        { field: "remaining", header: "X-Remaining", format: "count", source },
        { field: "resetMs", header: "X-Reset", format: "reset-seconds", source },
        { field: "windowMs", header: "X-Window-Ms", format: "milliseconds", source },
        { header: "X-Used-Of", format: "used-of-limit", source },
      ],
    },
    {
      name: "ietf",
      model: "window",
      unit: "requests",
      scope: "client",
      source,
      fields: [
        { header: "RateLimit-Policy", format: "ietf-ratelimit-policy", source },
        { header: "RateLimit", format: "ietf-ratelimit", source },
      ],
    },
  ],
  common: [
    { field: "retryAfterMs", header: "Retry-After", format: "retry-after", source },
    { field: "shouldRetry", header: "Should-Retry", format: "boolean", source },
  ],
};
const now = Date.parse("2025-01-01T00:00:00Z");
const read = (given: unknown) => readRateLimitWith(rules, given, { now });

describe("values it believes", () => {
  test.each([
    ["plain headers", { status: 200, headers: { "x-limit": "40", "X-Remaining": "12" } }, { limit: 40, remaining: 12 }],
    ["a Headers object", { status: 200, headers: new Headers({ "X-Limit": "40" }) }, { limit: 40 }],
    ["reset as seconds from now", { headers: { "X-Reset": "30" } }, { resetMs: 30_000 }],
    ["reset as a Unix time", { headers: { "X-Reset": String(now / 1000 + 12) } }, { resetMs: 12_000 }],
    ["used/limit", { headers: { "X-Used-Of": "32/40" } }, { used: 32, limit: 40, remaining: 8 }],
    [
      "a body value (axios data)",
      { status: 200, headers: {}, data: { cost: { available: 954, rate: 50 } } },
      { remaining: 954, restorePerSecond: 50 },
    ],
    ["a JSON string body (got)", { statusCode: 200, headers: {}, body: '{"cost":{"available":3}}' }, { remaining: 3 }],
    [
      "IETF, the tighter of two policies",
      { headers: { RateLimit: '"a";r=50;t=30, "b";r=5;t=3', "RateLimit-Policy": '"a";q=100;w=60, "b";q=10;w=10' } },
      { remaining: 5, resetMs: 3000, limit: 10, windowMs: 10_000 },
    ],
    [
      "IETF draft-07 dictionary",
      { headers: { RateLimit: "limit=100, remaining=50, reset=5", "RateLimit-Policy": "100;w=60" } },
      { remaining: 50, resetMs: 5000, limit: 100, windowMs: 60_000 },
    ],
    ["Retry-After seconds", { status: 429, headers: { "Retry-After": "7" } }, { retryAfterMs: 7000, throttled: true }],
    ["Retry-After as an HTTP date", { headers: { "Retry-After": "Wed, 01 Jan 2025 00:01:00 GMT" } }, { retryAfterMs: 60_000 }],
    [
      "a duplicated header that agrees",
      {
        headers: new Headers([
          ["X-Limit", "40"],
          ["X-Limit", "40"],
        ]),
      },
      { limit: 40 },
    ],
    ["a header given as an array", { headers: { "x-limit": ["40"] } }, { limit: 40 }],
    ["a boolean", { headers: { "Should-Retry": "FALSE" } }, { shouldRetry: false }],
  ])("%s", (_, given, want) => {
    expect(read(given)).toMatchObject(want);
  });
});

describe("garbage is ignored field by field", () => {
  test.each([
    ["a negative count", { "X-Limit": "-1", "X-Remaining": "3" }, { remaining: 3 }, ["limit"]],
    ["NaN", { "X-Limit": "NaN", "X-Remaining": "3" }, { remaining: 3 }, ["limit"]],
    [
      "a huge count",
      { "X-Limit": "1e400", "X-Remaining": "99999999999", "X-Window-Ms": "1000" },
      { windowMs: 1000 },
      ["limit", "remaining"],
    ],
    ["a wait beyond a day", { "X-Window-Ms": "86400001", "X-Limit": "5" }, { limit: 5 }, ["windowMs"]],
    ["a reset in the past", { "X-Reset": String(now / 1000 - 10), "X-Limit": "5" }, { limit: 5 }, ["resetMs"]],
    ["a Retry-After date in the past", { "Retry-After": "Tue, 31 Dec 2024 23:00:00 GMT", "X-Limit": "5" }, { limit: 5 }, ["retryAfterMs"]],
    ["a negative Retry-After", { "Retry-After": "-5", "X-Limit": "5" }, { limit: 5 }, ["retryAfterMs"]],
    ["duplicated headers that disagree", { "X-Limit": "40, 80", "X-Remaining": "1" }, { remaining: 1 }, ["limit"]],
    ["used above the limit", { "X-Used-Of": "41/40", "X-Limit": "40" }, { limit: 40 }, ["used", "remaining"]],
    ["a word where a boolean goes", { "Should-Retry": "maybe", "X-Limit": "1" }, { limit: 1 }, ["shouldRetry"]],
  ])("%s", (_, headers, want, absent) => {
    const state = read({ status: 200, headers });
    expect(state).toMatchObject(want);
    for (const field of absent) expect(state).not.toHaveProperty(field);
  });

  test("a response that says nothing gives undefined", () => {
    expect(read({ status: 200, headers: { "content-type": "application/json" }, body: {} })).toBeUndefined();
    expect(read({ status: 200, headers: { "X-Limit": "garbage" } })).toBeUndefined();
    expect(read(undefined)).toBeUndefined();
    expect(read("429")).toBeUndefined();
  });

  test("a hostile response gives undefined instead of throwing", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
        has: () => {
          throw new Error("boom");
        },
      },
    );
    expect(read(hostile)).toBeUndefined();
    expect(read({ status: 200, headers: hostile })).toBeUndefined();
  });

  test("any value at all: never throws", () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.dictionary(
          fc.constantFrom("X-Limit", "X-Remaining", "X-Reset", "X-Used-Of", "RateLimit", "RateLimit-Policy", "Retry-After"),
          fc.string(),
        ),
        (body, headers) => {
          expect(() => read({ status: 200, headers, body })).not.toThrow();
          expect(() => read(body)).not.toThrow();
        },
      ),
    );
  });
});
