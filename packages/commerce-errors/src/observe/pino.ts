// A pino serializer for `err`: a CommerceApiError keeps what an on-call engineer needs (vendor,
// code, category, status, request id, details), credentials redacted as its toJSON() does.
import type { ErrorDetail } from "../normalized-error.js";
import { commerceErrorOf } from "./commerce-error-of.js";

export interface SerializedCommerceError {
  type: "CommerceApiError";
  message: string;
  stack: string | undefined;
  vendor: string | undefined;
  status: number | undefined;
  code: string | undefined;
  category: string;
  blame: string;
  expected: boolean;
  envelope: string;
  requestId: string | undefined;
  retry: string;
  details: ErrorDetail[];
  /** The vendor's body, redacted: only with `{ body: true }` (it can be large). */
  raw?: unknown;
}

export interface PinoSerializerOptions {
  /** Also log the vendor's body (redacted). Default false. */
  body?: boolean;
}

/**
 * `pino({ serializers: { err: commerceErrorSerializer(pino.stdSerializers.err) } })`. Anything
 * that is not (and does not wrap) a CommerceApiError goes to `fallback` (pino's own serializer),
 * or is returned as is.
 */
// biome-ignore lint/suspicious/noExplicitAny: pino's stdSerializers.err takes its own error type
export function commerceErrorSerializer(fallback?: (value: any) => unknown, options: PinoSerializerOptions = {}) {
  return (value: unknown): unknown => {
    const error = commerceErrorOf(value);
    if (!error || error !== value) return fallback ? fallback(value) : value;
    const json = error.toJSON();
    const serialized: SerializedCommerceError = {
      type: "CommerceApiError",
      message: json.message,
      stack: error.stack,
      vendor: json.vendor,
      status: json.status,
      code: json.code,
      category: json.category,
      blame: json.blame,
      expected: json.expected,
      envelope: json.envelope,
      requestId: json.requestId,
      retry: json.retry.kind,
      details: json.details,
    };
    if (options.body) serialized.raw = json.raw;
    return serialized;
  };
}
