// The vendor packages alone: what the real SDK throws goes through @commerce-errors/<vendor>'s own fromSdkError.
import { Client as AdyenClient, CheckoutAPI } from "@adyen/api-library";
import { fromSdkError as adyenFromSdkError, fromSdkErrorSync as adyenFromSdkErrorSync } from "@commerce-errors/adyen";
import { fromSdkError as amazonspFromSdkError } from "@commerce-errors/amazonsp";
import { fromSdkError as braintreeFromSdkError } from "@commerce-errors/braintree";
import { fromSdkError as checkoutcomFromSdkError } from "@commerce-errors/checkoutcom";
import { fromSdkError as commerceLayerFromSdkError } from "@commerce-errors/commercelayer";
import { fromSdkError as mollieFromSdkError } from "@commerce-errors/mollie";
import { fromSdkError as shopwareFromSdkError } from "@commerce-errors/shopware";
import { fromSdkError as squareFromSdkError } from "@commerce-errors/square";
import { fromSdkError as stripeFromSdkError, fromSdkErrorSync as stripeFromSdkErrorSync } from "@commerce-errors/stripe";
import { CommerceLayer } from "@commercelayer/sdk/bundle";
import { MollieApiError } from "@mollie/api-client";
import { createAdminAPIClient } from "@shopware/api-client";
import { SellingPartner } from "amazon-sp-api";
import braintree from "braintree";
import { Checkout } from "checkout-sdk-node";
import { SquareClient } from "square";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { example } from "../fixtures.js";
import { caught } from "../support/caught.js";
import { startConnectProxy } from "../support/connect-proxy.js";
import { localHttpsAgent } from "../support/local-agent.js";
import {
  adyenInvalidCardNumber,
  amazonInvalidInput,
  amazonQuotaExceeded,
  braintreeCannotDeterminePaymentMethod,
  checkoutUrlRequired,
  commerceLayerValidation,
  shopwareMissingPrivilege,
  squarePanFailure,
  stripeNotFound,
} from "../support/vendor-replies.js";
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

// The vendors added later: each package's fromSdkError with what its official SDK threw or returned
// (vendor-sdks-more.test.ts has how each SDK is pointed at the local server and what fromError makes of it).
describe("@commerce-errors/adyen fromSdkError with @adyen/api-library", () => {
  it("HttpClientException: apiError is the ServiceError, status from statusCode, headers from responseHeaders", async () => {
    server.route("/v72/payments", adyenInvalidCardNumber);
    const proxy = await startConnectProxy(server.url);
    try {
      const client = new AdyenClient({ apiKey: "AQE1test", environment: "TEST" as never });
      (client.httpClient as { proxy?: object }).proxy = { host: proxy.host, port: proxy.port };
      const payment = { amount: { currency: "EUR", value: 1000 }, merchantAccount: "TestMerchant", reference: "order-1" } as never;
      const thrown = await caught(() => new CheckoutAPI(client).PaymentsApi.payments(payment, { secureEndpoint: false } as never));
      const want = { kind: "error", status: 422, envelope: "AdyenServiceError", body: { errorCode: "101" } };
      expect(await adyenFromSdkError(thrown)).toMatchObject(want);
      expect(adyenFromSdkErrorSync(thrown)).toMatchObject(want);
    } finally {
      await proxy.close();
    }
  });
});

describe("@commerce-errors/square fromSdkError with square", () => {
  it("SquareError: statusCode and body", async () => {
    server.route("/v2/payments/pay_1", squarePanFailure);
    const client = new SquareClient({ token: "EAAAtest", environment: server.url, maxRetries: 0 });
    const thrown = await caught(() => client.payments.get({ paymentId: "pay_1" }));
    expect(await squareFromSdkError(thrown)).toMatchObject({
      kind: "error",
      status: 400,
      envelope: "SquareErrorResponse",
      body: { errors: [{ code: "PAN_FAILURE" }] },
    });
  });
});

describe("@commerce-errors/braintree fromSdkError with braintree", () => {
  it("the returned {success: false} result is the envelope itself (no status)", async () => {
    server.route("/merchants/merchant1/transactions", braintreeCannotDeterminePaymentMethod);
    const gateway = new braintree.BraintreeGateway({
      environment: new braintree.Environment(
        "127.0.0.1",
        new URL(server.url).port,
        "http://127.0.0.1",
        false,
        "127.0.0.1",
        new URL(server.url).port,
      ),
      merchantId: "merchant1",
      publicKey: "public1",
      privateKey: "private1",
    });
    const result = await gateway.transaction.sale({ amount: "1.00", paymentMethodNonce: "fake-nonce" } as never);
    expect(await braintreeFromSdkError(result)).toMatchObject({ kind: "error", envelope: "BraintreeErrorResult" });
  });
});

