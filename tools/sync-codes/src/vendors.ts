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
      {
        label: "code",
        declarations: "esm/resources/PaymentIntents.d.ts",
        types: ["PaymentIntent.LastPaymentError.Code"],
        schema: "api-error",
        pointer: "/definitions/ApiError/properties/code",
      },
      // The v2 code-only error carries the same codes (its schema says so).
      {
        label: "code",
        declarations: "esm/resources/PaymentIntents.d.ts",
        types: ["PaymentIntent.LastPaymentError.Code"],
        schema: "v2-code-error",
        pointer: "/definitions/V2CodeError/properties/code",
      },
      {
        label: "type",
        declarations: "esm/resources/PaymentIntents.d.ts",
        types: ["PaymentIntent.LastPaymentError.Type"],
        schema: "api-error",
        pointer: "/definitions/ApiError/properties/type",
      },
    ],
  },
  {
    vendor: "paypal",
    package: "@paypal/paypal-server-sdk",
    codeLists: [
      {
        label: "OAuth error",
        declarations: "dist/esm/types/models/oAuthProviderError.d.ts",
        types: ["OAuthProviderError"],
        schema: "oauth-error",
        pointer: "/properties/error",
      },
    ],
  },
  {
    vendor: "adyen",
    package: "@adyen/api-library",
    // The refusal envelope's resultCode is closed: of the result codes, only Refused and Error are errors
    // (Authorised, Pending, ... must not match). errorCode, errorType and refusalReasonCode are typed string.
    codeLists: [
      {
        label: "Checkout resultCode",
        declarations: "lib/src/typings/checkout/paymentResponse.d.ts",
        types: ["PaymentResponse.ResultCodeEnum"],
        schema: "payment-refusal",
        pointer: "/properties/resultCode",
        subset: true,
      },
      {
        label: "classic Payments resultCode",
        declarations: "lib/src/typings/payment/paymentResult.d.ts",
        types: ["PaymentResult.ResultCodeEnum"],
        schema: "payment-refusal",
        pointer: "/properties/resultCode",
        subset: true,
      },
    ],
  },
  {
    vendor: "braintree",
    package: "braintree",
    codeLists: [
      {
        label: "validation code",
        // Plain JavaScript without declarations: the class's static objects, by resource, of name -> code.
        module: "lib/braintree/validation_error_codes.js",
        exportPath: "ValidationErrorCodes",
        schema: "error-result",
        pointer: "/definitions/BraintreeValidationError/properties/code",
      },
    ],
  },
  {
    vendor: "saleor",
    package: "@saleor/sdk",
    codeLists: [
      {
        label: "code",
        declarations: "dist/apollo/types.d.ts",
        // The six enums the schema lists (its description says which); other codes pass as open strings.
        types: ["AccountErrorCode", "CheckoutErrorCode", "OrderErrorCode", "ProductErrorCode", "PaymentErrorCode", "DiscountErrorCode"],
        schema: "mutation-errors",
        pointer: "/definitions/SaleorMutationError/properties/code",
      },
    ],
  },
  {
    vendor: "shopify",
    package: "@shopify/hydrogen-react",
    codeLists: [
      {
        label: "code",
        declarations: "dist/types/storefront-api-types.d.ts",
        // The Storefront API enum the schema lists (its description says which); other codes pass as open strings.
        types: ["CustomerErrorCode"],
        schema: "graphql-user-errors",
        pointer: "/definitions/UserError/properties/code",
      },
    ],
  },
  {
    vendor: "square",
    package: "square",
    codeLists: [
      {
        label: "ErrorCategory value",
        declarations: "api/types/ErrorCategory.d.ts",
        types: ["ErrorCategory"],
        schema: "errors",
        pointer: "/definitions/SquareError/properties/category",
      },
      {
        label: "code",
        declarations: "api/types/ErrorCode.d.ts",
        types: ["ErrorCode"],
        schema: "errors",
        pointer: "/definitions/SquareError/properties/code",
      },
    ],
  },
  {
    vendor: "vendure",
    package: "@vendure/common",
    // The Shop API and the Admin API each declare an ErrorCode enum; the schema lists both.
    codeLists: [
      {
        label: "Shop API ErrorCode",
        declarations: "lib/generated-shop-types.d.ts",
        types: ["ErrorCode"],
        schema: "error-result",
        pointer: "/definitions/ErrorResult/properties/errorCode",
      },
      {
        label: "Admin API ErrorCode",
        declarations: "lib/generated-types.d.ts",
        types: ["ErrorCode"],
        schema: "error-result",
        pointer: "/definitions/ErrorResult/properties/errorCode",
      },
    ],
  },
];
