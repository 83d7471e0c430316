/**
 * commerce-errors: one error shape for every vendor of schemas/ (`vendorNames`). Detect the vendor
 * of an error body, normalize it, throw it; the vendor packages do the validating.
 */
export type { VendorCandidate } from "./detect/detect-vendor.js";
export type { DetectionHints } from "./detect/hint-evidence.js";
export type { ErrorInput, NormalizeOptions } from "./normalize/normalize-error.js";
export type { ErrorDetail, NormalizedError } from "./normalized-error.js";
export type { RetryDecision } from "./normalize/retry.js";
export { CommerceApiError, isCommerceApiError } from "./errors/commerce-api-error.js";
export * from "./classify/public.js";
export type { AssertOkOptions } from "./errors/assert-ok.js";
export { vendorNames, type EnvelopeName, type VendorName } from "./generated/vendor-names.js";
export type { HeadersLike } from "./http/headers.js";
export type { FetchResponseLike, StatusSummary, UnrecognizedReason } from "@commerce-errors/runtime";
export {
  normalizeError,
  detectVendor,
  assertOk,
  fromError,
  fromErrorAsync,
  shouldRetry,
  retryDelayMs,
  retryOnConflict,
  pRetryOptions,
  axiosRetryOptions,
  gotRetryOptions,
  ofetchRetryOptions,
  kyRetryOptions,
} from "./entries/all-vendors.js";
export { backoffMs } from "./retry/retry-policy.js";
export type { FromErrorOptions } from "./from-error/from-error.js";
export type { TransportReason } from "./from-error/transport.js";
export type { KyLike, KyResponseLike, KyRetryOptions, OfetchRetryContext, RetryLibraryOptions } from "./retry/integrations.js";
export type { RetryOnConflictOptions } from "./retry/retry-on-conflict.js";
export type { BackoffOptions, RetryRequest } from "./retry/retry-policy.js";
