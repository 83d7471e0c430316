// Records a CommerceApiError on an OpenTelemetry span: status, an exception event and attributes.
// Typed structurally: this package never imports @opentelemetry/api, so an app without it pays nothing.
import type { NormalizedError } from "../normalized-error.js";
import { boundedText, hostOf, requestUrlOf } from "./bounded.js";
import { commerceErrorOf } from "./commerce-error-of.js";

/** What this module calls on a span (`Span` of @opentelemetry/api 1.x). */
export interface SpanLike {
  setAttributes(attributes: Record<string, string | number | boolean>): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  recordException(exception: { name?: string; message?: string; stack?: string } | string): unknown;
}

/** `SpanStatusCode.ERROR` of @opentelemetry/api. */
const STATUS_ERROR = 2;

export interface OtelOptions {
  /**
   * What `error.type` holds (OpenTelemetry wants it low-cardinality): `"category"` (default: 13
   * values for every vendor) or `"code"` (the vendor's documented code, else the category).
   */
  errorType?: "category" | "code";
  /** Leave the span's status unset for an `expected` error (a decline, a validation error): default false. */
  expectedIsOk?: boolean;
  /** The request URL, when the error's cause does not carry one: its host becomes `server.address`. */
  url?: string | URL;
}

/**
 * The span attributes of a normalized error: `error.type`, `http.response.status_code`,
 * `server.address` where known, and `commerce.*` (vendor, code, category, blame, expected, envelope,
 * request id). Values are redacted and at most 200 characters; no body and no headers.
 */
export function commerceErrorAttributes(
  error: NormalizedError,
  options: OtelOptions = {},
  cause?: unknown,
): Record<string, string | number | boolean> {
  const attributes: Record<string, string | number | boolean> = {
    "error.type": boundedText(options.errorType === "code" ? (error.code ?? error.category) : error.category),
    "commerce.error.category": error.category,
    "commerce.error.blame": error.blame,
    "commerce.error.expected": error.expected,
    "commerce.error.envelope": error.envelope,
    "commerce.error.retry": error.retry.kind,
  };
  if (error.status !== undefined) attributes["http.response.status_code"] = error.status;
  const host = hostOf(options.url) ?? hostOf(requestUrlOf(cause));
  if (host !== undefined) attributes["server.address"] = boundedText(host);
  if (error.vendor !== undefined) attributes["commerce.vendor"] = error.vendor;
  if (error.code !== undefined) attributes["commerce.error.code"] = boundedText(error.code);
  if (error.requestId !== undefined) attributes["commerce.request_id"] = boundedText(error.requestId);
  return attributes;
}

/**
 * Records `value` on the span when it is (or wraps) a CommerceApiError: the exception event (its
 * redacted message), status ERROR (unless `expectedIsOk` and the error is expected) and the
 * attributes above. Returns whether it did; anything else is left alone. Never throws.
 */
export function recordCommerceError(span: SpanLike, value: unknown, options: OtelOptions = {}): boolean {
  const error = commerceErrorOf(value);
  if (!error) return false;
  try {
    // Not the error itself: the SDK would take its vendor `code` as `exception.type`.
    span.recordException({ name: error.name, message: error.message, ...(error.stack !== undefined && { stack: error.stack }) });
    span.setAttributes(commerceErrorAttributes(error, options, error.cause));
    if (!(options.expectedIsOk && error.expected)) span.setStatus({ code: STATUS_ERROR, message: boundedText(error.message) });
    return true;
  } catch {
    return false; // telemetry must not break the request
  }
}
