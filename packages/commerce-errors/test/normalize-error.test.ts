import { describe, expect, it } from "vitest";
import { normalizeError, type NormalizedError } from "../src/index.js";
import { example } from "./fixtures.js";

/** The fields a caller relies on; `raw` and `statusInfo` are checked separately. */
function essentials(normalized: NormalizedError) {
  const { vendor, status, envelope, code, message, details, retry, requestId } = normalized;
  return { vendor, status, envelope, code, message, details, retry, requestId };
}

describe("normalizeError gives one shape for every vendor", () => {
  const cases = [
    {
      name: "commercetools 409 ConcurrentModification",
      input: { status: 409, body: example("commercetools", "StandardErrorResponse", 0), headers: { "X-Correlation-ID": "projects-acme-4f1a" } },
      want: {
        vendor: "commercetools",
        status: 409,
        envelope: "StandardErrorResponse",
        code: "ConcurrentModification",
        message: "Version mismatch. Concurrent modification.",
        details: [{ code: "ConcurrentModification", message: "Version mismatch. Concurrent modification." }],
        retry: { kind: "after-refetch", currentVersion: 2 },
        requestId: "projects-acme-4f1a",
      },
    },
    {
      name: "Commerce Layer 422 validation error",
      input: { status: 422, body: example("commercelayer", "JsonApiErrorResponse", 1), headers: { "x-request-id": "c0ffee" } },
      want: {
        vendor: "commercelayer",
        status: 422,
        envelope: "JsonApiErrorResponse",
        code: "VALIDATION_ERROR",
        message: "quantity - must be less than or equal to 10",
        details: [{ code: "VALIDATION_ERROR", message: "quantity - must be less than or equal to 10", pointer: "/data/attributes/quantity", field: "quantity" }],
        retry: { kind: "no" },
        requestId: "c0ffee",
      },
    },
    {
      name: "Elastic Path 500 with request_id",
      input: { status: 500, body: example("elasticpath", "ElasticPathErrorResponse", 6) },
      want: {
        vendor: "elasticpath",
        status: 500,
        envelope: "ElasticPathErrorResponse",
        code: "Internal Server Error",
        message: "There was an internal server error, you can report with your request id.",
        details: [{ code: "Internal Server Error", message: "There was an internal server error, you can report with your request id." }],
        retry: { kind: "with-backoff" },
        requestId: "XXXX",
      },
    },
    {
      name: "BigCommerce 422 with an errors map",
      input: { status: 422, body: example("bigcommerce", "RestV3Error", 2) },
      want: {
        vendor: "bigcommerce",
        status: 422,
        envelope: "RestV3Error",
        code: "JSON data is missing or invalid",
        message: "JSON data is missing or invalid",
        details: [
          { message: "error.expected.jsnumber", field: "0.channel_id", pointer: "/0/channel_id" },
          { message: "error.path.missing", field: "0.enabled_currencies", pointer: "/0/enabled_currencies" },
          { message: "error.path.missing", field: "0.default_currency", pointer: "/0/default_currency" },
        ],
        retry: { kind: "no" },
        requestId: undefined,
      },
    },
  ] as const;

  for (const { name, input, want } of cases) {
    it(name, () => {
      expect(essentials(normalizeError(input))).toEqual(want);
    });
  }

  it("with the same keys whatever the vendor", () => {
    const keys = cases.map(({ input }) => Object.keys(normalizeError(input)).sort());
    expect(new Set(keys.map((each) => each.join()))).toEqual(new Set(["code,details,envelope,message,raw,requestId,retry,status,statusInfo,vendor"]));
  });

  it("keeps the body as raw and the vendor's catalog entry as statusInfo", () => {
    const body = example("commercetools", "StandardErrorResponse", 0);
    const normalized = normalizeError({ status: 409, body });
    expect(normalized.raw).toBe(body);
    expect(normalized.statusInfo).toMatchObject({ status: 409, text: "Conflict", retry: "after-refetch" });
  });
});

