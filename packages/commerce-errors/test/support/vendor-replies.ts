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
