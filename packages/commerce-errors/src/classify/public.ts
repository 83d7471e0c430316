// What every entry exports about classification: the guards and their types.

export type { ErrorBlame, ErrorCategory } from "./classify.js";
export {
  type ErrorOfCategory,
  isAuthenticationError,
  isConflict,
  isExpectedError,
  isIdempotencyError,
  isNotFound,
  isOutOfStock,
  isPaymentDeclined,
  isPermissionDenied,
  isRateLimited,
  isServerError,
  isTransportError,
  isUnavailable,
  isValidation,
} from "./guards.js";
