import { describe, expect, it } from "vitest";
import { hostileProxy } from "@commerce-errors/testkit";
import { normalizeError, type NormalizedError } from "../src/index.js";
import { describeStatus } from "../src/catalog.js";
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
      input: {
        status: 409,
        body: example("commercetools", "StandardErrorResponse", 0),
        headers: { "X-Correlation-ID": "projects-acme-4f1a" },
      },
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
        details: [
          {
            code: "VALIDATION_ERROR",
            message: "quantity - must be less than or equal to 10",
            pointer: "/data/attributes/quantity",
            field: "quantity",
          },
        ],
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
    {
      name: "Stripe 400 resource_missing: param as a pointer, Request-Id header",
      input: { status: 400, body: example("stripe", "ApiErrorResponse", 1), headers: { "Request-Id": "req_8dC2Lw9fQ1" } },
      want: {
        vendor: "stripe",
        status: 400,
        envelope: "ApiErrorResponse",
        code: "resource_missing",
        message: "No such price: 'price_1HFw3QAQHy2zYPZft7bbrtWZ'",
        details: [
          {
            code: "resource_missing",
            message: "No such price: 'price_1HFw3QAQHy2zYPZft7bbrtWZ'",
            pointer: "/line_items/0/price",
            field: "line_items[0][price]",
          },
        ],
        retry: { kind: "no" },
        requestId: "req_8dC2Lw9fQ1",
      },
    },
    {
      name: "Shopify 200 with customerUserErrors: field path as a pointer, X-Request-Id",
      input: {
        status: 200,
        body: example("shopify", "MutationUserErrorsResponse", 0),
        headers: { "X-Request-Id": "5f0c1e9a-1b2c-4d5e-8f90-123456789abc" },
      },
      want: {
        vendor: "shopify",
        status: 200,
        envelope: "MutationUserErrorsResponse",
        code: "TAKEN",
        message: "Email has already been taken",
        details: [{ code: "TAKEN", message: "Email has already been taken", pointer: "/input/email", field: "input.email" }],
        retry: { kind: "no" },
        requestId: "5f0c1e9a-1b2c-4d5e-8f90-123456789abc",
      },
    },
    {
      name: "PayPal 400 legacy VALIDATION_ERROR: debug_id, the field of the body as a pointer",
      input: { status: 400, body: example("paypal", "LegacyErrorResponse", 0) },
      want: {
        vendor: "paypal",
        status: 400,
        envelope: "LegacyErrorResponse",
        code: "VALIDATION_ERROR",
        message: "Invalid request - see details",
        details: [{ message: "may not be null", pointer: "/items/0/receiver", field: "items[0].receiver" }],
        retry: { kind: "no" },
        requestId: "a641429b40e07",
      },
    },
    {
      name: "Magento 400 InputException: no code, placeholders filled, fieldName as the field",
      input: { status: 400, body: example("magento", "WebapiErrorResponse", 4) },
      want: {
        vendor: "magento",
        status: 400,
        envelope: "WebapiErrorResponse",
        code: undefined,
        message: "One or more input exceptions have occurred.",
        details: [
          { message: "Please specify a website." },
          { message: '"website_ids" is required. Enter and try again.', field: "website_ids" },
        ],
        retry: { kind: "no" },
        requestId: undefined,
      },
    },
    {
      name: "WooCommerce 400 rest_invalid_param: data.params keys as pointers, the code of data.details",
      input: { status: 400, body: example("woocommerce", "WpRestErrorResponse", 5) },
      want: {
        vendor: "woocommerce",
        status: 400,
        envelope: "WpRestErrorResponse",
        code: "rest_invalid_param",
        message: "Invalid parameter(s): user",
        details: [{ code: "rest_not_in_enum", message: "user is not one of me and all.", pointer: "/user", field: "user" }],
        retry: { kind: "no" },
        requestId: undefined,
      },
    },
    {
      name: "SFCC 404 SCAPI problem: the slug of type as the code",
      input: { status: 404, body: example("sfcc", "ScapiProblemDetails", 14) },
      want: {
        vendor: "sfcc",
        status: 404,
        envelope: "ScapiProblemDetails",
        code: "product-not-found",
        message: "No product with ID 'pple-ipod-shuffle' for site 'SiteGenesis' could be found.",
        details: [],
        retry: { kind: "no" },
        requestId: undefined,
      },
    },
    {
      name: "Saleor 200 mutation errors: code and field of the payload's errors",
      input: { status: 200, body: example("saleor", "SaleorMutationErrorResponse", 1) },
      want: {
        vendor: "saleor",
        status: 200,
        envelope: "SaleorMutationErrorResponse",
        code: "INSUFFICIENT_STOCK",
        message: "Insufficient product stock.",
        details: [{ code: "INSUFFICIENT_STOCK", message: "Insufficient product stock.", pointer: "/lines", field: "lines" }],
        retry: { kind: "no" },
        requestId: undefined,
      },
    },
    {
      name: "Medusa 400 invalid_data: one detail per field of the validation message",
      input: { status: 400, body: example("medusa", "MedusaErrorResponse", 0) },
      want: {
        vendor: "medusa",
        status: 400,
        envelope: "MedusaErrorResponse",
        code: "invalid_data",
        message:
          "Invalid request: Field 'service_zone_id' is required; Field 'shipping_profile_id' is required; Field 'price_type' is required",
        details: [
          { code: "invalid_data", message: "Field 'service_zone_id' is required", pointer: "/service_zone_id", field: "service_zone_id" },
          {
            code: "invalid_data",
            message: "Field 'shipping_profile_id' is required",
            pointer: "/shipping_profile_id",
            field: "shipping_profile_id",
          },
          { code: "invalid_data", message: "Field 'price_type' is required", pointer: "/price_type", field: "price_type" },
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
    expect(new Set(keys.map((each) => each.join()))).toEqual(
      new Set(["blame,category,code,details,envelope,expected,message,messageKey,raw,requestId,retry,status,statusInfo,vendor"]),
    );
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
    expect(normalized.details).toEqual([
      { code: "RequiredField", message: "A value is required for field 'baseId'.", field: "baseId", pointer: "/baseId" },
    ]);
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
    expect(normalized).toMatchObject({
      code: "Unauthorized",
      message: "This endpoint requires an access token. You can get one from the authorization server.",
    });
  });

  it("commercetools GraphQL: ConcurrentModification in extensions asks for a refetch even with HTTP 200", () => {
    const body = {
      data: null,
      errors: [{ message: "Version mismatch.", path: ["updateCart"], extensions: { code: "ConcurrentModification", currentVersion: 7 } }],
    };
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
      details: [
        {
          code: "INSUFFICIENT_ACCESS_SCOPE",
          message: "The provided token does not include the scopes required to resolve this field.",
          pointer: "/company",
        },
      ],
    });
  });

  it("BigCommerce v3 with detail and a numeric code", () => {
    expect(normalizeError({ status: 422, body: example("bigcommerce", "RestV3Error", 9) })).toMatchObject({
      code: "Input is invalid",
      message: "Input is invalid: missing the required field: body",
    });
    expect(normalizeError({ status: 400, body: example("bigcommerce", "RestV3Error", 0) })).toMatchObject({
      code: "400",
      message: "The field 'image_file' is invalid.",
    });
  });

  it("BigCommerce v2 arrays and {code, message}", () => {
    expect(normalizeError({ status: 404, body: example("bigcommerce", "RestV2ErrorResponse", 0) })).toMatchObject({
      envelope: "RestV2ErrorResponse",
      code: undefined,
      message: "The requested resource was not found.",
      details: [{ message: "The requested resource was not found." }],
    });
    expect(normalizeError({ status: 403, body: example("bigcommerce", "CodeMessageErrorResponse", 1) })).toMatchObject({
      code: "403",
      message: "Missing scope",
    });
  });
});

