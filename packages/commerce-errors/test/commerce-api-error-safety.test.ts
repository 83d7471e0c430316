// CommerceApiError is safe to log and to pass on: redaction, a cross-copy brand, fromJSON.
import { createRequire } from "node:module";
import { hostileProxy } from "@commerce-errors/testkit";
import { describe, expect, it } from "vitest";
import { CommerceApiError, fromError, isCommerceApiError, normalizeError } from "../src/index.js";
import { example } from "./fixtures.js";

const require = createRequire(import.meta.url);

describe("redaction in message and toJSON()", () => {
  it.each([
    {
      given: "a bearer token",
      text: "401 for Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc",
      want: "401 for Authorization: Bearer [REDACTED]",
    },
    {
      given: "a token in a URL",
      text: "GET https://acme.myshopify.com/admin?access_token=shpat_123&x=1 failed",
      want: "GET https://acme.myshopify.com/admin?access_token=[REDACTED]&x=1 failed",
    },
    {
      given: "client_secret in a form body",
      text: "grant_type=client_credentials&client_secret=s3cr3t",
      want: "grant_type=client_credentials&client_secret=[REDACTED]",
    },
    {
      given: "a Stripe secret key",
      text: "Invalid API Key provided: sk_live_51H8xyzABCD",
      want: "Invalid API Key provided: sk_live_[REDACTED]",
    },
    {
      given: "prose about credentials is not one (a Stripe message from the Medusa fixtures)",
      text: "A secret API key was passed as a Bearer token. Secret API keys must be sent using HTTP Basic authentication instead.",
      want: "A secret API key was passed as a Bearer token. Secret API keys must be sent using HTTP Basic authentication instead.",
    },
    {
      given: "a WooCommerce consumer key (a vendor's key format, from its vendor.json)",
      text: "consumer_key ck_0123456789abcdef0123456789abcdef01234567 is invalid",
      want: "consumer_key ck_[REDACTED] is invalid",
    },
    {
      given: "a Shopify access token",
      text: "token shpat_0123456789abcdef0123456789abcdef was revoked",
      want: "token shpat_[REDACTED] was revoked",
    },
    {
      given: "user:password in a URL",
      text: "connect to https://user:pa55@api.example.com failed",
      want: "connect to https://[REDACTED]@api.example.com failed",
    },
  ])("$given", ({ text, want }) => {
    const error = fromError({ status: 401, body: { message: text } });
    expect(error.message).toBe(want);
    expect(error.toJSON().message).toBe(want);
  });

  it("credentials inside the body are redacted in toJSON(); the error keeps them on raw and the SDK error on cause", () => {
    const thrown = {
      isAxiosError: true,
      config: { method: "post", headers: { Authorization: "Basic Y2xpZW50OnNlY3JldA==" } },
      response: { status: 400, data: { error: "invalid_client", client_secret: "s3cr3t" }, headers: {} },
    };
    const error = fromError(thrown);
    expect(JSON.stringify(error)).not.toContain("s3cr3t");
    expect(JSON.stringify(error)).not.toContain("Y2xpZW50OnNlY3JldA");
    expect((error.raw as { client_secret: string }).client_secret).toBe("s3cr3t");
    expect(error.cause).toBe(thrown);
  });

  it("a vendor's credential header (X-Shopify-Access-Token, from its vendor.json) is redacted as a key", () => {
    const body = {
      errors: "[API] Invalid API key or access token",
      request: { headers: { "X-Shopify-Access-Token": "not-a-known-format" } },
    };
    const error = fromError({ status: 401, body });
    expect(JSON.stringify(error)).not.toContain("not-a-known-format");
  });
});

describe("logging never fails", () => {
  const unreadable = hostileProxy(["ownKeys"]);

  it.each([
    { given: "a body whose keys cannot be listed", body: unreadable, want: "[UNREADABLE]" },
    { given: "a BigInt in the body", body: { amount: 10n }, want: { amount: "10" } },
    { given: "both, nested", body: { items: [unreadable, 2n] }, want: { items: ["[UNREADABLE]", "2"] } },
  ])("toJSON() of $given", ({ body, want }) => {
    const error = fromError(body);
    expect(() => JSON.stringify(error)).not.toThrow();
    expect(error.toJSON().raw).toEqual(want);
  });

  it("an Error whose message is not a string gets a message that is", () => {
    const error = fromError(Object.assign(new Error("x"), { message: 0 }));
    expect(error.message).toBe("Unknown error");
  });
});

describe("isCommerceApiError and instanceof across copies", () => {
  it("recognises errors of the CJS build from the ESM source and back", () => {
    const cjs = require("../dist/cjs/index.js") as typeof import("../src/index.js");
    const fromOtherCopy = new cjs.CommerceApiError(normalizeError({ status: 404, body: undefined }));
    expect(isCommerceApiError(fromOtherCopy)).toBe(true);
    expect(fromOtherCopy instanceof CommerceApiError).toBe(true);
    expect(cjs.isCommerceApiError(fromError({ status: 500, body: undefined }))).toBe(true);
  });

  it("is false for look-alikes", () => {
    expect(isCommerceApiError({ name: "CommerceApiError", status: 404 })).toBe(false);
    expect(isCommerceApiError(new Error("x"))).toBe(false);
    expect({ name: "CommerceApiError" } instanceof CommerceApiError).toBe(false);
  });

  it("fromError returns a CommerceApiError as it is", () => {
    const error = fromError({ status: 409, body: example("commercetools", "StandardErrorResponse", 0) });
    expect(fromError(error)).toBe(error);
  });
});

describe("CommerceApiError.fromJSON", () => {
  it("restores an error after JSON (e.g. a server action's result)", () => {
    const error = fromError({
      status: 409,
      body: example("commercetools", "StandardErrorResponse", 0),
      headers: { "x-correlation-id": "c-9" },
    });
    const restored = CommerceApiError.fromJSON(JSON.parse(JSON.stringify(error)));
    expect(restored).toBeInstanceOf(CommerceApiError);
    expect(restored.toJSON()).toEqual(error.toJSON());
    expect(CommerceApiError.fromJSON(JSON.stringify(error)).retry).toEqual({ kind: "after-refetch", currentVersion: 2 });
  });

  it("keeps a missing status missing", () => {
    const error = fromError(new DOMException("timed out", "TimeoutError"));
    expect(CommerceApiError.fromJSON(JSON.stringify(error))).toMatchObject({ status: undefined, envelope: "transport", reason: "timeout" });
  });

  it.each([null, 42, {}, { message: "x" }])("rejects %j with a TypeError", (value) => {
    expect(() => CommerceApiError.fromJSON(value)).toThrow(TypeError);
  });
});
