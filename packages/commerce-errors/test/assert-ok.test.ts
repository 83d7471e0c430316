import { describe, expect, it } from "vitest";
import { assertOk, CommerceApiError, normalizeError } from "../src/index.js";
import { example } from "./fixtures.js";

/** A fetch Response as fetch() returns it, with the URL it came from. */
function response(body: BodyInit | null, init: ResponseInit & { url?: string }): Response {
  const result = new Response(body, init);
  if (init.url) Object.defineProperty(result, "url", { value: init.url });
  return result;
}

async function rejection(promise: Promise<unknown>): Promise<CommerceApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof CommerceApiError)) throw new Error(`expected a CommerceApiError, got ${String(error)}`);
  return error;
}

describe("assertOk", () => {
  it("resolves to the same response for 2xx, body unread", async () => {
    for (const status of [200, 201, 204]) {
      const ok = response(status === 204 ? null : "{}", { status });
      await expect(assertOk(ok)).resolves.toBe(ok);
      expect(ok.bodyUsed).toBe(false);
    }
  });

  it("throws a CommerceApiError for a JSON error, with the response as cause", async () => {
    const failed = response(JSON.stringify(example("commercetools", "StandardErrorResponse", 0)), {
      status: 409,
      headers: { "content-type": "application/json; charset=utf-8", "x-correlation-id": "projects-acme-9" },
      url: "https://api.europe-west1.gcp.commercetools.com/acme/carts/1",
    });
    const error = await rejection(assertOk(failed));
    expect(error).toMatchObject({
      vendor: "commercetools",
      status: 409,
      envelope: "StandardErrorResponse",
      code: "ConcurrentModification",
      retry: { kind: "after-refetch", currentVersion: 2 },
      requestId: "projects-acme-9",
    });
    expect(error.cause).toBe(failed);
    expect(failed.bodyUsed).toBe(true);
  });

  it("HTML from a known host: unrecognized, with the vendor's status meaning and Retry-After", async () => {
    const html = "<html><head><title>Maintenance</title></head><body>Back soon</body></html>";
    const failed = response(html, {
      status: 503,
      headers: { "content-type": "text/html", "retry-after": "30" },
      url: "https://acme.mybigcommerce.com/api/v3/catalog",
    });
    const error = await rejection(assertOk(failed));
    expect(error).toMatchObject({
      vendor: "bigcommerce",
      envelope: "unrecognized",
      reason: "not-json",
      message: "HTTP 503 Service Unavailable",
      retry: { kind: "with-backoff", afterMs: 30_000 },
      raw: html,
    });
  });

  it("an empty 429 with the given vendor", async () => {
    const failed = response(null, { status: 429, headers: { "X-Rate-Limit-Time-Reset-Ms": "2500", "X-Retry-After": "1" } });
    const error = await rejection(assertOk(failed, { vendor: "bigcommerce" }));
    expect(error).toMatchObject({
      vendor: "bigcommerce",
      envelope: "empty",
      retry: { kind: "with-backoff", afterMs: 2500 },
      raw: undefined,
    });
  });

  it("a Commerce Layer JSON:API error, the Content-Type breaking the tie with Elastic Path", async () => {
    const body = { errors: [{ title: "Not allowed", detail: "This action is not allowed.", code: "NOT_ALLOWED_YET", status: "403" }] };
    const failed = response(JSON.stringify(body), { status: 403, headers: { "content-type": "application/vnd.api+json" } });
    const error = await rejection(assertOk(failed));
    expect(error).toMatchObject({ vendor: "commercelayer", code: "NOT_ALLOWED_YET", message: "This action is not allowed." });
    expect(error.ambiguousWith).toBeUndefined();
  });

  it("a Stripe Connect OAuth error: the response URL breaks the tie with the other OAuth servers; Stripe-Should-Retry decides", async () => {
    const failed = response(JSON.stringify(example("stripe", "OAuthErrorResponse", 1)), {
      status: 400,
      headers: { "content-type": "application/json", "request-id": "req_Connect42", "stripe-should-retry": "false" },
      url: "https://connect.stripe.com/oauth/token",
    });
    const error = await rejection(assertOk(failed));
    expect(error).toMatchObject({
      vendor: "stripe",
      envelope: "OAuthErrorResponse",
      code: "invalid_grant",
      requestId: "req_Connect42",
      retry: { kind: "no" },
    });
    expect(error.ambiguousWith).toBeUndefined();
  });

  it("GraphQL errors come with HTTP 200 (Shopify THROTTLED): assertOk passes them through, normalizeError reads the body", async () => {
    const body = JSON.stringify(example("shopify", "GraphQLErrorResponse", 1));
    const throttled = response(body, { status: 200, url: "https://acme.myshopify.com/admin/api/2025-01/graphql.json" });
    await expect(assertOk(throttled)).resolves.toBe(throttled);
    expect(throttled.bodyUsed).toBe(false);
    expect(normalizeError({ status: 200, body: await throttled.text() }, { url: throttled.url })).toMatchObject({
      vendor: "shopify",
      code: "THROTTLED",
      retry: { kind: "with-backoff" },
    });
  });

  it("a body larger than maxBytes is read no further", async () => {
    const failed = response(JSON.stringify(example("elasticpath", "ElasticPathErrorResponse", 8)), { status: 400 });
    const error = await rejection(assertOk(failed, { vendor: "elasticpath", maxBytes: 64 }));
    expect(error).toMatchObject({ vendor: "elasticpath", envelope: "unrecognized", reason: "too-large" });
    expect(typeof error.raw === "string" && error.raw.length).toBe(64);
  });

  it("a body already read elsewhere is unreadable, not empty", async () => {
    const failed = response(JSON.stringify(example("elasticpath", "ElasticPathErrorResponse", 3)), { status: 404 });
    await failed.text();
    const error = await rejection(assertOk(failed, { vendor: "elasticpath" }));
    expect(error).toMatchObject({ envelope: "unrecognized", reason: "unreadable", statusInfo: { text: "Not Found" } });
  });

  it("a redirect that was not followed is not ok either", async () => {
    const error = await rejection(assertOk(response(null, { status: 304 })));
    expect(error).toMatchObject({ status: 304, envelope: "empty", vendor: undefined });
  });
});
