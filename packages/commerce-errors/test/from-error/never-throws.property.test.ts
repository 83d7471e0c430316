// Property: whatever reaches a catch block (testkit's errorShapedValues: the fields HTTP clients,
// SDKs and GraphQL clients use, nested and mistyped at random, Errors, Responses, hostile proxies),
// every entry's fromError, fromErrorAsync, shouldRetry and retryDelayMs answer with a well-formed
// value and never throw.
import { errorShapedValues } from "@commerce-errors/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { vendorNames } from "../../src/generated/vendor-names.js";
import { vendorEntries, type Entry } from "../support/entries.js";

const entries: [string, Entry][] = [
  ["commerce-errors", root],
  ...Object.entries(vendorEntries).map(([vendor, entry]): [string, Entry] => [`commerce-errors/${vendor}`, entry]),
];

const envelopeNames: string[] = (
  await Promise.all(vendorNames.map(async (vendor) => (await import(`@commerce-errors/${vendor}/core`)).envelopeNames as string[]))
).flat();
const outcomes = new Set(["unrecognized", "empty", "transport", ...envelopeNames]);
const retryKinds = new Set(["no", "with-backoff", "after-refetch"]);

function wellFormed(error: root.NormalizedError): void {
  expect(outcomes.has(error.envelope)).toBe(true);
  expect(typeof error.message).toBe("string");
  expect(Array.isArray(error.details)).toBe(true);
  expect(retryKinds.has(error.retry.kind)).toBe(true);
  if (error.status !== undefined) expect(Number.isInteger(error.status) && error.status >= 100 && error.status <= 599).toBe(true);
  expect(root.isCommerceApiError(error)).toBe(true);
  expect(() => JSON.stringify(error)).not.toThrow();
}

describe.each(entries)("%s", (_, entry) => {
  it("fromError, shouldRetry and retryDelayMs answer any value, well formed", () => {
    fc.assert(
      fc.property(errorShapedValues, (value) => {
        wellFormed(entry.fromError(value));
        expect(typeof entry.shouldRetry(value)).toBe("boolean");
        const delay = entry.retryDelayMs(value, 1);
        expect(Number.isFinite(delay) && delay >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("fromErrorAsync answers any value, well formed", async () => {
    await fc.assert(
      fc.asyncProperty(errorShapedValues, async (value) => {
        wellFormed(await entry.fromErrorAsync(value));
      }),
      { numRuns: 150 },
    );
  });
});

describe("CommerceApiError survives JSON", () => {
  it("fromJSON(JSON.stringify(error)) serializes as the error did, for whatever fromError was given", () => {
    fc.assert(
      fc.property(errorShapedValues, (value) => {
        const error = root.fromError(value);
        const restored = root.CommerceApiError.fromJSON(JSON.stringify(error));
        expect(root.isCommerceApiError(restored)).toBe(true);
        expect(JSON.stringify(restored)).toBe(JSON.stringify(error));
        expect(restored.message).toBe(error.message);
      }),
      { numRuns: 300 },
    );
  });
});
