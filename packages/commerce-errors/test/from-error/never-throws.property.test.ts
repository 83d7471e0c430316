// Property: whatever reaches a catch block, every entry's fromError, fromErrorAsync, shouldRetry and
// retryDelayMs answer with a well-formed value and never throw. The values are built from the very
// fields the recognisers look at (axios, ky, got, ofetch, the SDKs, GraphQL clients), nested and
// mistyped at random, plus Errors, Responses and hostile proxies.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { vendorNames } from "../../src/vendors/registry.js";

type Entry = typeof root;
const entries: [string, Entry][] = [
  ["commerce-errors", root],
  ...(await Promise.all(
    vendorNames.map(
      async (vendor): Promise<[string, Entry]> => [`commerce-errors/${vendor}`, await import(`../../src/entries/${vendor}.ts`)],
    ),
  )),
];

const keys = [
  "status",
  "statusCode",
  "statusText",
  "body",
  "data",
  "headers",
  "response",
  "request",
  "config",
  "options",
  "isAxiosError",
  "name",
  "message",
  "code",
  "errno",
  "cause",
  "errors",
  "error",
  "raw",
  "requestId",
  "timings",
  "graphQLErrors",
  "graphqlErrors",
  "networkError",
  "result",
  "bodyText",
  "responseBody",
  "originalRequest",
  "uri",
  "retryCount",
  "query",
  "url",
  "method",
  "bodyUsed",
  "networkStatusCode",
  "fault",
  "type",
  "detail",
  "title",
  "extensions",
  "path",
  "get",
  "text",
  "baseURL",
];

const leaf = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    -1,
    200,
    404,
    429,
    503,
    599,
    600,
    Number.NaN,
    "",
    "429",
    "Error",
    "TimeoutError",
    "AbortError",
    "HTTPError",
    "FetchError",
    "ECONNREFUSED",
    "ETIMEDOUT",
    '{"error":{}}',
    "Retry-After",
    "POST",
    "https://api.stripe.com/v1",
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
);

const headersLike = fc.oneof(
  fc.dictionary(
    fc.constantFrom("retry-after", "request-id", "x-request-id", "content-type", "idempotency-key"),
    fc.oneof(fc.string(), fc.array(fc.string())),
  ),
  fc.constant(new Headers({ "retry-after": "2", "content-type": "application/json" })),
);

const { value: errorish } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    headersLike,
    fc.dictionary(fc.constantFrom(...keys), tie("value"), { maxKeys: 8 }),
    fc.array(tie("value"), { maxLength: 3 }),
    tie("error"),
  ),
  error: fc
    .tuple(
      fc.string(),
      fc.constantFrom("Error", "TypeError", "TimeoutError", "AbortError", "HTTPError", "FetchError", "RequestError", "ClientError"),
      fc.dictionary(fc.constantFrom(...keys), tie("value"), { maxKeys: 6 }),
    )
    .map(([message, name, fields]) => Object.assign(Object.assign(new Error(message), { name }), fields)),
}));

// Hostile to string keys only: fast-check itself looks up symbols on generated values.
const hostile = new Proxy(
  {},
  {
    get: (_, key) => {
      if (typeof key === "symbol") return undefined;
      throw new Error("getter");
    },
    has: (_, key) => {
      if (typeof key === "symbol") return false;
      throw new Error("has");
    },
    ownKeys: () => {
      throw new Error("keys");
    },
  },
);
const special = fc.constantFrom(
  hostile,
  new Response("not json", { status: 502, headers: { "content-type": "text/html" } }),
  Object.assign(new Error("with hostile cause"), { cause: hostile }),
  Symbol("s"),
  () => 1,
  10n,
);

const values = fc.oneof(errorish, special);

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
      fc.property(values, (value) => {
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
      fc.asyncProperty(values, async (value) => {
        wellFormed(await entry.fromErrorAsync(value));
      }),
      { numRuns: 150 },
    );
  });
});

describe("CommerceApiError survives JSON", () => {
  it("fromJSON(JSON.stringify(error)) serializes as the error did, for whatever fromError was given", () => {
    fc.assert(
      fc.property(values, (value) => {
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
