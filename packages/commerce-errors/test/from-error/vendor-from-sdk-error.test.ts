// The vendor packages alone: what the real SDK throws goes through @commerce-errors/<vendor>'s own fromSdkError.
import { CommerceLayer } from "@commercelayer/sdk/bundle";
import { fromSdkError as commerceLayerFromSdkError } from "@commerce-errors/commercelayer";
import { fromSdkError as stripeFromSdkError, fromSdkErrorSync as stripeFromSdkErrorSync } from "@commerce-errors/stripe";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { caught } from "../support/caught.js";
import { commerceLayerValidation, stripeNotFound } from "../support/vendor-replies.js";
import { startVendorServer, type VendorServer } from "../support/vendor-server.js";

let server: VendorServer;
beforeAll(async () => {
  server = await startVendorServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("@commerce-errors/stripe fromSdkError with stripe-node", () => {
  it("a StripeInvalidRequestError: err.raw (the body's error plus the SDK's extras) is rebuilt as {error}", async () => {
    server.route("/v1/customers/cus_missing", stripeNotFound);
    const { hostname, port, protocol } = new URL(server.url);
    const stripe = new Stripe("sk_test_4eC39HqLyjWDarjtT1zdp7dc", {
      host: hostname,
      port: Number(port),
      protocol: protocol.replace(":", "") as "http",
      maxNetworkRetries: 0,
    });
    const thrown = await caught(() => stripe.customers.retrieve("cus_missing"));
    expect(thrown).toMatchObject({ type: "StripeInvalidRequestError", statusCode: 404 });
    const want = { kind: "error", status: 404, envelope: "ApiErrorResponse", body: { error: { code: "resource_missing" } } };
    expect(await stripeFromSdkError(thrown)).toMatchObject(want);
    expect(stripeFromSdkErrorSync(thrown)).toMatchObject(want);
    const parsed = stripeFromSdkErrorSync(thrown);
    // The SDK's own additions to raw are not part of the wire body.
    expect(parsed.kind === "error" && Object.keys(parsed.body.error)).not.toContain("requestId");
  });
});

describe("@commerce-errors/commercelayer fromSdkError with @commercelayer/sdk", () => {
  it("ApiError keeps only err.errors: rebuilt as the JSON:API {errors} envelope, status 422", async () => {
    server.route("/api/line_items", commerceLayerValidation);
    const client = CommerceLayer({
      organization: "acme",
      accessToken: "test-token",
      fetch: (input: string | URL | Request, init?: RequestInit) =>
        fetch(String(input instanceof Request ? input.url : input).replace("https://acme.commercelayer.io", server.url), init),
    } as Parameters<typeof CommerceLayer>[0]);
    const thrown = await caught(() => client.line_items.create({ quantity: 11, order: { id: "x", type: "orders" } } as never));
    expect(thrown).toMatchObject({ name: "ApiError", status: 422 });
    expect(await commerceLayerFromSdkError(thrown)).toMatchObject({
      kind: "error",
      status: 422,
      envelope: "JsonApiErrorResponse",
      body: { errors: [{ code: "VALIDATION_ERROR", source: { pointer: "/data/attributes/quantity" } }] },
    });
  });
});
