// retryWaitMs: the longest wait an error response asks for, by rules derived from rate-limits.json.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RetryWaitRules, retryWaitMs } from "../src/index.js";

const rules: RetryWaitRules = {
  headers: [
    { header: "Retry-After", format: "retry-after" },
    { header: "X-Retry-After", format: "seconds" },
    { header: "X-Reset-Ms", format: "milliseconds", throttledOnly: true },
  ],
  refill: {
    requestedCost: "/extensions/cost/requestedQueryCost",
    remaining: "/extensions/cost/throttleStatus/currentlyAvailable",
    restorePerSecond: "/extensions/cost/throttleStatus/restoreRate",
    throttled: { pointer: "/errors/0/extensions/code", equals: "THROTTLED" },
  },
};

const headersOf = (headers: Record<string, string>) => (name: string) => headers[name.toLowerCase()];
const throttledBody = {
  errors: [{ message: "Throttled", extensions: { code: "THROTTLED" } }],
  extensions: { cost: { requestedQueryCost: 202, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 82, restoreRate: 100 } } },
};
const now = Date.UTC(2026, 0, 5, 12, 0, 0);

describe("retryWaitMs(rules, response)", () => {
  it.each([
    { given: "Retry-After in seconds", status: 503, headers: { "retry-after": "7" }, body: undefined, want: 7000 },
    {
      given: "Retry-After as an HTTP date",
      status: 503,
      headers: { "retry-after": new Date(now + 90_000).toUTCString() },
      body: undefined,
      want: 90_000,
    },
    {
      given: "the longest of two wait headers",
      status: 429,
      headers: { "retry-after": "2", "x-retry-after": "5" },
      body: undefined,
      want: 5000,
    },
    { given: "a window's reset when throttled (429)", status: 429, headers: { "x-reset-ms": "4200" }, body: undefined, want: 4200 },
    { given: "a window's reset on a 500: not a wait", status: 500, headers: { "x-reset-ms": "4200" }, body: undefined, want: undefined },
    { given: "a throttled body's refill: (202 - 82) / 100 s", status: 200, headers: {}, body: throttledBody, want: 1200 },
    {
      given: "cost data without the throttled mark: no wait",
      status: 200,
      headers: {},
      body: { ...throttledBody, errors: [{ message: "Internal error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] },
      want: undefined,
    },
    { given: "nothing said", status: 503, headers: {}, body: { message: "down" }, want: undefined },
    {
      given: "garbage header values",
      status: 429,
      headers: { "retry-after": "soon", "x-reset-ms": "-3" },
      body: undefined,
      want: undefined,
    },
  ])("$given -> $want", ({ status, headers, body, want }) => {
    expect(retryWaitMs(rules, { status, header: headersOf(headers), body }, now)).toBe(want);
  });

  it("rules without a refill read headers only", () => {
    expect(
      retryWaitMs({ headers: [{ header: "Retry-After", format: "retry-after" }] }, { status: 200, header: () => "3", body: throttledBody }),
    ).toBe(3000);
  });

  it("never throws, whatever the headers and body", () => {
    fc.assert(
      fc.property(fc.option(fc.integer()), fc.anything(), fc.anything(), (status, headerValue, body) => {
        const header = () => headerValue as string | undefined;
        const wait = retryWaitMs(rules, { status: status ?? undefined, header, body }, now);
        expect(wait === undefined || (Number.isInteger(wait) && wait >= 0)).toBe(true);
      }),
    );
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("hostile");
        },
      },
    );
    expect(
      retryWaitMs(rules, {
        status: 429,
        header: () => {
          throw new Error("hostile");
        },
        body: hostile,
      }),
    ).toBeUndefined();
  });
});
