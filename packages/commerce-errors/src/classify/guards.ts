// Guards on the category of a normalized error (a CommerceApiError, its toJSON(), a NormalizedError).
// They read the `category` field only, so they bundle no vendor data and never throw.
import type { ErrorCategory } from "@commerce-errors/runtime";
import type { NormalizedError } from "../normalized-error.js";

export type ErrorOfCategory<Category extends ErrorCategory> = NormalizedError & { category: Category };

function categoryOf(value: unknown): unknown {
  try {
    return typeof value === "object" && value !== null ? (value as { category?: unknown }).category : undefined;
  } catch {
    return undefined; // a hostile getter is no error of ours
  }
}

const guard =
  <Category extends ErrorCategory>(category: Category) =>
  (value: unknown): value is ErrorOfCategory<Category> =>
    categoryOf(value) === category;

export const isAuthenticationError = /* @__PURE__ */ guard("authentication");
export const isPermissionDenied = /* @__PURE__ */ guard("permission");
export const isNotFound = /* @__PURE__ */ guard("not-found");
export const isValidation = /* @__PURE__ */ guard("validation");
export const isConflict = /* @__PURE__ */ guard("conflict");
export const isRateLimited = /* @__PURE__ */ guard("rate-limit");
export const isPaymentDeclined = /* @__PURE__ */ guard("payment-declined");
export const isOutOfStock = /* @__PURE__ */ guard("out-of-stock");
export const isIdempotencyError = /* @__PURE__ */ guard("idempotency");
export const isServerError = /* @__PURE__ */ guard("server");
export const isUnavailable = /* @__PURE__ */ guard("unavailable");
export const isTransportError = /* @__PURE__ */ guard("transport");

/** A business outcome (a decline, a validation error, stock), not an incident: `expected: true`. */
export function isExpectedError(value: unknown): value is NormalizedError & { expected: true } {
  try {
    return typeof value === "object" && value !== null && (value as { expected?: unknown }).expected === true;
  } catch {
    return false;
  }
}
