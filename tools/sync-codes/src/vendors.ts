// The vendors whose npm packages carry machine-readable error definitions (see the root README).
import type { VendorSource } from "./vendor-source.js";

const COMMERCETOOLS_MODELS = "dist/declarations/src/generated/models";

export const VENDOR_SOURCES: VendorSource[] = [
  {
    vendor: "commercetools",
    package: "@commercetools/platform-sdk",
    errorUnions: [
      {
        declarations: `${COMMERCETOOLS_MODELS}/error.d.ts`,
        union: "ErrorObject",
        schema: "error-response",
        definition: "ErrorObject",
        typeNames: [
          [/KeyReference$/, "KeyReference"],
          [/ResourceIdentifier$/, "ResourceIdentifier"],
          [/Reference$/, "Reference"],
          [/^PriceDraft$/, "Price"],
        ],
      },
    ],
    envelopes: {
      declarations: `${COMMERCETOOLS_MODELS}/error.d.ts`,
      union: "_ErrorResponse",
      titles: { ErrorResponse: "StandardErrorResponse" },
    },
  },
  {
    vendor: "stripe",
    package: "stripe",
    codeLists: [
      { label: "code", declarations: "esm/resources/PaymentIntents.d.ts", types: ["PaymentIntent.LastPaymentError.Code"], schema: "api-error", pointer: "/definitions/ApiError/properties/code" },
      { label: "type", declarations: "esm/resources/PaymentIntents.d.ts", types: ["PaymentIntent.LastPaymentError.Type"], schema: "api-error", pointer: "/definitions/ApiError/properties/type" },
    ],
  },
  {
    vendor: "paypal",
    package: "@paypal/paypal-server-sdk",
    codeLists: [
      { label: "OAuth error", declarations: "dist/esm/types/models/oAuthProviderError.d.ts", types: ["OAuthProviderError"], schema: "oauth-error", pointer: "/properties/error" },
    ],
  },
];