describe("vendor specifics", () => {
  it("commercetools field errors point at the field", () => {
    const normalized = normalizeError({ status: 400, body: example("commercetools", "StandardErrorResponse", 8) });
    expect(normalized.details).toEqual([{ code: "RequiredField", message: "A value is required for field 'baseId'.", field: "baseId", pointer: "/baseId" }]);
  });

  it("commercetools OAuth errors: the OAuth code and its description", () => {
    const normalized = normalizeError({ status: 403, body: example("commercetools", "AuthErrorResponse", 2) });
    expect(normalized).toMatchObject({
      envelope: "AuthErrorResponse",
      code: "insufficient_scope",
      message: "Insufficient scope. One of the following scopes is missing: manage_customers.",
      retry: { kind: "no" },
    });
  });

  it("commercetools: the message of the error the code belongs to, not a generic top-level one", () => {
    const normalized = normalizeError({ status: 401, body: example("commercetools", "StandardErrorResponse", 12) });
    expect(normalized).toMatchObject({ code: "Unauthorized", message: "This endpoint requires an access token. You can get one from the authorization server." });
  });

  it("commercetools GraphQL: ConcurrentModification in extensions asks for a refetch even with HTTP 200", () => {
    const body = { data: null, errors: [{ message: "Version mismatch.", path: ["updateCart"], extensions: { code: "ConcurrentModification", currentVersion: 7 } }] };
    const normalized = normalizeError({ status: 200, body }, { vendor: "commercetools" });
    expect(normalized).toMatchObject({
      envelope: "GraphQLErrorResponse",
      code: "ConcurrentModification",
      details: [{ code: "ConcurrentModification", message: "Version mismatch.", pointer: "/updateCart" }],
      retry: { kind: "after-refetch", currentVersion: 7 },
    });
  });

  it("Elastic Path: a plain-string source is the field; a single errors object works too", () => {
    expect(normalizeError({ status: 400, body: example("elasticpath", "ElasticPathErrorResponse", 0) }).details).toEqual([
      { code: "required", message: "enabled is required", pointer: "/enabled", field: "enabled" },
    ]);
    expect(normalizeError({ status: 404, body: example("elasticpath", "ElasticPathErrorResponse", 10) })).toMatchObject({
      code: "Not Found",
      message: "currency not found",
      retry: { kind: "no" },
    });
  });

  it("BigCommerce GraphQL: extensions.code, path as a pointer into data", () => {
    const normalized = normalizeError({ status: 200, body: example("bigcommerce", "GraphQLErrorResponse", 1) });
    expect(normalized).toMatchObject({
      vendor: "bigcommerce",
      code: "INSUFFICIENT_ACCESS_SCOPE",
      message: "The provided token does not include the scopes required to resolve this field.",
      details: [{ code: "INSUFFICIENT_ACCESS_SCOPE", message: "The provided token does not include the scopes required to resolve this field.", pointer: "/company" }],
    });
  });

  it("BigCommerce v3 with detail and a numeric code", () => {
    expect(normalizeError({ status: 422, body: example("bigcommerce", "RestV3Error", 9) })).toMatchObject({ code: "Input is invalid", message: "Input is invalid: missing the required field: body" });
    expect(normalizeError({ status: 400, body: example("bigcommerce", "RestV3Error", 0) })).toMatchObject({ code: "400", message: "The field 'image_file' is invalid." });
  });

  it("BigCommerce v2 arrays and {code, message}", () => {
    expect(normalizeError({ status: 404, body: example("bigcommerce", "RestV2ErrorResponse", 0) })).toMatchObject({
      envelope: "RestV2ErrorResponse",
      code: undefined,
      message: "The requested resource was not found.",
      details: [{ message: "The requested resource was not found." }],
    });
    expect(normalizeError({ status: 403, body: example("bigcommerce", "CodeMessageErrorResponse", 1) })).toMatchObject({ code: "403", message: "Missing scope" });
  });
});

describe("retry advice", () => {
  it("BigCommerce 429: the longer of X-Retry-After and X-Rate-Limit-Time-Reset-Ms", () => {
    const headers = { "X-Retry-After": "3", "X-Rate-Limit-Time-Reset-Ms": "4500", "X-Rate-Limit-Requests-Left": "0" };
    expect(normalizeError({ status: 429, body: example("bigcommerce", "RestV3Error", 7), headers }).retry).toEqual({ kind: "with-backoff", afterMs: 4500 });
  });

  it("Retry-After in seconds or as an HTTP date", () => {
    expect(normalizeError({ status: 503, body: "", headers: { "retry-after": "120" } }, { vendor: "commercetools" }).retry).toEqual({ kind: "with-backoff", afterMs: 120_000 });
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const { retry } = normalizeError({ status: 503, body: "", headers: new Headers({ "Retry-After": inAMinute }) }, { vendor: "commercetools" });
    expect(retry.kind === "with-backoff" && retry.afterMs).toBeGreaterThan(55_000);
    expect(retry.kind === "with-backoff" && retry.afterMs).toBeLessThanOrEqual(60_000);
  });

  it("429 is with-backoff even where the catalog does not list it (commercetools)", () => {
    expect(normalizeError({ status: 429, body: example("commercetools", "StandardErrorResponse", 13) })).toMatchObject({
      code: "TooManyRequests",
      statusInfo: undefined,
      retry: { kind: "with-backoff" },
    });
  });

  it("BigCommerce SERVICE_DEGRADED: retry_after_seconds from the body", () => {
    expect(normalizeError({ status: 503, body: example("bigcommerce", "ServiceUnavailableErrorResponse", 0) })).toMatchObject({
      code: "SERVICE_DEGRADED",
      retry: { kind: "with-backoff", afterMs: 30_000 },
    });
  });

  it("headers do not turn a no into a retry", () => {
    expect(normalizeError({ status: 400, body: example("commercetools", "StandardErrorResponse", 9), headers: { "retry-after": "5" } }).retry).toEqual({ kind: "no" });
  });

  it("an unknown vendor's transient status still advises backoff", () => {
    expect(normalizeError({ status: 502, body: "<html>Bad Gateway</html>" }).retry).toEqual({ kind: "with-backoff" });
    expect(normalizeError({ status: 404, body: "<html>Not Found</html>" }).retry).toEqual({ kind: "no" });
  });
});

