// RFC 9457 problem details, both ways: a normalized error as a problem document for an application
// that re-serves a vendor's error from its own API (a BFF), and a vendor's `application/problem+json`
// body read as one.
import type { ErrorCategory } from "../classify/classify.js";
import { redactText } from "../errors/redact.js";
import type { NormalizedError } from "../normalized-error.js";

export const problemDetailsContentType = "application/problem+json";

/** One field issue of the problem (`errors` extension, as RFC 9457's own example has it). */
export interface ProblemFieldIssue {
  detail: string;
  /** JSON Pointer into the request body the vendor received. */
  pointer?: string;
  code?: string;
  field?: string;
}

export interface ProblemDetails {
  /** `urn:commerce-errors:<vendor>:code:<code>` per vendor code, else `urn:commerce-errors:category:<category>`. */
  type: string;
  /** The same for every problem of a type: the category's title. */
  title: string;
  status: number;
  /** This occurrence, in the vendor's words (credentials redacted). */
  detail: string;
  instance?: string;
  vendor?: string;
  code?: string;
  category: ErrorCategory;
  requestId?: string;
  /** Whether replaying the request can succeed (the error's retry advice). */
  retryable: boolean;
  errors?: ProblemFieldIssue[];
}

export interface ProblemDetailsOptions {
  /** The URI of this occurrence in your API (e.g. the request path or a log id). */
  instance?: string;
  /** The status your API answers with; default: the vendor's 4xx as is, 504 for a timeout, else 502 (the upstream failed). */
  status?: number;
}

const titles: Readonly<Record<ErrorCategory, string>> = {
  authentication: "Authentication with the commerce platform failed",
  permission: "Not permitted by the commerce platform",
  "not-found": "Not found",
  validation: "Invalid request",
  conflict: "Conflict with the current state",
  "rate-limit": "Too many requests",
  "payment-declined": "Payment declined",
  "out-of-stock": "Out of stock",
  idempotency: "Idempotency key conflict",
  server: "The commerce platform failed",
  unavailable: "The commerce platform is unavailable",
  transport: "The commerce platform could not be reached",
  unknown: "The commerce platform returned an error",
};

/** A URN's segment: RFC 8141 allows these characters; anything else is percent-encoded. */
const segment = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function problemStatus(error: NormalizedError): number {
  if (error.status !== undefined && error.status >= 400 && error.status < 500) return error.status;
  return error.envelope === "transport" && error.reason === "timeout" ? 504 : 502;
}

/**
 * A problem document for a normalized error (a CommerceApiError, its toJSON()). Serve it with
 * `Content-Type: application/problem+json`. Never throws.
 */
export function toProblemDetails(error: NormalizedError, options: ProblemDetailsOptions = {}): ProblemDetails {
  const type =
    error.vendor !== undefined && error.code !== undefined
      ? `urn:commerce-errors:${error.vendor}:code:${segment(error.code)}`
      : `urn:commerce-errors:category:${error.category}`;
  const issues = error.details
    .filter((detail) => detail.pointer !== undefined || detail.field !== undefined)
    .map(
      (detail): ProblemFieldIssue => ({
        detail: redactText(detail.message),
        ...(detail.pointer !== undefined && { pointer: detail.pointer }),
        ...(detail.code !== undefined && { code: detail.code }),
        ...(detail.field !== undefined && { field: detail.field }),
      }),
    );
  return {
    type,
    title: titles[error.category] ?? titles.unknown,
    status: options.status ?? problemStatus(error),
    detail: redactText(error.message),
    ...(options.instance !== undefined && { instance: options.instance }),
    ...(error.vendor !== undefined && { vendor: error.vendor }),
    ...(error.code !== undefined && { code: error.code }),
    category: error.category,
    ...(error.requestId !== undefined && { requestId: error.requestId }),
    retryable: error.retry.kind !== "no",
    ...(issues.length > 0 && { errors: issues }),
  };
}
