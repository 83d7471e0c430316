// A throwable NormalizedError: `instanceof CommerceApiError` in a catch, every normalized field on it.
import type { ErrorDetail, NormalizedError } from "../normalized-error.js";
import type { RetryDecision } from "../normalize/retry.js";
import type { TransportReason } from "../from-error/transport.js";
import type { StatusSummary, UnrecognizedReason } from "@commerce-errors/runtime";
import type { EnvelopeName, VendorName } from "../generated/vendor-names.js";
import { redactText, redactValue } from "./redact.js";
import { classify, type ErrorBlame, type ErrorCategory } from "../classify/classify.js";

/** Every NormalizedError field but `message` (the Error's own, redacted), in declaration order. */
const fields = [
  "vendor",
  "status",
  "envelope",
  "reason",
  "code",
  "details",
  "retry",
  "category",
  "blame",
  "expected",
  "messageKey",
  "statusInfo",
  "requestId",
  "ambiguousWith",
  "raw",
] as const satisfies readonly Exclude<keyof NormalizedError, "message">[];

/** Left out when undefined; every other field is present, undefined or not. */
const optionalFields: ReadonlySet<string> = new Set(["reason", "ambiguousWith"] satisfies (keyof NormalizedError)[]);

function copyFields<T extends NormalizedError>(from: NormalizedError, to: T): T {
  const target = to as unknown as Record<string, unknown>;
  for (const key of fields) if (from[key] !== undefined || !optionalFields.has(key)) target[key] = from[key];
  return to;
}

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
  readonly envelope!: EnvelopeName | "unrecognized" | "empty" | "transport";
  readonly reason?: UnrecognizedReason | TransportReason;
  readonly code: string | undefined;
  readonly details!: ErrorDetail[];
  readonly retry!: RetryDecision;
  readonly category!: ErrorCategory;
  readonly blame!: ErrorBlame;
  readonly expected!: boolean;
  readonly messageKey!: string;
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
    copyFields(normalized, this);
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
    // The constructor copies only the NormalizedError fields, so the rest of `data` stays behind.
    const normalized = { ...(data as NormalizedError), status: typeof data.status === "number" ? data.status : undefined };
    // JSON from a version without classification: what the status and envelope alone say.
    if (typeof data.category !== "string") Object.assign(normalized, classify(undefined, normalized));
    return new CommerceApiError(normalized);
  }

  /** The NormalizedError again, credentials redacted, e.g. for structured logs (`JSON.stringify(error)`). */
  toJSON(): NormalizedError {
    const fields = copyFields(this, {} as NormalizedError);
    return { ...fields, message: this.message, details: redactValue(this.details) as ErrorDetail[], raw: redactValue(this.raw) };
  }
}
