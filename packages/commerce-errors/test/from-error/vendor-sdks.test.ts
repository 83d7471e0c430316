// Each vendor SDK, pointed at the local server, fails; what it throws (or returns) goes through fromError/fromErrorAsync.
import { CommerceLayer } from "@commercelayer/sdk/bundle";
import { ClientBuilder } from "@commercetools/ts-client";
import MedusaModule from "@medusajs/js-sdk";
import { Client as PayPalClient, Environment, OrdersController } from "@paypal/paypal-server-sdk";
import { createAdminApiClient, createAdminRestApiClient } from "@shopify/admin-api-client";
import { createGraphQLClient } from "@shopify/graphql-client";
import WooCommerceModule from "@woocommerce/woocommerce-rest-api";
import { ShopperBaskets } from "commerce-sdk-isomorphic";
import Stripe from "stripe";
import { ClientBuilder as ClientBuilder4 } from "ts-client-4";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromError, fromErrorAsync, shouldRetry } from "../../src/index.js";
import { caught } from "../support/caught.js";
import { interopDefault } from "../support/interop-default.js";
import { localHttpsAgent } from "../support/local-agent.js";
import {
  commerceLayerValidation,
  commercetoolsConflict,
  medusaInsufficientInventory,
  paypalInvalidRequest,
  sfccBasketNotFound,
  shopifyPaymentRequired,
  shopifyThrottled,
  stripeNotFound,
  wooNotFound,
} from "../support/vendor-replies.js";
import { closedPortUrl, emptyTooManyRequests, htmlBadGateway, startVendorServer, type VendorServer } from "../support/vendor-server.js";

const Medusa = interopDefault(MedusaModule);
const WooCommerceRestApi = interopDefault(WooCommerceModule);

