// Vendor error responses as the local server replays them: the schemas' examples with their status and vendor headers.
import { example } from "../fixtures.js";
import type { Reply } from "./vendor-server.js";

export const stripeNotFound: Reply = {
  status: 404,
  headers: { "request-id": "req_4fqXyXZ1vXKcW2" },
  body: example("stripe", "ApiErrorResponse", 0),
};

export const commercetoolsConflict: Reply = {
  status: 409,
  headers: { "x-correlation-id": "projects-demo-9f0e7c0c-4cd4-4b39-8b2f-6c1b1b0b7d11" },
  body: example("commercetools", "StandardErrorResponse", 0),
};

export const commerceLayerValidation: Reply = {
  status: 422,
  headers: { "content-type": "application/vnd.api+json", "x-request-id": "cl-7b1d0c1e" },
  body: example("commercelayer", "JsonApiErrorResponse", 1),
};

export const paypalInvalidRequest: Reply = {
  status: 400,
  headers: { "paypal-debug-id": "19687a87fb8fd" },
  body: example("paypal", "RestErrorResponse", 1),
};

export const medusaInsufficientInventory: Reply = { status: 400, body: example("medusa", "MedusaErrorResponse", 1) };

export const sfccBasketNotFound: Reply = {
  status: 404,
  headers: { "content-type": "application/problem+json" },
  body: example("sfcc", "ScapiProblemDetails", 0),
};

export const wooNotFound: Reply = { status: 404, body: example("woocommerce", "WpRestErrorResponse", 1) };

/**
 * THROTTLED at HTTP 200 with the cost data, as https://shopify.dev/docs/api/usage/limits#graphql-admin-api-rate-limits
 * shows it: wait (202 - 82) / 100 s = 1.2 s.
 */
export const shopifyThrottled: Reply = {
  status: 200,
  headers: { "x-request-id": "0b0d5a5e-7c1c-4d5b-9d1e-1b2c3d4e5f60" },
  body: {
    errors: [
      { message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/limits#rate-limits" } },
    ],
    extensions: {
      cost: {
        requestedQueryCost: 202,
        actualQueryCost: null,
        throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 82, restoreRate: 100 },
      },
    },
  },
};

export const shopifyPaymentRequired: Reply = {
  status: 402,
  headers: { "x-request-id": "5e5b3288-b9fd-49d9-adcc-8907a88fe755" },
  body: example("shopify", "RestErrorsResponse", 4),
};

// The eight vendors added later: each body is an example of schemas/<vendor>/, whose fixtures cite its public source.

/** Adyen's ServiceError with its PSP reference header (schemas/adyen/fixtures/checkout-invalid-card-number-422.json). */
export const adyenInvalidCardNumber: Reply = {
  status: 422,
  headers: { pspreference: "881585609039675K" },
  body: example("adyen", "AdyenServiceError", 0),
};

/** The Management API's problem details (schemas/adyen/fixtures/management-invalid-user-422.json). */
export const adyenInvalidUser: Reply = {
  status: 422,
  headers: { "content-type": "application/problem+json" },
  body: example("adyen", "AdyenProblemResponse", 0),
};

/** A refusal is a payment result at HTTP 200 (schemas/adyen/fixtures/payment-refused-cvc-declined-200.json). */
export const adyenRefused: Reply = { status: 200, body: example("adyen", "AdyenPaymentRefusal", 0) };

export const squarePanFailure: Reply = { status: 400, body: example("square", "SquareErrorResponse", 2) };

/**
 * The gateway's XML for the validation failure of schemas/braintree/fixtures/transaction-sale-cannot-determine-payment-method.json
 * (HTTP 422), in the api-error-response form of braintree_node's own
 * https://github.com/braintree/braintree_node/blob/master/lib/braintree/webhook_testing_gateway.js
 * (errors by resource, each an `errors type="array"` of code, attribute, message; then params and message).
 */
export const braintreeCannotDeterminePaymentMethod: Reply = {
  status: 422,
  headers: { "content-type": "application/xml; charset=utf-8" },
  body: [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<api-error-response>",
    "  <errors>",
    '    <errors type="array"/>',
    "    <transaction>",
    '      <errors type="array">',
    "        <error>",
    "          <code>91508</code>",
    '          <attribute type="symbol">base</attribute>',
    "          <message>Cannot determine payment method.</message>",
    "        </error>",
    "      </errors>",
    "    </transaction>",
    "  </errors>",
    "  <params>",
    "    <transaction>",
    "      <amount>1.00</amount>",
    "      <type>sale</type>",
    "    </transaction>",
    "  </params>",
    "  <message>Cannot determine payment method.</message>",
    "</api-error-response>",
    "",
  ].join("\n"),
};

export const checkoutUrlRequired: Reply = {
  status: 422,
  headers: { "cko-request-id": "0HLULE6FQN9M3:00000F03" },
  body: example("checkoutcom", "CheckoutComErrorResponse", 0),
};

export const amazonInvalidInput: Reply = {
  status: 400,
  headers: { "x-amzn-requestid": "5b0ae4a7-6b3f-4a4f-9d0c-2f6c1e0b7a11" },
  body: example("amazonsp", "SpApiErrorResponse", 0),
};

export const amazonQuotaExceeded: Reply = {
  status: 429,
  headers: { "x-amzn-requestid": "0c4c3e2a-8f1b-4d7e-a1c9-6b2d5e8f9a30", "x-amzn-ratelimit-limit": "0.0167" },
  body: example("amazonsp", "SpApiErrorResponse", 3),
};

export const shopwareMissingPrivilege: Reply = { status: 403, body: example("shopware", "ShopwareErrorResponse", 0) };

/** The Store API answers a cart call with HTTP 200 and the cart, its errors keyed by id (schemas/shopware/fixtures/store-cart-promotion-not-found-200.json). */
export const shopwareCartPromotionNotFound: Reply = {
  status: 200,
  body: { apiAlias: "cart", ...(example("shopware", "ShopwareCartErrorsResponse", 0) as object) },
};

/** Vendure answers GraphQL at HTTP 200: a top-level error (schemas/vendure/fixtures/me-forbidden.json) ... */
export const vendureForbidden: Reply = { status: 200, body: example("vendure", "VendureGraphQLErrorResponse", 0) };

/** ... or an ErrorResult union member in data (schemas/vendure/fixtures/apply-coupon-code-limit-error-result.json). */
export const vendureCouponLimit: Reply = { status: 200, body: example("vendure", "VendureErrorResultResponse", 0) };
