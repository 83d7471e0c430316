// Category, blame, expected and the shopper message key of normalized errors, from each vendor's
// data (schemas/<vendor>/categories.json). Bodies are the vendors' documented examples.
import { describe, expect, it } from "vitest";
import {
  CommerceApiError,
  fromError,
  isConflict,
  isExpectedError,
  isNotFound,
  isOutOfStock,
  isPaymentDeclined,
  isRateLimited,
  isValidation,
  normalizeError,
  type ErrorInput,
  type NormalizeOptions,
} from "../../src/index.js";
import { fromError as fromStripeError } from "../../src/entries/stripe.js";

const cases: { name: string; input: ErrorInput; options?: NormalizeOptions; want: Record<string, unknown> }[] = [
  {
    name: "Stripe 402 card_declined with the issuer's insufficient_funds: a declined payment, the decline code's message",
    input: {
      status: 402,
      body: {
        error: {
          type: "card_error",
          code: "card_declined",
          decline_code: "insufficient_funds",
          message: "Your card has insufficient funds.",
        },
      },
    },
    want: { vendor: "stripe", category: "payment-declined", blame: "client", expected: true, messageKey: "insufficient-funds" },
  },
  {
    name: "Stripe 402 with a code Stripe does not document yet: its status decides",
    input: { status: 402, body: { error: { type: "card_error", code: "brand_new_decline", message: "Declined." } } },
    want: { category: "payment-declined", expected: true, messageKey: "payment-declined" },
  },
  {
    name: "Stripe 400 parameter_missing: validation by its documented status",
    input: {
      status: 400,
      body: { error: { type: "invalid_request_error", code: "parameter_missing", message: "Missing required param: amount." } },
    },
    want: { category: "validation", blame: "client", expected: true },
  },
  {
    name: "Stripe 409 idempotency_key_in_use",
    input: {
      status: 409,
      body: {
        error: {
          type: "idempotency_error",
          code: "idempotency_key_in_use",
          message: "There is currently another in-progress request using this Stripe-Idempotency-Key.",
        },
      },
    },
    want: { category: "idempotency", blame: "client", expected: false },
  },
  {
    name: "commercetools 409 ConcurrentModification",
    input: {
      status: 409,
      body: {
        statusCode: 409,
        message: "Version mismatch.",
        errors: [{ code: "ConcurrentModification", message: "Version mismatch.", currentVersion: 2 }],
      },
    },
    want: { vendor: "commercetools", category: "conflict", expected: true },
  },
  {
    name: "commercetools 400 with InvalidInput and OutOfStock: the more specific outcome wins",
    input: {
      status: 400,
      body: {
        statusCode: 400,
        message: "x",
        errors: [
          { code: "InvalidInput", message: "x" },
          { code: "OutOfStock", message: "y", lineItems: ["li"], skus: ["sku"] },
        ],
      },
    },
    want: { category: "out-of-stock", expected: true, messageKey: "out-of-stock" },
  },
  {
    name: "commercetools 401 invalid_token: the application's bug, not an expected outcome",
    input: {
      status: 401,
      body: {
        statusCode: 401,
        message: "invalid_token",
        errors: [{ code: "invalid_token", message: "invalid_token" }],
        error: "invalid_token",
      },
    },
    want: { category: "authentication", blame: "client", expected: false, messageKey: "authentication" },
  },
  {
    name: "Shopify THROTTLED at HTTP 200",
    input: { status: 200, body: { errors: [{ message: "Throttled", extensions: { code: "THROTTLED" } }] } },
    want: { vendor: "shopify", category: "rate-limit", expected: false },
  },
  {
    name: "PayPal 422 UNPROCESSABLE_ENTITY whose issue is INSTRUMENT_DECLINED",
    input: {
      status: 422,
      body: {
        name: "UNPROCESSABLE_ENTITY",
        message: "The requested action could not be performed, semantically incorrect, or failed business validation.",
        debug_id: "b1d1f06c7246c",
        details: [
          {
            issue: "INSTRUMENT_DECLINED",
            description: "The instrument presented  was either declined by the processor or bank, or it can't be used for this payment.",
          },
        ],
      },
    },
    want: { vendor: "paypal", category: "payment-declined", expected: true, messageKey: "card-declined" },
  },
  {
    name: "SFCC SCAPI 404 basket-not-found",
    input: {
      status: 404,
      body: {
        title: "Basket Not Found",
        type: "https://api.commercecloud.salesforce.com/documentation/error/v1/errors/basket-not-found",
        detail: "No basket with ID 'abc' could be found.",
      },
    },
    want: { vendor: "sfcc", code: "basket-not-found", category: "not-found", expected: true },
  },
  {
    name: "Saleor INSUFFICIENT_STOCK in a mutation's errors at HTTP 200",
    input: {
      status: 200,
      body: { data: { checkoutLinesAdd: { errors: [{ field: "quantity", message: "Insufficient stock", code: "INSUFFICIENT_STOCK" }] } } },
    },
    options: { vendor: "saleor" },
    want: { category: "out-of-stock", messageKey: "out-of-stock" },
  },
  {
    name: "Saleor REQUIRED in a mutation's errors at HTTP 200: the envelope says validation",
    input: {
      status: 200,
      body: { data: { accountRegister: { errors: [{ field: "email", message: "This field is required.", code: "REQUIRED" }] } } },
    },
    options: { vendor: "saleor" },
    want: { category: "validation", expected: true },
  },
  {
    name: "an HTML 503 of a proxy: unavailable, the vendor's side",
    input: { status: 503, body: "<html>Service Unavailable</html>" },
    options: { vendor: "commercetools" },
    want: { envelope: "unrecognized", category: "unavailable", blame: "vendor", expected: false },
  },
  {
    name: "Shopify 402: a frozen shop is unavailable, not a declined payment (the vendor's status data)",
    input: { status: 402, body: { errors: "Unavailable Shop" } },
    options: { vendor: "shopify" },
    want: { category: "unavailable", blame: "vendor" },
  },
  {
    name: "a 418 nobody documents: unknown, and a 4xx blames the request",
    input: { status: 418, body: '{"teapot":true}' },
    want: { category: "unknown", blame: "client", expected: false, messageKey: "unknown" },
  },
];

