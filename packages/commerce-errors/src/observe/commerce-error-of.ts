// Finds the CommerceApiError an integration is about: the value itself, or one in its `cause` chain
// (an application that wraps it: `new Error("checkout failed", { cause })`). Never throws.
import { isCommerceApiError, type CommerceApiError } from "../errors/commerce-api-error.js";

const MAX_CAUSES = 5;

export function commerceErrorOf(value: unknown): CommerceApiError | undefined {
  let current = value;
  for (let depth = 0; depth <= MAX_CAUSES && current !== undefined && current !== null; depth++) {
    if (isCommerceApiError(current)) return current;
    try {
      current = typeof current === "object" ? (current as { cause?: unknown }).cause : undefined;
    } catch {
      return undefined; // a hostile getter
    }
  }
  return undefined;
}
