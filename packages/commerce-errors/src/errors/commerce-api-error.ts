// A throwable NormalizedError: `instanceof CommerceApiError` in a catch, every normalized field on it.
import type { ErrorDetail, NormalizedError } from "../normalized-error.js";
import type { RetryDecision } from "../normalize/retry.js";
import type { TransportReason } from "../from-error/transport.js";
import type { StatusSummary, UnrecognizedReason } from "../vendor-runtime.js";
import type { EnvelopeName, VendorName } from "../vendors/registry.js";
import { redactText, redactValue } from "./redact.js";

/** Shared by every copy of this package in a process (duplicate installs, bundles), unlike the class itself. */
const brand = Symbol.for("commerce-errors.CommerceApiError");

/** True for a CommerceApiError from any copy of commerce-errors; works where `instanceof` cannot. */
export function isCommerceApiError(value: unknown): value is CommerceApiError {
  try {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
  } catch {
    // a hostile proxy is not one of ours
    return false;
  }
}

export class CommerceApiError extends Error implements NormalizedError {
  readonly vendor: VendorName | undefined;
  readonly status: number | undefined;
  readonly envelope: EnvelopeName | "unrecognized" | "empty" | "transport";
  readonly reason?: UnrecognizedReason | TransportReason;
  readonly code: string | undefined;
  readonly details: ErrorDetail[];
  readonly retry: RetryDecision;
  readonly statusInfo: StatusSummary | undefined;
  readonly requestId: string | undefined;
  readonly ambiguousWith?: VendorName[];
  /** The body as received (not redacted); `toJSON()` redacts it. */
  readonly raw: unknown;

  /**
   * `message` is the normalized message with credentials redacted; pass what went wrong
   * underneath (a Response, an SDK error) as `cause`, kept as is.
   */
  constructor(normalized: NormalizedError, options?: { cause?: unknown }) {
    super(redactText(normalized.message), options);
    this.name = "CommerceApiError";
    Object.defineProperty(this, brand, { value: true });
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

  /** `instanceof` answers for copies of this class from other installs of the package too. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isCommerceApiError(value);
  }

  /**
   * Restores an error from its `toJSON()` (or that JSON's text), e.g. after a server action or a
   * queue. The `cause` does not travel; anything that is not a serialized CommerceApiError throws a TypeError.
   */
  static fromJSON(json: unknown): CommerceApiError {
    const value: unknown = typeof json === "string" ? JSON.parse(json) : json;
    const data = value as Partial<NormalizedError> | null;
    if (
      typeof data !== "object" ||
      data === null ||
      typeof data.message !== "string" ||
      typeof data.envelope !== "string" ||
      !Array.isArray(data.details) ||
      typeof data.retry?.kind !== "string"
    ) {
      throw new TypeError("CommerceApiError.fromJSON: expected the output of CommerceApiError#toJSON()");
    }
    return new CommerceApiError({
      vendor: data.vendor,
      status: typeof data.status === "number" ? data.status : undefined,
      envelope: data.envelope,
      ...(data.reason !== undefined && { reason: data.reason }),
      code: data.code,
      message: data.message,
      details: data.details,
      retry: data.retry,
      statusInfo: data.statusInfo,
      requestId: data.requestId,
      ...(data.ambiguousWith !== undefined && { ambiguousWith: data.ambiguousWith }),
      raw: data.raw,
    });
  }

  /** The NormalizedError again, credentials redacted, e.g. for structured logs (`JSON.stringify(error)`). */
  toJSON(): NormalizedError {
    return {
      vendor: this.vendor,
      status: this.status,
      envelope: this.envelope,
      ...(this.reason !== undefined && { reason: this.reason }),
      code: this.code,
      message: this.message,
      details: redactValue(this.details) as ErrorDetail[],
      retry: this.retry,
      statusInfo: this.statusInfo,
      requestId: this.requestId,
      ...(this.ambiguousWith !== undefined && { ambiguousWith: this.ambiguousWith }),
      raw: redactValue(this.raw),
    };
  }
}
