// A throwable NormalizedError: `instanceof CommerceApiError` in a catch, every normalized field on it.
import type { ErrorDetail, NormalizedError } from "../normalized-error.js";
import type { RetryDecision } from "../normalize/retry.js";
import type { StatusCodeInfo, UnrecognizedReason } from "../vendor-runtime.js";
import type { EnvelopeName, VendorName } from "../vendors/registry.js";

export class CommerceApiError extends Error implements NormalizedError {
  readonly vendor: VendorName | undefined;
  readonly status: number;
  readonly envelope: EnvelopeName | "unrecognized" | "empty";
  readonly reason?: UnrecognizedReason;
  readonly code: string | undefined;
  readonly details: ErrorDetail[];
  readonly retry: RetryDecision;
  readonly statusInfo: StatusCodeInfo | undefined;
  readonly requestId: string | undefined;
  readonly ambiguousWith?: VendorName[];
  readonly raw: unknown;

  /** `message` is the normalized message; pass what went wrong underneath (a Response, an SDK error) as `cause`. */
  constructor(normalized: NormalizedError, options?: { cause?: unknown }) {
    super(normalized.message, options);
    this.name = "CommerceApiError";
    // Runtimes before ES2022 ignore the options argument.
    if (options && "cause" in options && this.cause === undefined) this.cause = options.cause;
    this.vendor = normalized.vendor;
    this.status = normalized.status;
    this.envelope = normalized.envelope;
    if (normalized.reason !== undefined) this.reason = normalized.reason;
    this.code = normalized.code;
    this.details = normalized.details;
    this.retry = normalized.retry;
    this.statusInfo = normalized.statusInfo;
    this.requestId = normalized.requestId;
    if (normalized.ambiguousWith !== undefined) this.ambiguousWith = normalized.ambiguousWith;
    this.raw = normalized.raw;
  }

  /** The NormalizedError again, e.g. for structured logs (`JSON.stringify(error)`). */
  toJSON(): NormalizedError {
    return {
      vendor: this.vendor,
      status: this.status,
      envelope: this.envelope,
      ...(this.reason !== undefined && { reason: this.reason }),
      code: this.code,
      message: this.message,
      details: this.details,
      retry: this.retry,
      statusInfo: this.statusInfo,
      requestId: this.requestId,
      ...(this.ambiguousWith !== undefined && { ambiguousWith: this.ambiguousWith }),
      raw: this.raw,
    };
  }
}
