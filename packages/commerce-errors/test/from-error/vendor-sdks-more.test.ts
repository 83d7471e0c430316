// The official SDKs of the vendors added after the first twelve, pointed at the local server (or, where
// an SDK cannot reach one, its own error factory fed a vendor body): what each throws or returns goes
// through fromError/fromErrorAsync. Vendure has no official client (its docs name generic GraphQL clients).
import { Client as AdyenClient, CheckoutAPI, ManagementAPI } from "@adyen/api-library";
import { createMollieClient, MollieApiError } from "@mollie/api-client";
import { createAdminAPIClient, createAPIClient } from "@shopware/api-client";
import { SellingPartner } from "amazon-sp-api";
import braintree from "braintree";
import { Checkout } from "checkout-sdk-node";
import { GraphQLClient } from "graphql-request";
import { SquareClient } from "square";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromError, fromErrorAsync, shouldRetry } from "../../src/index.js";
import { example } from "../fixtures.js";
import { caught } from "../support/caught.js";
import { type ConnectProxy, startConnectProxy } from "../support/connect-proxy.js";
import { localHttpsAgent } from "../support/local-agent.js";
import {
  adyenInvalidCardNumber,
  adyenInvalidUser,
  adyenRefused,
  amazonInvalidInput,
  amazonQuotaExceeded,
  braintreeCannotDeterminePaymentMethod,
  checkoutUrlRequired,
  shopwareCartPromotionNotFound,
  shopwareMissingPrivilege,
  squarePanFailure,
  vendureCouponLimit,
  vendureForbidden,
} from "../support/vendor-replies.js";
import { closedPortUrl, emptyTooManyRequests, htmlBadGateway, startVendorServer, type VendorServer } from "../support/vendor-server.js";