let server: VendorServer;
beforeAll(async () => {
  server = await startVendorServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("stripe", () => {
  const stripeAt = (url: string) => {
    const { hostname, port, protocol } = new URL(url);
    return new Stripe("sk_test_4eC39HqLyjWDarjtT1zdp7dc", {
      host: hostname,
      port: Number(port),
      protocol: protocol.replace(":", "") as "http",
      maxNetworkRetries: 0,
    });
  };

  it("a StripeInvalidRequestError: err.raw is the body's error, requestId from the SDK", async () => {
    server.route("/v1/customers/cus_missing", stripeNotFound);
    const thrown = await caught(() => stripeAt(server.url).customers.retrieve("cus_missing"));
    expect(thrown).toMatchObject({ type: "StripeInvalidRequestError", statusCode: 404 });
    expect(fromError(thrown)).toMatchObject({
      vendor: "stripe",
      status: 404,
      envelope: "ApiErrorResponse",
      code: "resource_missing",
      requestId: "req_4fqXyXZ1vXKcW2",
      retry: { kind: "no" },
    });
  });

  it("an HTML 502: 'Invalid JSON received', no status kept -> transport/unparsable, no status invented", async () => {
    server.route("/v1/customers/cus_502", htmlBadGateway);
    const thrown = await caught(() => stripeAt(server.url).customers.retrieve("cus_502"));
    expect(fromError(thrown)).toMatchObject({ vendor: "stripe", status: undefined, envelope: "transport", reason: "unparsable" });
  });

  it("an empty 429: stripe-node cannot parse the empty body and drops the status too -> transport/unparsable", async () => {
    server.route("/v1/customers/cus_429", emptyTooManyRequests);
    const thrown = await caught(() => stripeAt(server.url).customers.retrieve("cus_429"));
    expect(thrown).toMatchObject({ type: "StripeAPIError", statusCode: undefined });
    expect(fromError(thrown)).toMatchObject({
      vendor: "stripe",
      status: undefined,
      envelope: "transport",
      reason: "unparsable",
      retry: { kind: "with-backoff" },
    });
  });

  it("a refused connection: StripeConnectionError -> transport/network", async () => {
    const thrown = await caught(async () => stripeAt(await closedPortUrl()).customers.retrieve("cus_x"));
    expect(thrown).toMatchObject({ type: "StripeConnectionError" });
    expect(fromError(thrown)).toMatchObject({
      vendor: "stripe",
      status: undefined,
      envelope: "transport",
      reason: "network",
      retry: { kind: "with-backoff" },
    });
  });
});

// ts-client 5 is current; 4 (Node 18+) is what users still run: both majors against the same server.
describe.each([
  { major: "5.0.3", Builder: ClientBuilder },
  { major: "4.10.0", Builder: ClientBuilder4 },
])("@commercetools/ts-client $major", ({ major, Builder }) => {
  const clientAt = (url: string) =>
    new Builder()
      .withProjectKey("demo")
      .withHttpMiddleware({ host: url, httpClient: fetch, includeResponseHeaders: true, includeOriginalRequest: true })
      .build();

  it("409 ConcurrentModification: err.error is the body, X-Correlation-ID from err.headers, currentVersion in the advice", async () => {
    server.route("/demo/carts/cart-1", commercetoolsConflict);
    const thrown = await caught(() =>
      clientAt(server.url).execute({ uri: "/demo/carts/cart-1", method: "POST", body: { version: 1, actions: [] } }),
    );
    expect(thrown).toMatchObject({ statusCode: 409, name: "ConcurrentModification" });
    const error = fromError(thrown);
    expect(error).toMatchObject({
      vendor: "commercetools",
      status: 409,
      code: "ConcurrentModification",
      requestId: "projects-demo-9f0e7c0c-4cd4-4b39-8b2f-6c1b1b0b7d11",
    });
    expect(error.retry).toEqual({ kind: "after-refetch", currentVersion: 2 });
    expect(shouldRetry(thrown)).toBe(false);
  });

  // What each major throws for a body that is not JSON.
  const nonJson = {
    "5.0.3": {
      html: {
        thrown: { name: "HttpError", statusCode: 502, error: htmlBadGateway.body },
        want: { status: 502, envelope: "unrecognized", reason: "not-json", retry: { kind: "with-backoff" } },
      },
      empty: {
        thrown: { name: "HttpError", statusCode: 429, error: "" },
        want: { status: 429, envelope: "empty", retry: { kind: "with-backoff" } },
      },
    },
    // ts-client 4.x turns the SyntaxError into a status-0 NetworkError without the body: no status is made up.
    "4.10.0": {
      html: {
        thrown: { body: null, error: { name: "NetworkError", statusCode: 0 } },
        want: { status: undefined, envelope: "transport", reason: "unparsable" },
      },
      empty: {
        thrown: { body: null, error: { name: "NetworkError", statusCode: 0 } },
        want: { status: undefined, envelope: "transport", reason: "unparsable" },
      },
    },
  }[major]!;

  it("an HTML 502: the body fails to parse inside the client", async () => {
    server.route("/demo/carts/cart-502", htmlBadGateway);
    const thrown = await caught(() => clientAt(server.url).execute({ uri: "/demo/carts/cart-502", method: "GET" }));
    expect(thrown).toMatchObject(nonJson.html.thrown);
    const error = fromError(thrown);
    expect(error.vendor).toBe("commercetools");
    expect(error).toMatchObject(nonJson.html.want);
  });

  it("an empty 429", async () => {
    server.route("/demo/carts/cart-429", emptyTooManyRequests);
    const thrown = await caught(() => clientAt(server.url).execute({ uri: "/demo/carts/cart-429", method: "GET" }));
    expect(thrown).toMatchObject(nonJson.empty.thrown);
    expect(fromError(thrown)).toMatchObject({ vendor: "commercetools", ...nonJson.empty.want });
  });

  it("a refused connection -> transport/network", async () => {
    const url = await closedPortUrl();
    const thrown = await caught(() => clientAt(url).execute({ uri: "/demo/carts/x", method: "GET" }));
    expect(fromError(thrown)).toMatchObject({ vendor: "commercetools", status: undefined, envelope: "transport", reason: "network" });
  });
});

describe("@commercelayer/sdk", () => {
  // The SDK builds https://<org>.commercelayer.io/api URLs; its `fetch` option is where we send them to the local server.
  const clientAt = (url: string) =>
    CommerceLayer({
      organization: "acme",
      accessToken: "test-token",
      fetch: (input: string | URL | Request, init?: RequestInit) =>
        fetch(String(input instanceof Request ? input.url : input).replace("https://acme.commercelayer.io", url), init),
    } as Parameters<typeof CommerceLayer>[0]);

  it("ApiError keeps only err.errors (no headers): rebuilt as {errors}, 422 VALIDATION_ERROR with its field pointer", async () => {
    server.route("/api/line_items", commerceLayerValidation);
    const thrown = await caught(() =>
      clientAt(server.url).line_items.create({ quantity: 11, order: { id: "x", type: "orders" } } as never),
    );
    expect(thrown).toMatchObject({ name: "ApiError", status: 422 });
    const error = fromError(thrown);
    expect(error).toMatchObject({ vendor: "commercelayer", status: 422, code: "VALIDATION_ERROR", requestId: undefined });
    expect(error.details[0]).toMatchObject({ pointer: "/data/attributes/quantity" });
  });

  it("an HTML 502: errors [] -> the status and the SDK's message, body unrecognized", async () => {
    server.route("/api/skus", htmlBadGateway);
    const thrown = await caught(() => clientAt(server.url).skus.list());
    expect(fromError(thrown)).toMatchObject({ vendor: "commercelayer", status: 502, envelope: "empty", retry: { kind: "with-backoff" } });
  });
});

describe("@shopify/graphql-client", () => {
  const clientAt = (url: string) =>
    createGraphQLClient({
      url: `${url}/admin/api/2025-01/graphql.json`,
      headers: { "X-Shopify-Access-Token": "shpat_00000000000000000000000000000000" },
      retries: 0,
    });

  it("THROTTLED at HTTP 200 is returned, not thrown: {errors.graphQLErrors}, with-backoff", async () => {
    server.route("/admin/api/2025-01/graphql.json", shopifyThrottled);
    const result = await clientAt(server.url).request("query { shop { name } }");
    expect(result.errors?.graphQLErrors?.[0]?.extensions?.code).toBe("THROTTLED");
    const error = fromError(result);
    expect(error).toMatchObject({
      vendor: "shopify",
      status: 200,
      code: "THROTTLED",
      retry: { kind: "with-backoff" },
      requestId: "0b0d5a5e-7c1c-4d5b-9d1e-1b2c3d4e5f60",
    });
    expect(shouldRetry(result, { operation: "mutation" })).toBe(true);
  });

  it("a 402 leaves Shopify's JSON unread in errors.response: fromErrorAsync reads it", async () => {
    server.route("/admin/api/2025-01/graphql.json", shopifyPaymentRequired);
    const result = await clientAt(server.url).request("query { shop { name } }");
    expect(result.errors?.networkStatusCode).toBe(402);
    expect(fromError(result)).toMatchObject({ vendor: "shopify", status: 402, reason: "unreadable" });
    expect(await fromErrorAsync(result)).toMatchObject({
      vendor: "shopify",
      status: 402,
      envelope: "RestErrorsResponse",
      message: "This shop's plan does not have access to this feature",
      requestId: "5e5b3288-b9fd-49d9-adcc-8907a88fe755",
    });
  });
});

describe("@shopify/admin-api-client 2", () => {
  const apiVersion = "2025-01";
  const token = "shpat_00000000000000000000000000000000";

  it("GraphQL: request() returns THROTTLED at HTTP 200 as {errors.graphQLErrors}, like graphql-client", async () => {
    server.route(`/admin/api/${apiVersion}/graphql.json`, shopifyThrottled);
    // The GraphQL client always builds https://<shop>/admin/api/...: its customFetchApi sends that to the local server.
    const client = createAdminApiClient({
      storeDomain: "acme.myshopify.com",
      apiVersion,
      accessToken: token,
      customFetchApi: (url, init) => fetch(String(url).replace("https://acme.myshopify.com", server.url), init),
    });
    const result = await client.request("query { shop { name } }");
    const error = fromError(result);
    expect(error).toMatchObject({
      vendor: "shopify",
      status: 200,
      code: "THROTTLED",
      retry: { kind: "with-backoff" },
      requestId: "0b0d5a5e-7c1c-4d5b-9d1e-1b2c3d4e5f60",
    });
    expect(error.cause).toBe(result);
  });

  it("GraphQL: a 402 leaves Shopify's JSON unread in errors.response: fromErrorAsync reads it", async () => {
    server.route(`/admin/api/${apiVersion}/graphql.json`, shopifyPaymentRequired);
    const client = createAdminApiClient({
      storeDomain: "acme.myshopify.com",
      apiVersion,
      accessToken: token,
      customFetchApi: (url, init) => fetch(String(url).replace("https://acme.myshopify.com", server.url), init),
    });
    const result = await client.request("query { shop { name } }");
    expect(result.errors?.networkStatusCode).toBe(402);
    expect(await fromErrorAsync(result)).toMatchObject({
      vendor: "shopify",
      status: 402,
      envelope: "RestErrorsResponse",
      requestId: "5e5b3288-b9fd-49d9-adcc-8907a88fe755",
    });
  });

  it("REST: a failed call resolves with the unread Response (scheme http reaches the local server)", async () => {
    server.route(`/admin/api/${apiVersion}/shop.json`, shopifyPaymentRequired);
    const rest = createAdminRestApiClient({ storeDomain: new URL(server.url).host, apiVersion, accessToken: token, scheme: "http" });
    const response = await rest.get("shop");
    expect(response.status).toBe(402);
    expect(fromError(response)).toMatchObject({ status: 402, reason: "unreadable", requestId: "5e5b3288-b9fd-49d9-adcc-8907a88fe755" });
    expect(await fromErrorAsync(response)).toMatchObject({
      vendor: "shopify",
      status: 402,
      envelope: "RestErrorsResponse",
      message: "This shop's plan does not have access to this feature",
    });
  });
});

describe("@paypal/paypal-server-sdk", () => {
  // The SDK only knows PayPal's hosts; its httpsAgent option sends the connections to the local server.
  const ordersAt = (url: string) => {
    const client = new PayPalClient({
      clientCredentialsAuthCredentials: { oAuthClientId: "client-id", oAuthClientSecret: "client-secret" },
      environment: Environment.Sandbox,
      timeout: 0, // no client-side limit: a loaded machine answers late, not never
      httpClientOptions: { httpsAgent: localHttpsAgent(url) },
    });
    return new OrdersController(client);
  };

  it("CustomError: err.result is the parsed body, Paypal-Debug-Id from err.headers", async () => {
    server.route("/v1/oauth2/token", { status: 200, body: { access_token: "A21AAFake", token_type: "Bearer", expires_in: 32400 } });
    server.route("/v2/checkout/orders/5O190127TN364715T", paypalInvalidRequest);
    const thrown = await caught(() => ordersAt(server.url).getOrder({ id: "5O190127TN364715T" }));
    expect(thrown).toMatchObject({ statusCode: 400 });
    expect(fromError(thrown)).toMatchObject({
      vendor: "paypal",
      status: 400,
      code: "INVALID_REQUEST",
      requestId: "19687a87fb8fd",
      retry: { kind: "no" },
    });
  });

  it("an HTML 502: result undefined, the text in err.body -> 502 unrecognized (not-json)", async () => {
    server.route("/v1/oauth2/token", { status: 200, body: { access_token: "A21AAFake", token_type: "Bearer", expires_in: 32400 } });
    server.route("/v2/checkout/orders/HTML", htmlBadGateway);
    const thrown = await caught(() => ordersAt(server.url).getOrder({ id: "HTML" }));
    expect(fromError(thrown)).toMatchObject({
      vendor: "paypal",
      status: 502,
      envelope: "unrecognized",
      reason: "not-json",
      retry: { kind: "with-backoff" },
    });
  });
});

describe("@medusajs/js-sdk", () => {
  const sdkAt = (url: string) => new Medusa({ baseUrl: url, publishableKey: "pk_test" });

  it("FetchError keeps only message and status: the message is the body's, code and type are lost", async () => {
    server.route("/store/carts/cart_1/line-items", medusaInsufficientInventory);
    const thrown = await caught(() => sdkAt(server.url).store.cart.createLineItem("cart_1", { variant_id: "test-variant-2", quantity: 1 }));
    expect(thrown).toMatchObject({ status: 400, statusText: "Bad Request" });
    expect(fromError(thrown, { vendor: "medusa" })).toMatchObject({
      vendor: "medusa",
      status: 400,
      message: "Variant with id: test-variant-2 does not have the required inventory",
      retry: { kind: "no" },
    });
  });

  it("an empty 429 -> 429, with-backoff", async () => {
    server.route("/store/products", emptyTooManyRequests);
    const thrown = await caught(() => sdkAt(server.url).store.product.list());
    expect(fromError(thrown, { vendor: "medusa" })).toMatchObject({ status: 429, retry: { kind: "with-backoff" } });
  });
});

describe("commerce-sdk-isomorphic", () => {
  const basketsAt = (url: string, throwOnBadResponse: boolean) =>
    new ShopperBaskets({
      proxy: url,
      parameters: { clientId: "client", organizationId: "f_ecom_zzte_053", shortCode: "kv7kzm78", siteId: "RefArch" },
      headers: { authorization: "Bearer test-token" },
      throwOnBadResponse,
    });

  it("ResponseError holds the unread Response: fromErrorAsync reads the problem details", async () => {
    server.route("/checkout/shopper-baskets/v1/organizations/f_ecom_zzte_053/baskets/123", sfccBasketNotFound);
    const thrown = await caught(() => basketsAt(server.url, true).getBasket({ parameters: { basketId: "123" } }));
    // The bundle minifies the class name: only the shape (an Error holding a Response) is left to go by.
    expect(thrown).toMatchObject({ message: "404 Not Found" });
    expect(fromError(thrown)).toMatchObject({ status: 404, envelope: "unrecognized", reason: "unreadable" });
    expect(await fromErrorAsync(thrown)).toMatchObject({
      vendor: "sfcc",
      status: 404,
      envelope: "ScapiProblemDetails",
      code: "basket-not-found",
    });
  });

  it("by default the problem details come back as the result: a bare body, status unknown", async () => {
    server.route("/checkout/shopper-baskets/v1/organizations/f_ecom_zzte_053/baskets/123", sfccBasketNotFound);
    const result = await basketsAt(server.url, false).getBasket({ parameters: { basketId: "123" } });
    expect(fromError(result)).toMatchObject({
      vendor: "sfcc",
      status: undefined,
      envelope: "ScapiProblemDetails",
      code: "basket-not-found",
    });
  });
});

describe("@woocommerce/woocommerce-rest-api", () => {
  const apiAt = (url: string) =>
    new WooCommerceRestApi({ url, consumerKey: "ck_test", consumerSecret: "cs_test", version: "wc/v3", queryStringAuth: true });

  it("an AxiosError: e.response.data is the WP REST error", async () => {
    server.route("/wp-json/wc/v3/products/999", wooNotFound);
    const thrown = await caught(() => apiAt(server.url).get("products/999"));
    expect(fromError(thrown)).toMatchObject({
      vendor: "woocommerce",
      status: 404,
      code: "woocommerce_rest_term_invalid",
      retry: { kind: "no" },
    });
    expect(shouldRetry(thrown)).toBe(false);
  });

  it("an HTML 502 -> 502 unrecognized (not-json), retried for a GET", async () => {
    server.route("/wp-json/wc/v3/products", htmlBadGateway);
    const thrown = await caught(() => apiAt(server.url).get("products"));
    expect(fromError(thrown)).toMatchObject({ status: 502, envelope: "unrecognized", reason: "not-json" });
    expect(shouldRetry(thrown)).toBe(true);
  });
});
