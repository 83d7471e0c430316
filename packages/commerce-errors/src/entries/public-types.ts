// The types every entry exports.
export type { VendorCandidate } from "../detect/detect-vendor.js";
export type { DetectionHints } from "../detect/hint-evidence.js";
export type { AssertOkOptions } from "../errors/assert-ok.js";
export type { FromErrorOptions } from "../from-error/from-error.js";
export type { TransportReason } from "../from-error/transport.js";
export type { ErrorInput, NormalizeOptions } from "../normalize/normalize-error.js";
export type { RetryDecision } from "../normalize/retry.js";
export type { ErrorDetail, NormalizedError } from "../normalized-error.js";
export type { KyLike, KyResponseLike, KyRetryOptions, OfetchRetryContext, RetryLibraryOptions } from "../retry/integrations.js";
export type { RetryOnConflictOptions } from "../retry/retry-on-conflict.js";
export type { BackoffOptions, RetryRequest } from "../retry/retry-policy.js";
export type { HeadersLike } from "../http/headers.js";
export type { FetchResponseLike, StatusSummary, UnrecognizedReason } from "@commerce-errors/runtime";
export type { EnvelopeName, VendorName } from "../generated/vendor-names.js";