describe("bodies that are not a vendor envelope never throw", () => {
  it("HTML maintenance page of a known vendor: unrecognized, with the catalog's meaning", () => {
    const html = "<!doctype html><html><body><h1>Service Unavailable</h1></body></html>";
    const normalized = normalizeError({ status: 503, body: html }, { vendor: "commercetools" });
    expect(normalized).toMatchObject({
      vendor: "commercetools",
      envelope: "unrecognized",
      reason: "not-json",
      code: undefined,
      message: "HTTP 503 Service Unavailable",
      details: [],
      retry: { kind: "with-backoff" },
      raw: html,
    });
    expect(normalized.statusInfo?.meaning).toContain("OverCapacity");
  });

  it("empty 429 of BigCommerce (a real one had b'')", () => {
    const normalized = normalizeError({ status: 429, body: "", headers: { "X-Rate-Limit-Time-Reset-Ms": "1500" } }, { vendor: "bigcommerce" });
    expect(normalized).toMatchObject({ vendor: "bigcommerce", envelope: "empty", message: "HTTP 429 Too Many Requests", retry: { kind: "with-backoff", afterMs: 1500 }, raw: undefined });
    expect(normalized).not.toHaveProperty("reason");
  });

  it.each([[undefined], [null], ["   \n"], [new Uint8Array()]])("%j is empty", (body) => {
    expect(normalizeError({ status: 500, body }).envelope).toBe("empty");
  });

  it("unknown JSON of an unknown vendor", () => {
    expect(normalizeError({ status: 418, body: '{"teapot":true}' })).toEqual({
      vendor: undefined,
      status: 418,
      envelope: "unrecognized",
      reason: "invalid",
      code: undefined,
      message: "HTTP 418",
      details: [],
      retry: { kind: "no" },
      statusInfo: undefined,
      requestId: undefined,
      raw: { teapot: true },
    });
  });

  it("the host of the request URL names the vendor of an unrecognized body", () => {
    expect(normalizeError({ status: 404, body: "Not Found" }, { url: "https://api.us-central1.gcp.commercetools.com/p/products/x" })).toMatchObject({
      vendor: "commercetools",
      envelope: "unrecognized",
      statusInfo: { text: "Not Found" },
    });
  });

  it("a body of the wrong vendor, read as the given vendor's, is unrecognized", () => {
    expect(normalizeError({ status: 404, body: example("bigcommerce", "RestV2ErrorResponse", 0) }, { vendor: "elasticpath" })).toMatchObject({
      vendor: "elasticpath",
      envelope: "unrecognized",
      reason: "invalid",
      message: "HTTP 404 Not Found",
    });
  });

  it("JSON text and bytes are parsed like the value", () => {
    const body = example("commercelayer", "JsonApiErrorResponse", 3);
    const fromValue = normalizeError({ status: 404, body });
    expect(fromValue.code).toBe("RECORD_NOT_FOUND");
    expect(normalizeError({ status: 404, body: JSON.stringify(body) })).toEqual(fromValue);
    expect(normalizeError({ status: 404, body: new TextEncoder().encode(JSON.stringify(body)) })).toEqual(fromValue);
  });

  it("hostile values", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("boom"); }, ownKeys: () => { throw new Error("boom"); } });
    expect(() => normalizeError({ status: 500, body: hostile, headers: hostile as never })).not.toThrow();
    expect(normalizeError({ status: 500, body: hostile }).envelope).toBe("unrecognized");
  });
});

describe("ambiguity and options", () => {
  it("says which other vendors accept the body just as well", () => {
    const body = { errors: [{ title: "Not allowed", detail: "This action is not allowed.", code: "NOT_ALLOWED_YET", status: "403" }] };
    expect(normalizeError({ status: 403, body })).toMatchObject({ vendor: "commercelayer", ambiguousWith: ["elasticpath"] });
    expect(normalizeError({ status: 403, body }, { vendor: "elasticpath" })).not.toHaveProperty("ambiguousWith");
    expect(normalizeError({ status: 403, body, headers: { "content-type": "application/vnd.api+json" } })).not.toHaveProperty("ambiguousWith");
  });

  it("an unknown vendor name is a programming error", () => {
    expect(() => normalizeError({ status: 400, body: {} }, { vendor: "shopify" as never })).toThrow(TypeError);
  });
});
