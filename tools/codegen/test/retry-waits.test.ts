// buildRetryWaits: which rate-limit rules become retry waits (/core `retryWaits`).
import type { RateLimitRules } from "@commerce-errors/runtime";
import { describe, expect, it } from "vitest";
import { buildRetryWaits } from "../src/model/build-retry-waits.js";

const source = "https://example.test/docs";
const policy = (fields: RateLimitRules["policies"][number]["fields"]) => ({
  name: "p",
  model: "window" as const,
  unit: "requests" as const,
  scope: "app",
  source,
  fields,
});

describe("buildRetryWaits(rules)", () => {
  it.each([
    {
      given: "wait headers count always, single-valued reset headers only when throttled",
      rules: {
        vendor: "v",
        policies: [
          policy([
            { field: "remaining", header: "X-Left", format: "count", source },
            { field: "resetMs", header: "X-Reset-Ms", format: "milliseconds", source },
          ]),
        ],
        common: [
          { field: "retryAfterMs", header: "Retry-After", format: "retry-after", source },
          { field: "retryAfterMs", header: "X-Retry-After", format: "seconds", source },
        ],
      },
      want: {
        headers: [
          { header: "X-Retry-After", format: "seconds" },
          { header: "X-Reset-Ms", format: "milliseconds", throttledOnly: true },
        ],
      },
    },
    {
      given:
        "a composite header (IETF RateLimit) and the standard Retry-After (read for every vendor): left out; a header named twice: once",
      rules: {
        vendor: "v",
        policies: [
          policy([{ header: "RateLimit", format: "ietf-ratelimit", source }]),
          policy([{ field: "retryAfterMs", header: "x-wait", format: "seconds", source }]),
        ],
        common: [
          { field: "retryAfterMs", header: "Retry-After", format: "retry-after", source },
          { field: "retryAfterMs", header: "X-Wait", format: "seconds", source },
        ],
      },
      want: { headers: [{ header: "X-Wait", format: "seconds" }] },
    },
    {
      given: "a bucket's cost data in the body, with its throttled mark",
      rules: {
        vendor: "v",
        policies: [
          policy([
            { field: "remaining", pointer: "/cost/left", format: "count", source },
            { field: "restorePerSecond", pointer: "/cost/rate", format: "per-second", source },
            { field: "requestedCost", pointer: "/cost/requested", format: "count", source },
            { field: "throttled", pointer: "/errors/0/code", format: "equals", equals: "THROTTLED", source },
          ]),
        ],
        common: [],
      },
      want: {
        headers: [],
        refill: {
          requestedCost: "/cost/requested",
          remaining: "/cost/left",
          restorePerSecond: "/cost/rate",
          throttled: { pointer: "/errors/0/code", equals: "THROTTLED" },
        },
      },
    },
    {
      given: "a bucket without the requested cost: no refill",
      rules: {
        vendor: "v",
        policies: [
          policy([
            { field: "remaining", pointer: "/left", format: "count", source },
            { field: "restorePerSecond", pointer: "/rate", format: "per-second", source },
          ]),
        ],
        common: [],
      },
      want: { headers: [] },
    },
  ] satisfies { given: string; rules: RateLimitRules; want: unknown }[])("$given", ({ rules, want }) => {
    expect(buildRetryWaits(rules)).toEqual(want);
  });
});
