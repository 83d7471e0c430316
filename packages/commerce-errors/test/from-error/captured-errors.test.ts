// Clients not installed here (or that cannot reach a local server), as captured error objects: the
// shapes are copied from each project's source, linked per row.
import { describe, expect, it } from "vitest";
import { hostileProxy } from "@commerce-errors/testkit";
import { fromError, type NormalizedError } from "../../src/index.js";
import { example } from "../fixtures.js";

function errorWith<T extends object>(name: string, message: string, fields: T): Error & T {
  return Object.assign(Object.defineProperty(new Error(message), "name", { value: name }), fields);
}

const rows: Array<{ client: string; source: string; thrown: unknown; want: Partial<NormalizedError> }> = [
  {
    client: "@shopify/shopify-api HttpResponseError (REST 402)",
    source: "https://github.com/Shopify/shopify-app-js/blob/main/packages/apps/shopify-api/lib/error.ts",
    thrown: errorWith("HttpResponseError", "Received an error response (402 Payment Required) from Shopify", {
      response: {
        code: 402,
        statusText: "Payment Required",
        body: example("shopify", "RestErrorsResponse", 4),
        headers: { "X-Request-Id": ["5e5b3288"] },
      },
    }),
    want: { vendor: "shopify", status: 402, envelope: "RestErrorsResponse", requestId: "5e5b3288" },
  },
  {
    client: "@shopify/shopify-api GraphqlQueryError (200 with errors)",
    source: "https://github.com/Shopify/shopify-app-js/blob/main/packages/apps/shopify-api/lib/clients/admin/graphql/client.ts",
    thrown: errorWith("GraphqlQueryError", "Throttled", {
      body: { errors: { graphQLErrors: (example("shopify", "GraphQLErrorResponse", 1) as { errors: unknown[] }).errors } },
      headers: { "X-Request-Id": ["d2f4"] },
    }),
    want: { vendor: "shopify", status: 200, code: "THROTTLED", requestId: "d2f4" },
  },
  {
    client: "@paypal/checkout-server-sdk (paypalhttp HttpError: the body is the message)",
    source: "https://github.com/paypal/paypalhttp_node/blob/master/lib/paypalhttp/http_client.js",
    thrown: Object.assign(new Error(JSON.stringify(example("paypal", "LegacyErrorResponse", 0))), {
      statusCode: 400,
      headers: { "paypal-debug-id": "a641429b40e07" },
    }),
    want: { vendor: "paypal", status: 400, code: "VALIDATION_ERROR", requestId: "a641429b40e07" },
  },
  {
    client: "node-bigcommerce (status in code, text in responseBody)",
    source: "https://github.com/getconversio/node-bigcommerce/blob/master/lib/request.js",
    thrown: Object.assign(new Error('Request returned error code: 422 and body: {"status":422,"title":"Invalid field"}'), {
      code: 422,
      responseBody: JSON.stringify({
        status: 422,
        title: "The field 'name' is invalid.",
        type: "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
        errors: { name: "name must be unique" },
      }),
    }),
    want: { vendor: "bigcommerce", status: 422 },
  },
  {
    client: "magento2-rest-client (a plain {errorMessage, code})",
    source: "https://github.com/vuestorefront/magento2-rest-client/blob/master/lib/rest_client.js",
    thrown: { errorMessage: "No such entity with cartId = 42", code: 404 },
    want: { vendor: "magento", status: 404, message: "No such entity with cartId = 42" },
  },
  {
    client: "@elasticpath/js-sdk (rejects with the bare body, no status)",
    source: "https://github.com/elasticpath/js-sdk/blob/main/src/factories/request.js",
    thrown: example("elasticpath", "ElasticPathErrorResponse", 0),
    want: { vendor: "elasticpath", status: undefined },
  },
  {
    client: "hey-api / openapi-fetch result {error, response}",
    source: "https://github.com/hey-api/openapi-ts/blob/main/packages/client-fetch/src/client.ts",
    thrown: {
      error: example("commercetools", "StandardErrorResponse", 4),
      response: new Response(null, { status: 400, headers: { "x-correlation-id": "c-1" } }),
    },
    want: { vendor: "commercetools", status: 400, code: "InvalidJsonInput", requestId: "c-1" },
  },
  {
    client: "Apollo Client 3 ApolloError with graphQLErrors (Shopify THROTTLED)",
    source: "https://github.com/apollographql/apollo-client/blob/release-3.13/src/errors/index.ts",
    thrown: errorWith("ApolloError", "Throttled", {
      graphQLErrors: (example("shopify", "GraphQLErrorResponse", 1) as { errors: unknown[] }).errors,
      networkError: null,
    }),
    want: { vendor: "shopify", status: 200, code: "THROTTLED", retry: { kind: "with-backoff" } },
  },
  {
    client: "Apollo Client 3 ApolloError with a ServerError (HTTP 402, result parsed)",
    source: "https://github.com/apollographql/apollo-client/blob/release-3.13/src/link/utils/throwServerError.ts",
    thrown: errorWith("ApolloError", "Response not successful: Received status code 402", {
      graphQLErrors: [],
      networkError: errorWith("ServerError", "Response not successful: Received status code 402", {
        statusCode: 402,
        result: example("shopify", "RestErrorsResponse", 4),
        response: new Response(null, { status: 402, headers: { "x-request-id": "r-402" } }),
      }),
    }),
    want: { vendor: "shopify", status: 402, envelope: "RestErrorsResponse", requestId: "r-402" },
  },
  {
    client: "urql CombinedError (Saleor, extensions.exception.code)",
    source: "https://github.com/urql-graphql/urql/blob/main/packages/core/src/utils/error.ts",
    thrown: errorWith("CombinedError", "[GraphQL] You need one of the following permissions: MANAGE_ORDERS", {
      graphQLErrors: (example("saleor", "SaleorGraphQLErrorResponse", 0) as { errors: unknown[] }).errors,
      response: new Response(null, { status: 200 }),
    }),
    want: { vendor: "saleor", status: 200, code: "PermissionDenied" },
  },
  {
    client: "urql CombinedError with a network error and no response",
    source: "https://github.com/urql-graphql/urql/blob/main/packages/core/src/utils/error.ts",
    thrown: errorWith("CombinedError", "[Network] fetch failed", {
      graphQLErrors: [],
      networkError: Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }),
    }),
    want: { status: undefined, envelope: "transport", reason: "network", code: "ECONNREFUSED" },
  },
  {
    client: "BigCommerce Catalyst BigCommerceAPIError",
    source: "https://github.com/bigcommerce/catalyst/blob/main/packages/client/src/api-error.ts",
    thrown: errorWith("BigCommerceAPIError", "BigCommerce API Error: 500", { status: 500, graphqlErrors: [] }),
    want: { status: 500, retry: { kind: "with-backoff" } },
  },
  {
    client: "BigCommerce Catalyst BigCommerceAPIError with GraphQL errors",
    source: "https://github.com/bigcommerce/catalyst/blob/main/packages/client/src/api-error.ts",
    thrown: errorWith("BigCommerceAPIError", "BigCommerce API Error: 401", {
      status: 401,
      graphqlErrors: [{ message: "GraphQL invalid credentials. String is not a JWT" }],
    }),
    want: {
      vendor: "bigcommerce",
      status: 401,
      envelope: "GraphQLErrorResponse",
      message: "GraphQL invalid credentials. String is not a JWT",
    },
  },
  {
    client: "BigCommerce Catalyst InvalidCustomerAccessTokenError (a BigCommerceGQLError)",
    source: "https://github.com/bigcommerce/catalyst/blob/main/packages/client/src/gql-error.ts",
    thrown: errorWith("InvalidCustomerAccessTokenError", '{\n  "message": "Invalid customer access token"\n}', {
      code: "INVALID_CUSTOMER_ACCESS_TOKEN",
      errors: [{ message: "Invalid customer access token", extensions: { code: "INVALID_CUSTOMER_ACCESS_TOKEN" } }],
    }),
    want: { vendor: "bigcommerce", status: 200, envelope: "GraphQLErrorResponse", code: "INVALID_CUSTOMER_ACCESS_TOKEN" },
  },
  {
    client: "vercel/commerce rethrow {status, message, query}",
    source: "https://github.com/vercel/commerce/blob/main/lib/shopify/index.ts",
    thrown: { status: 500, message: "Unexpected token < in JSON", query: "query getCart { ... }" },
    want: { status: 500, message: "Unexpected token < in JSON" },
  },
  {
    client: "a plain {status, body, headers}",
    source: "normalizeError's input",
    thrown: { status: 404, body: example("woocommerce", "WpRestErrorResponse", 0), headers: {} },
    want: { vendor: "woocommerce", status: 404, code: "rest_no_route" },
  },
  {
    client: "an opaque fetch Response (mode no-cors): status 0, which is no HTTP status",
    source: "https://fetch.spec.whatwg.org/#concept-filtered-response-opaque",
    thrown: Response.error(),
    want: { status: undefined },
  },
  {
    client: "a bug, not an API error",
    source: "-",
    thrown: new RangeError("Invalid array length"),
    want: { status: undefined, envelope: "unrecognized", message: "Invalid array length", retry: { kind: "no" } },
  },
];

describe("fromError on captured error objects", () => {
  it.each(rows)("$client", ({ thrown, want }) => {
    expect(fromError(thrown)).toMatchObject(want);
  });

  it("never throws, whatever it is given", () => {
    const hostile = hostileProxy(["get", "has"]);
    for (const value of [undefined, null, 0, "", "text", [], hostile, Symbol("x"), () => 1])
      expect(fromError(value).envelope).toBeTypeOf("string");
  });
});
