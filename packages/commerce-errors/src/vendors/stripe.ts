// Stripe: {error: {type, code?, message?, param?, ...}} of the v1 and v2 APIs, the v2 {error: {code}}
// without a type, and Connect OAuth's {error, error_description}. The request id is the Request-Id header.
import {
  envelopeNames,
  errorCategories,
  knownApiErrorCode,
  knownApiErrorType,
  matchErrorEnvelope,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/stripe/core";
import type { ApiError, ApiErrorResponse, OAuthErrorResponse, V2CodeError, V2CodeErrorResponse } from "@commerce-errors/stripe";
import { headerValue } from "../http/headers.js";
import { pointerFromBracketPath } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import type { RetryHint } from "../normalize/retry.js";
import { defineVendorAdapter, type VendorReading, type VendorVocabulary } from "./adapter.js";
import { readOAuthError } from "./oauth.js";

type Envelopes = {
  ApiErrorResponse: ApiErrorResponse;
  OAuthErrorResponse: OAuthErrorResponse;
  V2CodeErrorResponse: V2CodeErrorResponse;
};

const errorTypes = /* @__PURE__ */ new Set(knownApiErrorType);
const errorCodes = /* @__PURE__ */ new Set(knownApiErrorCode);

/** Rate limits (a 400 with code rate_limit before API version 2015-09-18) and a locked object: wait and retry. */
const backoffTypes: ReadonlySet<string> = new Set(["rate_limit_error", "rate_limit"]);
const backoffCodes: ReadonlySet<string> = new Set(["rate_limit", "lock_timeout", "idempotency_key_in_use"]);

const stripeUrl = /^https:\/\/([a-z0-9-]+\.)*stripe\.com\//;

/** The v2 code-only error is the v1 error object without `type`. */
type StripeError = ApiError | V2CodeError;

function typeOf(error: StripeError): string | undefined {
  return "type" in error ? error.type : undefined;
}

/** `error.code ?? error.type`: the specific code when there is one, else the error's category. */
function codeOf(error: StripeError): string | undefined {
  return error.code ?? typeOf(error);
}

/** The dashboard log URL ends in the request id (`.../logs/req_...`); the same id as the Request-Id header. */
function requestIdOf(error: StripeError): string | undefined {
  const url = error.request_log_url;
  return url ? (/\breq_[A-Za-z0-9]+/.exec(url)?.[0] ?? url) : undefined;
}

/** `param` (`line_items[0][price]`) is the request parameter at fault; a card decline carries the issuer's reason. */
function errorDetails(error: StripeError): ErrorDetail[] {
  const code = codeOf(error);
  const message = error.message ?? error.user_message ?? code ?? "";
  const param = error.param ?? error.invalid_param;
  return [
    ...(param ? [{ code, message, pointer: pointerFromBracketPath(param), field: param }] : []),
    ...(error.decline_code ? [{ code: error.decline_code, message }] : []),
  ];
}

function retryHint(error: StripeError): RetryHint | undefined {
  const type = typeOf(error);
  const backoff =
    (type !== undefined && backoffTypes.has(type)) ||
    (error.code !== undefined && backoffCodes.has(error.code)) ||
    error.advice_code === "try_again_later";
  return backoff ? { kind: "with-backoff" } : undefined;
}

function readError(error: StripeError): VendorReading {
  return {
    code: codeOf(error),
    message: error.message ?? error.user_message,
    details: errorDetails(error),
    requestId: requestIdOf(error),
    retry: retryHint(error),
  };
}

function vocabulary(error: StripeError): string[] {
  const type = typeOf(error);
  return [
    ...(type !== undefined && errorTypes.has(type) ? [`documented Stripe error type ${type}`] : []),
    ...(error.code !== undefined && errorCodes.has(error.code) ? [`documented Stripe error code ${error.code}`] : []),
    ...([error.doc_url, error.request_log_url].some((url) => url !== undefined && stripeUrl.test(url))
      ? ["doc_url or request_log_url on stripe.com"]
      : []),
    ...(error.decline_code !== undefined ? ["decline_code (Stripe card error)"] : []),
  ];
}

export const stripe = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    ApiErrorResponse: ({ error }) => readError(error),
    OAuthErrorResponse: readOAuthError,
    V2CodeErrorResponse: ({ error }) => readError(error),
  },
  {
    // stripe-node: the header, when present, decides whether a retry can succeed.
    serverRetryAdvice: (headers) => {
      const value = headerValue(headers, "stripe-should-retry")?.trim().toLowerCase();
      return value === "true" ? true : value === "false" ? false : undefined;
    },
  },
);

/** What marks a response as stripe's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const stripeVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    ApiErrorResponse: ({ error }) => vocabulary(error),
    V2CodeErrorResponse: ({ error }) => vocabulary(error),
  },
};