describe("vendor specifics of the newer vendors", () => {
  it("Stripe: code ?? type, the issuer's decline_code as a detail, request_log_url as the request id", () => {
    expect(normalizeError({ status: 402, body: example("stripe", "ApiErrorResponse", 2) })).toMatchObject({
      code: "card_declined",
      message: "Your card was declined.",
      details: [{ code: "generic_decline", message: "Your card was declined." }],
      retry: { kind: "no" },
    });
    expect(normalizeError({ status: 400, body: example("stripe", "ApiErrorResponse", 6) })).toMatchObject({
      code: "idempotency_error",
      details: [],
    });
    const logged = {
      error: { type: "api_error", message: "Something went wrong.", request_log_url: "https://dashboard.stripe.com/test/logs/req_Q9xLk2" },
    };
    expect(normalizeError({ status: 500, body: logged, headers: { "Request-Id": "req_other" } }).requestId).toBe("req_Q9xLk2");
    expect(normalizeError({ status: 400, body: example("stripe", "V2CodeErrorResponse", 0) })).toMatchObject({
      code: "invalid_fields",
      message: "HTTP 400 Bad Request",
    });
  });

  it("Stripe Connect OAuth: the host tells it from the other OAuth servers", () => {
    const body = example("stripe", "OAuthErrorResponse", 0);
    // Without a host the five OAuth servers tie: one is named, the others are listed as equally likely.
    const tied = normalizeError({ status: 400, body });
    expect([tied.vendor, ...(tied.ambiguousWith ?? [])].sort()).toEqual(["commercetools", "paypal", "sfcc", "shopify", "stripe"]);
    const normalized = normalizeError({ status: 400, body }, { url: "https://connect.stripe.com/oauth/token" });
    expect(normalized).toMatchObject({
      vendor: "stripe",
      envelope: "OAuthErrorResponse",
      code: "invalid_grant",
      message: "This authorization code has already been used. All tokens issued with this code have been revoked.",
    });
    expect(normalized).not.toHaveProperty("ambiguousWith");
  });

  it("Shopify GraphQL: extensions.code, extensions.requestId, path as a pointer into data", () => {
    expect(normalizeError({ status: 200, body: example("shopify", "GraphQLErrorResponse", 3) })).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      requestId: "d2f47302-8559-4961-9a5b-3de60172aa29",
      retry: { kind: "with-backoff" },
    });
    expect(normalizeError({ status: 200, body: example("shopify", "GraphQLErrorResponse", 0) })).toMatchObject({
      code: "ACCESS_DENIED",
      details: [{ code: "ACCESS_DENIED", pointer: "/checkoutServerExtensionCreate" }],
      retry: { kind: "no" },
    });
    expect(normalizeError({ status: 200, body: example("shopify", "GraphQLErrorResponse", 2) })).toMatchObject({
      code: "MAX_COST_EXCEEDED",
      retry: { kind: "no" },
    });
  });

  it("Shopify REST: messages per field, the id of error_reference, a singular error", () => {
    expect(normalizeError({ status: 422, body: example("shopify", "RestErrorsResponse", 11) })).toMatchObject({
      code: undefined,
      message: "email: has already been taken",
      details: [{ message: "has already been taken", field: "email", pointer: "/email" }],
    });
    expect(normalizeError({ status: 404, body: example("shopify", "RestErrorsResponse", 3) })).toMatchObject({
      message: "Not Found",
      requestId: "5e5b3288-b9fd-49d9-adcc-8907a88fe755",
    });
    expect(normalizeError({ status: 400, body: example("shopify", "RestSingleErrorResponse", 0) })).toMatchObject({
      vendor: "shopify",
      code: undefined,
      message: "location_id must be specified when creating fulfillments.",
    });
    expect(normalizeError({ status: 200, body: example("shopify", "MutationUserErrorsResponse", 2) }).details).toEqual([
      { message: "Variant is invalid", pointer: "/lineItems/0/variantId", field: "lineItems.0.variantId" },
    ]);
  });

  it("PayPal: name as the code, each details[].issue as a detail code; a path or query field has no pointer", () => {
    expect(normalizeError({ status: 422, body: example("paypal", "RestErrorResponse", 0) })).toMatchObject({
      code: "UNPROCESSABLE_ENTITY",
      details: [{ code: "PAYMENT_DENIED", message: "PayPal has declined to process this transaction." }],
      requestId: "d56ca3c211112",
    });
    expect(normalizeError({ status: 400, body: example("paypal", "RestErrorResponse", 1) }).details).toEqual([
      { code: "INVALID_PARAMETER_VALUE", message: "The value of a field is invalid.", field: "total_required" },
    ]);
    const pointed = {
      name: "INVALID_REQUEST",
      message: "Request is not well-formed.",
      details: [{ field: "/purchase_units/0/amount/value", location: "body", issue: "DECIMAL_PRECISION" }],
    };
    expect(normalizeError({ status: 400, body: pointed, headers: { "PayPal-Debug-Id": "8e1b5c3f2a7d9" } })).toMatchObject({
      details: [
        {
          code: "DECIMAL_PRECISION",
          message: "DECIMAL_PRECISION",
          pointer: "/purchase_units/0/amount/value",
          field: "/purchase_units/0/amount/value",
        },
      ],
      requestId: "8e1b5c3f2a7d9",
    });
    expect(normalizeError({ status: 401, body: example("paypal", "OAuthErrorResponse", 2) })).toMatchObject({
      vendor: "paypal",
      code: "access_denied",
      requestId: "2ac9f7fa4e099",
    });
  });

  it("Magento: formatMessage fills %name and %1; the report id is the request id", () => {
    expect(normalizeError({ status: 401, body: example("magento", "WebapiErrorResponse", 1) })).toMatchObject({
      code: undefined,
      message: "The consumer isn't authorized to access Magento_Review::reviews_all.",
    });
    expect(normalizeError({ status: 400, body: example("magento", "WebapiErrorResponse", 3) })).toMatchObject({
      message: "Invalid product data: Invalid attribute set entity type",
    });
    expect(normalizeError({ status: 404, body: example("magento", "WebapiErrorResponse", 2) })).toMatchObject({
      message: "No such entity with cartId = ",
      details: [{ field: "cartId" }],
    });
    expect(normalizeError({ status: 500, body: example("magento", "WebapiErrorResponse", 6) })).toMatchObject({
      requestId: "webapi-5678ac6216cf5",
      retry: { kind: "with-backoff" },
    });
    expect(
      normalizeError({
        status: 400,
        body: {
          message: 'Invalid value of "%value" provided for the %fieldName field.',
          parameters: { value: "x", fieldName: "qty" },
          code: 7,
        },
      }),
    ).toMatchObject({
      vendor: "magento",
      code: "7",
      message: 'Invalid value of "x" provided for the qty field.',
    });
    expect(normalizeError({ status: 500, body: example("magento", "FallbackErrorResponse", 0) })).toMatchObject({
      code: "500",
      requestId: "api/501949553088",
    });
  });

  it("WooCommerce: missing parameters, additional_errors", () => {
    expect(
      normalizeError({ status: 400, body: example("woocommerce", "WpRestErrorResponse", 6) }).details.map((detail) => detail.pointer),
    ).toEqual(["/username", "/email", "/password"]);
    expect(normalizeError({ status: 400, body: example("woocommerce", "WpRestErrorResponse", 13) })).toMatchObject({
      code: "wp-api-test-error",
      details: [{ code: "wp-api-test-error-2", message: "Another test message" }],
    });
  });

  it("SFCC: OCAPI fault.type, SLAS error, SCAPI correlationId", () => {
    expect(normalizeError({ status: 404, body: example("sfcc", "OcapiFaultResponse", 0) })).toMatchObject({
      code: "NotFoundException",
      message: "Unknown resource '/dw/shop/v23_2/incognito'. Please provide a valid resource.",
    });
    expect(normalizeError({ status: 404, body: example("sfcc", "SlasOAuthErrorResponse", 10) })).toMatchObject({
      vendor: "sfcc",
      code: "not_found",
      message: "User Not Found",
    });
    const withCorrelation = {
      ...(example("sfcc", "ScapiProblemDetails", 0) as object),
      correlationId: "a7c2e0f4-3b1d-4e5f-9a8b-0c1d2e3f4a5b",
    };
    expect(normalizeError({ status: 404, body: withCorrelation })).toMatchObject({
      code: "basket-not-found",
      requestId: "a7c2e0f4-3b1d-4e5f-9a8b-0c1d2e3f4a5b",
    });
    expect(
      normalizeError({
        status: 404,
        body: { type: "/PromotionNotFoundException", title: "Not Found", detail: "No promotion with ID 'x'." },
      }),
    ).toMatchObject({ vendor: "sfcc", code: "PromotionNotFoundException" });
  });

  it("Saleor: extensions.exception.code; a mutation error without message falls back to its code", () => {
    expect(normalizeError({ status: 200, body: example("saleor", "SaleorGraphQLErrorResponse", 0) })).toMatchObject({
      code: "PermissionDenied",
      message: "You need one of the following permissions: MANAGE_STAFF",
      details: [{ code: "PermissionDenied", pointer: "/staffUsers" }],
    });
    expect(normalizeError({ status: 200, body: example("saleor", "SaleorMutationErrorResponse", 0) })).toMatchObject({
      code: "UNIQUE",
      message: "UNIQUE",
      details: [{ code: "UNIQUE", message: "UNIQUE", pointer: "/email", field: "email" }],
    });
  });

  it("Medusa: code ?? type; the v1 list gives one detail per error; the middleware's bare message", () => {
    expect(normalizeError({ status: 400, body: example("medusa", "MedusaErrorResponse", 1) })).toMatchObject({
      code: "insufficient_inventory",
      details: [],
    });
    expect(normalizeError({ status: 404, body: example("medusa", "MedusaErrorResponse", 3) })).toMatchObject({ code: "not_found" });
    expect(normalizeError({ status: 409, body: example("medusa", "MedusaErrorListResponse", 0) })).toMatchObject({
      code: "insufficient_inventory",
      details: [{ code: "insufficient_inventory", message: "Variant with id: test-variant-2 does not have the required inventory" }],
    });
    expect(normalizeError({ status: 401, body: example("medusa", "MedusaMessageErrorResponse", 0) })).toMatchObject({
      vendor: "medusa",
      code: undefined,
      message: "Unauthorized",
    });
  });
});