describe("@commerce-errors/mollie fromSdkError with @mollie/api-client", () => {
  it("ApiError (the SDK's createFromResponse): rebuilt as {status, title, detail, field, _links}", async () => {
    const thrown = MollieApiError.createFromResponse(example("mollie", "MollieErrorResponse", 0), undefined);
    expect(await mollieFromSdkError(thrown)).toMatchObject({
      kind: "error",
      status: 422,
      envelope: "MollieErrorResponse",
      body: { status: 422, title: "Unprocessable Entity", detail: "The amount is required for payments", field: "amount" },
    });
  });
});

describe("@commerce-errors/checkoutcom fromSdkError with checkout-sdk-node", () => {
  it("ValidationError: http_code and body", async () => {
    server.route("/webhooks", checkoutUrlRequired);
    const checkout = new Checkout("sk_sbox_m73dzbpy7cf3gfd46xr4yj5xo4e", { host: server.url });
    const thrown = await caught(() => checkout.webhooks.registerWebhook({ url: "", event_types: ["payment_approved"] } as never));
    expect(await checkoutcomFromSdkError(thrown)).toMatchObject({
      kind: "error",
      status: 422,
      envelope: "CheckoutComErrorResponse",
      body: { error_codes: ["url_required"] },
    });
  });
});

describe("@commerce-errors/shopware fromSdkError with @shopware/api-client", () => {
  it("ApiClientError: status and details", async () => {
    server.route("/api/search/order", shopwareMissingPrivilege);
    const admin = createAdminAPIClient({
      baseURL: `${server.url}/api`,
      sessionData: { accessToken: "test-token", refreshToken: "", expirationTime: Date.now() + 600_000 },
    } as never) as unknown as { invoke: (operation: string, params?: object) => Promise<unknown> };
    const thrown = await caught(() => admin.invoke("searchOrder post /search/order", { body: {} }));
    expect(await shopwareFromSdkError(thrown)).toMatchObject({
      kind: "error",
      status: 403,
      envelope: "ShopwareErrorResponse",
      body: { errors: [{ code: "FRAMEWORK__MISSING_PRIVILEGE_ERROR" }] },
    });
  });
});

describe("@commerce-errors/amazonsp fromSdkError with amazon-sp-api", () => {
  it("CustomError (the first error copied onto an Error): rebuilt as {errors: [{code, message}]}, no status", async () => {
    server.route("/orders/v0/orders/902-1", amazonInvalidInput);
    const sp = new SellingPartner({
      region: "eu",
      refresh_token: "Atzr|test",
      access_token: "Atza|test",
      credentials: { SELLING_PARTNER_APP_CLIENT_ID: "amzn1.application-oa2-client.test", SELLING_PARTNER_APP_CLIENT_SECRET: "secret" },
      options: { https_proxy_agent: localHttpsAgent(server.url) },
    } as never);
    const thrown = await caught(() => sp.callAPI({ operation: "getOrder", endpoint: "orders", path: { orderId: "902-1" } }));
    expect(await amazonspFromSdkError(thrown)).toMatchObject({
      kind: "error",
      envelope: "SpApiErrorResponse",
      body: { errors: [{ code: "InvalidInput", message: "Invalid Input" }] },
    });
  });

  it("the raw_result response {statusCode, headers, body (text)}", async () => {
    server.route("/orders/v0/orders/902-2", amazonQuotaExceeded);
    const sp = new SellingPartner({
      region: "eu",
      refresh_token: "Atzr|test",
      access_token: "Atza|test",
      credentials: { SELLING_PARTNER_APP_CLIENT_ID: "amzn1.application-oa2-client.test", SELLING_PARTNER_APP_CLIENT_SECRET: "secret" },
      options: { auto_request_throttled: false, https_proxy_agent: localHttpsAgent(server.url) },
    } as never);
    const raw = await sp.callAPI({ operation: "getOrder", endpoint: "orders", path: { orderId: "902-2" }, options: { raw_result: true } });
    expect(await amazonspFromSdkError(raw)).toMatchObject({
      kind: "error",
      status: 429,
      envelope: "SpApiErrorResponse",
      body: { errors: [{ code: "QuotaExceeded" }] },
    });
  });
});
