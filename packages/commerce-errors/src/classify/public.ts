// What every entry exports about classification: the guards and their types.
export {
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
  type ErrorOfCategory,
} from "./guards.js";
export type { ErrorBlame, ErrorCategory } from "./classify.js";