describe("retry advice", () => {
  it("BigCommerce 429: the longer of X-Retry-After and X-Rate-Limit-Time-Reset-Ms", () => {
    const headers = { "X-Retry-After": "3", "X-Rate-Limit-Time-Reset-Ms": "4500", "X-Rate-Limit-Requests-Left": "0" };
    expect(normalizeError({ status: 429, body: example("bigcommerce", "RestV3Error", 7), headers }).retry).toEqual({
      kind: "with-backoff",
      afterMs: 4500,
    });
  });

  it("Retry-After in seconds or as an HTTP date", () => {
    expect(normalizeError({ status: 503, body: "", headers: { "retry-after": "120" } }, { vendor: "commercetools" }).retry).toEqual({
      kind: "with-backoff",
      afterMs: 120_000,
    });
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const { retry } = normalizeError(
      { status: 503, body: "", headers: new Headers({ "Retry-After": inAMinute }) },
      { vendor: "commercetools" },
    );
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

  it("Stripe: rate_limit (legacy 400) and lock_timeout ask to wait; Stripe-Should-Retry overrides everything", () => {
    expect(normalizeError({ status: 400, body: example("stripe", "ApiErrorResponse", 5) }).retry).toEqual({ kind: "with-backoff" });
    expect(
      normalizeError({
        status: 429,
        body: { error: { type: "invalid_request_error", code: "lock_timeout", message: "This object cannot be accessed right now." } },
      }).retry,
    ).toEqual({ kind: "with-backoff" });
    const apiError = { error: { type: "api_error", message: "An unknown error occurred" } };
    expect(normalizeError({ status: 500, body: apiError, headers: { "Stripe-Should-Retry": "false" } }).retry).toEqual({ kind: "no" });
    expect(
      normalizeError({
        status: 400,
        body: example("stripe", "ApiErrorResponse", 4),
        headers: { "Stripe-Should-Retry": "true", "Retry-After": "2" },
      }).retry,
    ).toEqual({ kind: "with-backoff", afterMs: 2000 });
    expect(normalizeError({ status: 500, body: apiError }).retry).toEqual({ kind: "with-backoff" });
  });

  it("Shopify THROTTLED inside a 200 is with-backoff; a REST 429 honours Retry-After", () => {
    expect(normalizeError({ status: 200, body: example("shopify", "GraphQLErrorResponse", 1) }).retry).toEqual({ kind: "with-backoff" });
    expect(
      normalizeError({ status: 429, body: example("shopify", "RestErrorsResponse", 8), headers: { "Retry-After": "2.0" } }).retry,
    ).toEqual({ kind: "with-backoff", afterMs: 2000 });
  });

  it("PayPal RATE_LIMIT_REACHED; SLAS conflict and precondition_failure wait instead of refetching", () => {
    const limited = { name: "RATE_LIMIT_REACHED", message: "Too many requests. Blocked due to rate limiting.", debug_id: "b1c2d3e4f5a6" };
    expect(normalizeError({ status: 429, body: limited })).toMatchObject({
      vendor: "paypal",
      code: "RATE_LIMIT_REACHED",
      retry: { kind: "with-backoff" },
      requestId: "b1c2d3e4f5a6",
    });
    expect(normalizeError({ status: 409, body: example("sfcc", "SlasOAuthErrorResponse", 3) }).retry).toEqual({ kind: "with-backoff" });
    expect(normalizeError({ status: 412, body: example("sfcc", "SlasOAuthErrorResponse", 5) }).retry).toEqual({ kind: "with-backoff" });
    expect(normalizeError({ status: 409, body: example("sfcc", "ScapiProblemDetails", 7) }).retry).toEqual({ kind: "after-refetch" });
  });

  it("Medusa conflict: retry with the same Idempotency-Key", () => {
    expect(normalizeError({ status: 409, body: example("medusa", "MedusaErrorResponse", 4) })).toMatchObject({
      code: "invalid_state_error",
      retry: { kind: "with-backoff" },
    });
  });

  it("headers do not turn a no into a retry", () => {
    expect(
      normalizeError({ status: 400, body: example("commercetools", "StandardErrorResponse", 9), headers: { "retry-after": "5" } }).retry,
    ).toEqual({ kind: "no" });
  });

  it("an unknown vendor's transient status still advises backoff", () => {
    expect(normalizeError({ status: 502, body: "<html>Bad Gateway</html>" }).retry).toEqual({ kind: "with-backoff" });
    expect(normalizeError({ status: 404, body: "<html>Not Found</html>" }).retry).toEqual({ kind: "no" });
  });
});

describe("bodies that are not a vendor envelope never throw", () => {
  it("HTML maintenance page of a known vendor: unrecognized, with the catalog's text and advice", () => {
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
    expect(normalized.statusInfo).toEqual({ status: 503, text: "Service Unavailable", retry: "with-backoff" });
    // The long-form advice stays in the vendor's catalog.
    expect(describeStatus("commercetools", 503)?.meaning).toContain("OverCapacity");
  });

  it("empty 429 of BigCommerce (a real one had b'')", () => {
    const normalized = normalizeError(
      { status: 429, body: "", headers: { "X-Rate-Limit-Time-Reset-Ms": "1500" } },
      { vendor: "bigcommerce" },
    );
    expect(normalized).toMatchObject({
      vendor: "bigcommerce",
      envelope: "empty",
      message: "HTTP 429 Too Many Requests",
      retry: { kind: "with-backoff", afterMs: 1500 },
      raw: undefined,
    });
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
      // 418 says nothing about the kind of failure; a 4xx blames the request
      category: "unknown",
      blame: "client",
      expected: false,
      messageKey: "unknown",
      statusInfo: undefined,
      requestId: undefined,
      raw: { teapot: true },
    });
  });

  it("the host of the request URL names the vendor of an unrecognized body", () => {
    expect(
      normalizeError({ status: 404, body: "Not Found" }, { url: "https://api.us-central1.gcp.commercetools.com/p/products/x" }),
    ).toMatchObject({
      vendor: "commercetools",
      envelope: "unrecognized",
      statusInfo: { text: "Not Found" },
    });
  });

  it("a body of the wrong vendor, read as the given vendor's, is unrecognized", () => {
    expect(
      normalizeError({ status: 404, body: example("bigcommerce", "RestV2ErrorResponse", 0) }, { vendor: "elasticpath" }),
    ).toMatchObject({
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
    const hostile = hostileProxy(["get", "ownKeys"]);
    expect(() => normalizeError({ status: 500, body: hostile, headers: hostile as never })).not.toThrow();
    expect(normalizeError({ status: 500, body: hostile }).envelope).toBe("unrecognized");
  });
});

describe("ambiguity and options", () => {
  it("says which other vendors accept the body just as well", () => {
    const body = { errors: [{ title: "Not allowed", detail: "This action is not allowed.", code: "NOT_ALLOWED_YET", status: "403" }] };
    expect(normalizeError({ status: 403, body })).toMatchObject({ vendor: "commercelayer", ambiguousWith: ["elasticpath", "shopware"] });
    expect(normalizeError({ status: 403, body }, { vendor: "elasticpath" })).not.toHaveProperty("ambiguousWith");
    expect(normalizeError({ status: 403, body, headers: { "content-type": "application/vnd.api+json" } })).not.toHaveProperty(
      "ambiguousWith",
    );
  });

  it("a bare {message} ties Magento and Medusa; the caller's vendor reads it", () => {
    const body = example("magento", "WebapiErrorResponse", 5);
    expect(normalizeError({ status: 400, body })).toMatchObject({
      vendor: "magento",
      message: "Unable to save product",
      ambiguousWith: ["medusa"],
    });
    expect(normalizeError({ status: 400, body }, { vendor: "medusa" })).toMatchObject({
      vendor: "medusa",
      envelope: "MedusaMessageErrorResponse",
      message: "Unable to save product",
    });
  });

  it("an unknown vendor name is a programming error", () => {
    expect(() => normalizeError({ status: 400, body: {} }, { vendor: "vtex" as never })).toThrow(TypeError);
  });
});

describe("a vendor's source.pointer that is not a JSON Pointer", () => {
  /** A documented example whose first error's source.pointer is replaced. */
  function withPointer(vendor: "commercelayer" | "elasticpath", envelope: string, pointer: string) {
    const body = structuredClone(example(vendor, envelope, 0)) as { errors: { source?: unknown }[] };
    body.errors[0]!.source = { pointer };
    return body;
  }

  it.each([
    { vendor: "commercelayer", body: withPointer("commercelayer", "JsonApiErrorResponse", "quantity") },
    { vendor: "elasticpath", body: withPointer("elasticpath", "ElasticPathErrorResponse", "data name") },
  ] as const)("$vendor: kept as the field, not passed on as a pointer", ({ vendor, body }) => {
    const normalized = normalizeError({ status: 422, body }, { vendor });
    expect(normalized.envelope).not.toBe("unrecognized");
    const [detail] = normalized.details;
    expect(detail).not.toHaveProperty("pointer");
    expect(detail!.field).toBe((body.errors[0]!.source as { pointer: string }).pointer);
  });
});

describe("a Saleor batch reads every result as the single response it is", () => {
  it("a storefront-traffic refusal inside a batch keeps its details, pointing at its result", () => {
    const refused = example("saleor", "SaleorStorefrontTrafficErrorResponse", 0) as { errors: { message: string }[] };
    const failed = example("saleor", "SaleorGraphQLErrorResponse", 0);
    const normalized = normalizeError({ status: 200, body: [failed, refused] }, { vendor: "saleor" });
    expect(normalized.envelope).toBe("SaleorBatchedResponse");
    const ofRefused = normalized.details.filter((detail) => detail.item?.index === 1);
    expect(ofRefused.map((detail) => detail.message)).toEqual(refused.errors.map((error) => error.message));
  });
});