describe("classification of normalized errors", () => {
  it.each(cases)("$name", ({ input, options, want }) => {
    expect(normalizeError(input, options)).toMatchObject(want);
  });

  it("a transport failure is the network's; an abort is the caller's own choice", () => {
    const refused = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
    });
    expect(fromError(refused)).toMatchObject({ envelope: "transport", category: "transport", blame: "network", expected: false });
    const aborted = new DOMException("This operation was aborted", "AbortError");
    expect(fromError(aborted)).toMatchObject({
      envelope: "transport",
      reason: "abort",
      category: "transport",
      blame: "client",
      expected: true,
    });
  });

  it("a gateway's problem+json in front of a vendor is read as problem details", () => {
    const problem = {
      type: "https://gateway.example/problems/upstream-timeout",
      title: "Upstream timeout",
      status: 504,
      detail: "Stripe did not answer in 10 s.",
    };
    expect(fromStripeError({ status: 504, body: problem })).toMatchObject({
      vendor: "stripe",
      envelope: "unrecognized",
      code: "upstream-timeout",
      message: "Stripe did not answer in 10 s.",
      category: "unavailable",
    });
  });

  it("a vendor entry classifies with its own vendor's data", () => {
    const error = fromStripeError({
      status: 402,
      body: { error: { type: "card_error", code: "expired_card", message: "Your card has expired." } },
    });
    expect(error).toMatchObject({ vendor: "stripe", category: "payment-declined", messageKey: "card-expired" });
  });
});

describe("guards", () => {
  const declined = fromError({
    status: 402,
    body: { error: { type: "card_error", code: "card_declined", message: "Your card was declined." } },
  });
  const throttled = fromError({ status: 429, body: { error: { type: "rate_limit_error", message: "Too many requests." } } });
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error("hostile");
      },
    },
  );
  const table: { name: string; guard: (value: unknown) => boolean; given: unknown; want: boolean }[] = [
    { name: "isPaymentDeclined(a decline)", guard: isPaymentDeclined, given: declined, want: true },
    { name: "isPaymentDeclined(its toJSON())", guard: isPaymentDeclined, given: declined.toJSON(), want: true },
    { name: "isPaymentDeclined(a 429)", guard: isPaymentDeclined, given: throttled, want: false },
    { name: "isRateLimited(a 429)", guard: isRateLimited, given: throttled, want: true },
    { name: "isConflict(a decline)", guard: isConflict, given: declined, want: false },
    { name: "isValidation({category})", guard: isValidation, given: { category: "validation" }, want: true },
    { name: "isNotFound(a string)", guard: isNotFound, given: "not-found", want: false },
    { name: "isOutOfStock(null)", guard: isOutOfStock, given: null, want: false },
    { name: "isExpectedError(a decline)", guard: isExpectedError, given: declined, want: true },
    { name: "isExpectedError(a 429)", guard: isExpectedError, given: throttled, want: false },
    { name: "isRateLimited(a hostile proxy)", guard: isRateLimited, given: hostile, want: false },
  ];
  it.each(table)("$name is $want", ({ guard, given, want }) => {
    expect(guard(given)).toBe(want);
  });
});

describe("CommerceApiError carries the classification", () => {
  it("through toJSON and fromJSON", () => {
    const error = fromError({ status: 402, body: { error: { type: "card_error", code: "card_declined", message: "Declined." } } });
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toMatchObject({ category: "payment-declined", blame: "client", expected: true, messageKey: "card-declined" });
    expect(CommerceApiError.fromJSON(json)).toMatchObject({
      category: "payment-declined",
      blame: "client",
      expected: true,
      messageKey: "card-declined",
    });
  });

  it("JSON of a version without classification is classified by its status", () => {
    const old = {
      vendor: "stripe",
      status: 503,
      envelope: "unrecognized",
      code: undefined,
      message: "HTTP 503",
      details: [],
      retry: { kind: "with-backoff" },
    };
    expect(CommerceApiError.fromJSON(old)).toMatchObject({
      category: "unavailable",
      blame: "vendor",
      expected: false,
      messageKey: "unavailable",
    });
  });
});
