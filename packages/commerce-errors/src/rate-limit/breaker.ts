// Which failures a circuit breaker should count: the vendor's side (5xx, 429, throttles) and the
// transport (timeouts, refused or dropped connections); not the caller's own mistakes (validation,
// not found, conflict, auth), which say nothing about the vendor's health.
import type { NormalizedError } from "../normalized-error.js";

/** fromError from the root entry or a commerce-errors/<vendor> entry. */
export type Normalize = (error: unknown) => NormalizedError;

export function countsAsFailureWith(normalize: Normalize, error: unknown): boolean {
  const normalized = normalize(error);
  if (normalized.envelope === "transport") return true;
  const status = normalized.status;
  if (status === undefined) return normalized.retry.kind === "with-backoff";
  if (status >= 500 || status === 429 || status === 408) return true;
  // GraphQL throttles and vendor-side codes arrive at 200 with retry advice.
  return status < 400 && normalized.retry.kind === "with-backoff";
}