let server: VendorServer;
beforeAll(async () => {
  server = await startVendorServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const portOf = (url: string) => Number(new URL(url).port);

describe("@adyen/api-library 32.1.0", () => {
  // The library only knows Adyen's https hosts and always opens an https.Agent; its documented `proxy`
  // setting sends the connection through a local CONNECT proxy to the local server. `secureEndpoint: false`
  // (per request, read by the proxy agent) keeps the tunnelled request in plain HTTP: no certificate needed.
  const overTunnel = { secureEndpoint: false } as never;
  const payment = {
    amount: { currency: "EUR", value: 1000 },
    merchantAccount: "TestMerchant",
    reference: "order-1",
    paymentMethod: { type: "scheme" },
  } as never;
  let proxy: ConnectProxy;
  beforeAll(async () => {
    proxy = await startConnectProxy(server.url);
  });
  afterAll(() => proxy.close());

  const clientVia = (host: string, port: number) => {
    const client = new AdyenClient({ apiKey: "AQE1test", environment: "TEST" as never });
    (client.httpClient as { proxy?: object }).proxy = { host, port };
    return client;
  };

  it("a ServiceError: HttpClientException keeps it parsed in apiError, the pspreference header in responseHeaders", async () => {
    server.route("/v72/payments", adyenInvalidCardNumber);
    const thrown = await caught(() => new CheckoutAPI(clientVia(proxy.host, proxy.port)).PaymentsApi.payments(payment, overTunnel));
    expect(proxy.targets).toContain("checkout-test.adyen.com:443");
    expect(thrown).toMatchObject({ name: "HttpClientException", statusCode: 422, errorCode: "101" });
    const want = {
      vendor: "adyen",
      status: 422,
      envelope: "AdyenServiceError",
      code: "101",
      message: "Invalid card number",
      requestId: "881585609039675K",
      retry: { kind: "no" },
    };
    expect(fromError(thrown)).toMatchObject(want);
    expect(await fromErrorAsync(thrown)).toMatchObject(want);
  });

  it("the Management API's problem details -> AdyenProblemResponse, requestId from the body", async () => {
    server.route("/v3/companies/C1/users", adyenInvalidUser);
    const users = new ManagementAPI(clientVia(proxy.host, proxy.port)).UsersCompanyLevelApi;
    const thrown = await caught(() =>
      users.createNewUser("C1", { email: "invalidEmail", name: { firstName: "A", lastName: "B" }, username: "ab" } as never, overTunnel),
    );
    expect(fromError(thrown)).toMatchObject({
      vendor: "adyen",
      status: 422,
      envelope: "AdyenProblemResponse",
      code: "31_007",
      requestId: "HC9MZL5D4AAASD82",
    });
  });

  it("an HTML 502: HttpClientException with the raw text, no apiError -> 502 not-json, retried", async () => {
    server.route("/v72/payments", htmlBadGateway);
    const thrown = await caught(() => new CheckoutAPI(clientVia(proxy.host, proxy.port)).PaymentsApi.payments(payment, overTunnel));
    expect(thrown).toMatchObject({ name: "HttpClientException", statusCode: 502 });
    expect(fromError(thrown)).toMatchObject({
      vendor: "adyen",
      status: 502,
      envelope: "unrecognized",
      reason: "not-json",
      retry: { kind: "with-backoff" },
    });
  });

  it("an empty 429 -> 429 empty, with-backoff", async () => {
    server.route("/v72/payments", emptyTooManyRequests);
    const thrown = await caught(() => new CheckoutAPI(clientVia(proxy.host, proxy.port)).PaymentsApi.payments(payment, overTunnel));
    expect(fromError(thrown)).toMatchObject({ vendor: "adyen", status: 429, envelope: "empty", retry: { kind: "with-backoff" } });
    expect(shouldRetry(thrown)).toBe(true);
  });

  it("a refusal comes back at HTTP 200 as the PaymentResponse: fromError reads the result", async () => {
    server.route("/v72/payments", adyenRefused);
    const result = await new CheckoutAPI(clientVia(proxy.host, proxy.port)).PaymentsApi.payments(payment, overTunnel);
    expect(result).toMatchObject({ resultCode: "Refused" });
    expect(fromError(result)).toMatchObject({
      vendor: "adyen",
      status: undefined,
      envelope: "AdyenPaymentRefusal",
      code: "Refused",
      message: "CVC Declined",
      requestId: "882576239000191H",
      category: "payment-declined",
      retry: { kind: "no" },
    });
  });

  it("a refused connection: ApiException (its statusCode 500 is a default, not a response) -> transport/network", async () => {
    const thrown = await caught(async () =>
      new CheckoutAPI(clientVia("127.0.0.1", portOf(await closedPortUrl()))).PaymentsApi.payments(payment, overTunnel),
    );
    expect(thrown).toMatchObject({ name: "ApiException", statusCode: 500 });
    expect(fromError(thrown)).toMatchObject({
      vendor: "adyen",
      status: undefined,
      envelope: "transport",
      reason: "network",
      retry: { kind: "with-backoff" },
    });
  });
});

describe("square 46.0.0", () => {
  const clientAt = (url: string) => new SquareClient({ token: "EAAAtest", environment: url, maxRetries: 0 });

  it("SquareError: statusCode and the parsed body -> SquareErrorResponse", async () => {
    server.route("/v2/payments/pay_1", squarePanFailure);
    const thrown = await caught(() => clientAt(server.url).payments.get({ paymentId: "pay_1" }));
    expect(thrown).toMatchObject({ name: "SquareError", statusCode: 400 });
    const want = {
      vendor: "square",
      status: 400,
      envelope: "SquareErrorResponse",
      code: "PAN_FAILURE",
      category: "payment-declined",
      retry: { kind: "no" },
    };
    expect(fromError(thrown)).toMatchObject(want);
    expect(await fromErrorAsync(thrown)).toMatchObject(want);
  });

  it("an HTML 502: the text as body -> 502 not-json, with-backoff (replayed only when the caller says the method)", async () => {
    server.route("/v2/payments/pay_502", htmlBadGateway);
    const thrown = await caught(() => clientAt(server.url).payments.get({ paymentId: "pay_502" }));
    expect(fromError(thrown)).toMatchObject({
      vendor: "square",
      status: 502,
      envelope: "unrecognized",
      reason: "not-json",
      retry: { kind: "with-backoff" },
    });
    // SquareError keeps the URL but not the method.
    expect(shouldRetry(thrown)).toBe(false);
    expect(shouldRetry(thrown, { method: "GET" })).toBe(true);
  });

  it("an empty 429 -> 429 empty, with-backoff", async () => {
    server.route("/v2/payments/pay_429", emptyTooManyRequests);
    const thrown = await caught(() => clientAt(server.url).payments.get({ paymentId: "pay_429" }));
    expect(fromError(thrown)).toMatchObject({ vendor: "square", status: 429, envelope: "empty", retry: { kind: "with-backoff" } });
  });

  it("a refused connection: SquareError with the fetch failure as cause -> transport/network, ECONNREFUSED", async () => {
    const thrown = await caught(async () => clientAt(await closedPortUrl()).payments.get({ paymentId: "pay_x" }));
    expect(thrown).toMatchObject({ name: "SquareError", statusCode: undefined });
    expect(fromError(thrown)).toMatchObject({
      vendor: "square",
      envelope: "transport",
      reason: "network",
      code: "ECONNREFUSED",
      retry: { kind: "with-backoff" },
    });
  });
});

describe("braintree 3.40.0", () => {
  // Environment(server, port, authUrl, ssl, graphQLServer, graphQLPort): a plain-HTTP gateway on the local server.
  const gatewayAt = (url: string) =>
    new braintree.BraintreeGateway({
      environment: new braintree.Environment("127.0.0.1", new URL(url).port, "http://127.0.0.1", false, "127.0.0.1", new URL(url).port),
      merchantId: "merchant1",
      publicKey: "public1",
      privateKey: "private1",
    });

  it("a validation failure (XML, HTTP 422) is returned, not thrown: the {success: false} result -> BraintreeErrorResult", async () => {
    server.route("/merchants/merchant1/transactions", braintreeCannotDeterminePaymentMethod);
    const result = await gatewayAt(server.url).transaction.sale({ amount: "1.00", paymentMethodNonce: "fake-nonce" } as never);
    expect(result).toMatchObject({ success: false, message: "Cannot determine payment method." });
    const want = {
      vendor: "braintree",
      status: undefined,
      envelope: "BraintreeErrorResult",
      code: "91508",
      message: "Cannot determine payment method.",
      category: "validation",
      retry: { kind: "no" },
    };
    expect(fromError(result)).toMatchObject(want);
    expect(await fromErrorAsync(result)).toMatchObject(want);
  });

  it("a 404 throws notFoundError (no status, no body): the status is the one its type stands for", async () => {
    server.route("/merchants/merchant1/customers/missing", { status: 404, body: "" });
    const thrown = await caught(() => gatewayAt(server.url).customer.find("missing"));
    expect(thrown).toMatchObject({ type: "notFoundError", name: "notFoundError" });
    expect(fromError(thrown)).toMatchObject({ vendor: "braintree", status: 404, category: "not-found" });
  });

  it("a 429 throws tooManyRequestsError -> 429, with-backoff", async () => {
    server.route("/merchants/merchant1/customers/busy", emptyTooManyRequests);
    const thrown = await caught(() => gatewayAt(server.url).customer.find("busy"));
    expect(thrown).toMatchObject({ type: "tooManyRequestsError" });
    expect(fromError(thrown)).toMatchObject({ vendor: "braintree", status: 429, retry: { kind: "with-backoff" } });
    expect(shouldRetry(thrown)).toBe(true);
  });

  it("a 502 is an unexpectedError with the status only in its message: no status is made up", async () => {
    server.route("/merchants/merchant1/customers/gone", htmlBadGateway);
    const thrown = await caught(() => gatewayAt(server.url).customer.find("gone"));
    expect(thrown).toMatchObject({ type: "unexpectedError", message: "Unexpected HTTP response: 502" });
    expect(fromError(thrown)).toMatchObject({ vendor: "braintree", status: undefined, message: "Unexpected HTTP response: 502" });
  });

  it("a refused connection: unexpectedError 'Unexpected request error: ...' -> transport/network", async () => {
    const thrown = await caught(async () => gatewayAt(await closedPortUrl()).customer.find("x"));
    expect(thrown).toMatchObject({ type: "unexpectedError" });
    expect(fromError(thrown)).toMatchObject({
      vendor: "braintree",
      envelope: "transport",
      reason: "network",
      retry: { kind: "with-backoff" },
    });
  });
});

describe("@mollie/api-client 4.6.0", () => {
  // The client always sends through its own https.Agent that trusts only its bundled CA list
  // (createMollieClient sets caCertificates itself): neither a plain-HTTP nor a self-signed local
  // server can answer it. A refused connection fails before TLS, so that one is real; the error
  // responses are the SDK's own ApiError.createFromResponse applied to Mollie bodies, as its
  // NetworkClient does for every non-2xx JSON answer.
  it("cannot reach a plain-HTTP server: the https agent refuses the URL", async () => {
    const mollie = createMollieClient({ apiKey: "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM", apiEndpoint: `${server.url}/v2/` });
    const thrown = await caught(() => mollie.payments.get("tr_1"));
    expect(thrown).toMatchObject({ name: "ApiError", message: expect.stringContaining('Protocol "http:" not supported') });
  });

  it("a refused connection: ApiError with node-fetch's message, no statusCode -> transport/network", async () => {
    const endpoint = `${(await closedPortUrl()).replace("http:", "https:")}/v2/`;
    const mollie = createMollieClient({ apiKey: "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM", apiEndpoint: endpoint });
    const thrown = await caught(() => mollie.payments.get("tr_1"));
    expect(thrown).toMatchObject({ name: "ApiError", message: expect.stringMatching(/^request to .* failed, reason: .*ECONNREFUSED/) });
    expect(fromError(thrown)).toMatchObject({
      vendor: "mollie",
      status: undefined,
      envelope: "transport",
      reason: "network",
      retry: { kind: "with-backoff" },
    });
  });

  it("ApiError.createFromResponse of a 422 keeps status, title, detail, field and links: rebuilt as the Mollie body", async () => {
    const thrown = MollieApiError.createFromResponse(example("mollie", "MollieErrorResponse", 0), "V+iXbD1cj6Rrg4x3xDRPh9nq");
    const want = {
      vendor: "mollie",
      status: 422,
      envelope: "MollieErrorResponse",
      message: "The amount is required for payments",
      retry: { kind: "no" },
    };
    expect(fromError(thrown)).toMatchObject(want);
    expect(await fromErrorAsync(thrown)).toMatchObject(want);
    expect(fromError(thrown).details[0]).toMatchObject({ pointer: "/amount" });
  });

  it("a 500 without detail -> 500, retried", () => {
    const thrown = MollieApiError.createFromResponse(example("mollie", "MollieErrorResponse", 2), undefined);
    expect(fromError(thrown)).toMatchObject({
      vendor: "mollie",
      status: 500,
      envelope: "MollieErrorResponse",
      retry: { kind: "with-backoff" },
    });
  });
});

describe("checkout-sdk-node 5.2.1", () => {
  const checkoutAt = (url: string) => new Checkout("sk_sbox_m73dzbpy7cf3gfd46xr4yj5xo4e", { host: url });

  it("ValidationError: http_code and the parsed body, request_id from the body", async () => {
    server.route("/webhooks", checkoutUrlRequired);
    const thrown = await caught(() =>
      checkoutAt(server.url).webhooks.registerWebhook({ url: "", event_types: ["payment_approved"] } as never),
    );
    expect(thrown).toMatchObject({ name: "ValidationError", http_code: 422 });
    const want = {
      vendor: "checkoutcom",
      status: 422,
      envelope: "CheckoutComErrorResponse",
      code: "url_required",
      requestId: "0HLULE6FQN9M3:00000F03",
      retry: { kind: "no" },
    };
    expect(fromError(thrown)).toMatchObject(want);
    expect(await fromErrorAsync(thrown)).toMatchObject(want);
  });

  it("a 502: BadGateway keeps no body -> 502, retried", async () => {
    server.route("/payments/pay_502", htmlBadGateway);
    const thrown = await caught(() => checkoutAt(server.url).payments.get("pay_502"));
    expect(thrown).toMatchObject({ name: "Bad gateway", http_code: 502 });
    expect(fromError(thrown)).toMatchObject({ vendor: "checkoutcom", status: 502, envelope: "empty", retry: { kind: "with-backoff" } });
  });

  it("an empty 429: TooManyRequestsError with body {} -> 429, with-backoff", async () => {
    server.route("/payments/pay_429", emptyTooManyRequests);
    const thrown = await caught(() => checkoutAt(server.url).payments.get("pay_429"));
    expect(thrown).toMatchObject({ name: "TooManyRequestsError", http_code: 429, body: {} });
    expect(fromError(thrown)).toMatchObject({ vendor: "checkoutcom", status: 429, retry: { kind: "with-backoff" } });
  });

  it("with the axios client and a timeout: ApiTimeout (http_code 408 is the SDK's own) -> transport/timeout", async () => {
    server.route("/payments/pay_slow", { status: 200, body: {}, delayMs: 1_000 });
    const checkout = new Checkout("sk_sbox_m73dzbpy7cf3gfd46xr4yj5xo4e", { host: server.url, httpClient: "axios", timeout: 50 } as never);
    const thrown = await caught(() => checkout.payments.get("pay_slow"));
    expect(thrown).toMatchObject({ name: "ApiTimeout", http_code: 408 });
    expect(fromError(thrown)).toMatchObject({ vendor: "checkoutcom", status: undefined, envelope: "transport", reason: "timeout" });
  });

  it("a refused connection: ApiError 'request to ... failed' without http_code -> transport/network", async () => {
    const thrown = await caught(async () => checkoutAt(await closedPortUrl()).payments.get("pay_x"));
    expect(thrown).toMatchObject({ name: "API Error", http_code: undefined });
    expect(fromError(thrown)).toMatchObject({
      vendor: "checkoutcom",
      status: undefined,
      envelope: "transport",
      reason: "network",
      retry: { kind: "with-backoff" },
    });
  });
});

describe("amazon-sp-api 1.2.1", () => {
  // The community client (the SP-API client most used from npm) always calls https://sellingpartnerapi-<region>.amazon.com;
  // its https_proxy_agent option is where the connections go to the local server. A given access token skips the LWA call.
  const spAt = (url: string, options: object = {}) =>
    new SellingPartner({
      region: "eu",
      refresh_token: "Atzr|test",
      access_token: "Atza|test",
      credentials: { SELLING_PARTNER_APP_CLIENT_ID: "amzn1.application-oa2-client.test", SELLING_PARTNER_APP_CLIENT_SECRET: "secret" },
      options: { auto_request_throttled: false, retry_remote_timeout: false, https_proxy_agent: localHttpsAgent(url), ...options },
    } as never);

  it("a 400 throws a CustomError, the first error copied onto it: rebuilt as {errors: [it]}, status and request id are gone", async () => {
    server.route("/orders/v0/orders/902-1", amazonInvalidInput);
    const thrown = await caught(() => spAt(server.url).callAPI({ operation: "getOrder", endpoint: "orders", path: { orderId: "902-1" } }));
    expect(thrown).toMatchObject({ code: "InvalidInput", message: "Invalid Input", type: "error" });
    const want = {
      vendor: "amazonsp",
      status: undefined,
      envelope: "SpApiErrorResponse",
      code: "InvalidInput",
      message: "Invalid Input",
      requestId: undefined,
    };
    expect(fromError(thrown)).toMatchObject(want);
    expect(await fromErrorAsync(thrown)).toMatchObject(want);
  });

  it("a 429 with auto_request_throttled off: CustomError QuotaExceeded -> rate-limit by its code alone", async () => {
    server.route("/orders/v0/orders/902-3", amazonQuotaExceeded);
    const thrown = await caught(() => spAt(server.url).callAPI({ operation: "getOrder", endpoint: "orders", path: { orderId: "902-3" } }));
    expect(thrown).toMatchObject({ code: "QuotaExceeded", type: "error" });
    expect(fromError(thrown)).toMatchObject({
      vendor: "amazonsp",
      status: undefined,
      code: "QuotaExceeded",
      category: "rate-limit",
      retry: { kind: "with-backoff" },
    });
  });

  it("an HTML 502: CustomError JSON_PARSE_ERROR (the SDK's own code, the page as message) is not read as Amazon's body", async () => {
    server.route("/orders/v0/orders/902-4", htmlBadGateway);
    const thrown = await caught(() => spAt(server.url).callAPI({ operation: "getOrder", endpoint: "orders", path: { orderId: "902-4" } }));
    expect(thrown).toMatchObject({ code: "JSON_PARSE_ERROR", type: "error" });
    expect(fromError(thrown)).toMatchObject({ vendor: undefined, status: undefined, envelope: "unrecognized" });
  });

  it("with raw_result the response comes back whole: {statusCode, headers, body} -> SpApiErrorResponse, request id", async () => {
    server.route("/orders/v0/orders/902-2", amazonQuotaExceeded);
    const raw = await spAt(server.url).callAPI({
      operation: "getOrder",
      endpoint: "orders",
      path: { orderId: "902-2" },
      options: { raw_result: true },
    });
    expect(raw).toMatchObject({ statusCode: 429 });
    expect(fromError(raw)).toMatchObject({
      vendor: "amazonsp",
      status: 429,
      envelope: "SpApiErrorResponse",
      code: "QuotaExceeded",
      requestId: "0c4c3e2a-8f1b-4d7e-a1c9-6b2d5e8f9a30",
      retry: { kind: "with-backoff" },
    });
  });

  it("a refused connection rejects with Node's own error -> transport/network", async () => {
    const url = await closedPortUrl();
    const thrown = await caught(() => spAt(url).callAPI({ operation: "getOrder", endpoint: "orders", path: { orderId: "x" } }));
    expect(fromError(thrown)).toMatchObject({ envelope: "transport", reason: "network", code: "ECONNREFUSED" });
  });
});

describe("@shopware/api-client 1.6.0", () => {
  it("Admin API: ApiClientError keeps status, headers and the parsed body in details -> ShopwareErrorResponse", async () => {
    server.route("/api/search/order", shopwareMissingPrivilege);
    const admin = createAdminAPIClient({
      baseURL: `${server.url}/api`,
      sessionData: { accessToken: "test-token", refreshToken: "", expirationTime: Date.now() + 600_000 },
    } as never) as unknown as { invoke: (operation: string, params?: object) => Promise<unknown> };
    const thrown = await caught(() => admin.invoke("searchOrder post /search/order", { body: {} }));
    expect(thrown).toMatchObject({ name: "ApiClientError", status: 403 });
    const want = {
      vendor: "shopware",
      status: 403,
      envelope: "ShopwareErrorResponse",
      code: "FRAMEWORK__MISSING_PRIVILEGE_ERROR",
      category: "permission",
      retry: { kind: "no" },
    };
    expect(fromError(thrown)).toMatchObject(want);
    expect(await fromErrorAsync(thrown)).toMatchObject(want);
  });

  const storeAt = (url: string) =>
    createAPIClient({ baseURL: `${url}/store-api`, accessToken: "SWSCTEST" }) as unknown as {
      invoke: (operation: string, params?: object) => Promise<{ data: unknown; status: number }>;
    };

  it("Store API: an HTML 502 in details -> shopware 502 not-json, retried", async () => {
    server.route("/store-api/context", htmlBadGateway);
    const thrown = await caught(() => storeAt(server.url).invoke("readContext get /context"));
    expect(fromError(thrown)).toMatchObject({
      vendor: "shopware",
      status: 502,
      envelope: "unrecognized",
      reason: "not-json",
      retry: { kind: "with-backoff" },
    });
  });

  it("Store API: cart errors come at HTTP 200 in the returned cart: fromError reads result.data", async () => {
    server.route("/store-api/checkout/cart/line-item", shopwareCartPromotionNotFound);
    const result = await storeAt(server.url).invoke("addLineItem post /checkout/cart/line-item", {
      body: { items: [{ type: "promotion", referencedId: "notfound" }] },
    });
    expect(result.status).toBe(200);
    expect(fromError(result.data)).toMatchObject({
      vendor: "shopware",
      envelope: "ShopwareCartErrorsResponse",
      code: "promotion-not-found",
      message: "Promotion with code notfound not found!",
    });
  });

  it("a refused connection: ofetch's FetchError -> transport/network", async () => {
    const url = await closedPortUrl();
    const thrown = await caught(() => storeAt(url).invoke("readContext get /context"));
    expect(fromError(thrown)).toMatchObject({ envelope: "transport", reason: "network", code: "ECONNREFUSED" });
  });
});

// Vendure publishes no client SDK: https://docs.vendure.io/guides/storefront/connect-api/ names generic GraphQL
// clients (Apollo Client, urql, graphql-request, TanStack Query with graphql-request); graphql-request stands in.
describe("Vendure through graphql-request 7.4.0 (no official client)", () => {
  it("FORBIDDEN at HTTP 200: a ClientError holding the response -> VendureGraphQLErrorResponse", async () => {
    server.route("/shop-api", vendureForbidden);
    const thrown = await caught(() => new GraphQLClient(`${server.url}/shop-api`).request("query { me { id } }"));
    expect(fromError(thrown)).toMatchObject({
      vendor: "vendure",
      status: 200,
      envelope: "VendureGraphQLErrorResponse",
      code: "FORBIDDEN",
    });
  });

  it("an ErrorResult is data, not an error: the client resolves it; fromError reads the {data} it returned", async () => {
    server.route("/shop-api", vendureCouponLimit);
    const data = await new GraphQLClient(`${server.url}/shop-api`).request<object>(
      'mutation { applyCouponCode(couponCode: "X") { __typename } }',
    );
    expect(fromError({ data })).toMatchObject({
      vendor: "vendure",
      envelope: "VendureErrorResultResponse",
      code: "COUPON_CODE_LIMIT_ERROR",
    });
  });
});
