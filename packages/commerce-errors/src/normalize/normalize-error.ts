// Any vendor's error response -> one NormalizedError. Never throws on the body.
import type { HeadersLike } from "../http/headers.js";
import type { NormalizedError } from "../normalized-error.js";
import type { EnvelopeName, VendorName } from "../generated/vendor-names.js";
import type { AnyVendorAdapter } from "../vendors/any-adapter.js";
import type { VendorReading } from "../vendors/adapter.js";
import type { StatusSummary } from "@commerce-errors/runtime";
import type { VendorChooser } from "./choose-vendor.js";
import type { DecodedBody } from "./decoded-body.js";
import { requestIdFromHeaders } from "./request-id.js";
import { retryAfterMs } from "../http/retry-after.js";
import { decideRetry } from "./retry.js";
import { classify } from "../classify/classify.js";
import { readProblemDetails } from "../observe/read-problem.js";

export interface ErrorInput {
  status: number;
  /** Parsed JSON, the body's text or bytes (parsed here), or nothing. */
  body: unknown;
  headers?: HeadersLike | undefined;
}

export interface NormalizeOptions {
  /** Read the body as this vendor's instead of detecting the vendor. */
  vendor?: VendorName | undefined;
  /** The request URL: a detection hint (its host) when `vendor` is not given. */
  url?: string | URL | undefined;
}

/**
 * The decoded body of one error response -> NormalizedError, among the scope's vendors (`normalizeError` is
 * this, bound to an entry's vendors: entries/). `status` is `undefined` when the SDK kept the body
 * but not the status (a bare rejected body).
 */
export function normalizeDecodedBody(
  decoded: DecodedBody,
  input: { status: number | undefined; headers?: HeadersLike | undefined },
  options: NormalizeOptions,
  scope: { adapters: readonly AnyVendorAdapter[]; choose: VendorChooser },
): NormalizedError {
  const { status, headers } = input;
  const { adapters } = scope;
  const value = decoded.kind === "json" ? decoded.value : undefined;
  const { adapter, envelope, ambiguousWith } = scope.choose(value, headers, options.vendor, options.url);
  const statusInfo = status === undefined ? undefined : adapter?.summarizeStatus(status);
  const reading = adapter && envelope !== undefined ? readSafely(adapter, value, envelope) : undefined;
  const outcome = envelope ?? (decoded.kind === "empty" ? "empty" : "unrecognized");
  const details = reading?.details ?? [];
  // No envelope took it, but it is RFC 9457 problem details (application/problem+json): read it as such.
  const problem = outcome === "unrecognized" ? readProblemDetails(value) : undefined;
  const code = reading?.code ?? problem?.code;
  return {
    vendor: adapter?.vendor.name,
    status,
    envelope: outcome,
    ...(outcome === "unrecognized" && { reason: decoded.kind === "text" ? decoded.reason : "invalid" }),
    code,
    message: reading?.message || problem?.message || fallbackMessage(status, statusInfo),
    details,
    retry: decideRetry(
      status,
      statusInfo,
      reading?.retry,
      serverWaitMs(status, headers, value, adapter),
      adapter?.serverRetryAdvice?.(headers),
    ),
    ...classify(adapter?.errorCategories, { status, envelope: outcome, code, details }),
    statusInfo,
    requestId: reading?.requestId || requestIdFromHeaders(headers, adapter, adapters),
    ...(ambiguousWith.length > 0 && { ambiguousWith }),
    raw: decoded.kind === "json" ? decoded.value : decoded.kind === "text" ? decoded.text : undefined,
  };
}

/** The longest wait the response asks for: RFC 9110 Retry-After, and whatever the vendor's rate-limit rules read. */
function serverWaitMs(
  status: number | undefined,
  headers: HeadersLike | undefined,
  body: unknown,
  adapter: AnyVendorAdapter | undefined,
): number | undefined {
  const waits = [retryAfterMs(headers), adapter?.retryWaitMs?.(status, headers, body)].filter((wait): wait is number => wait !== undefined);
  return waits.length === 0 ? undefined : Math.max(...waits);
}

/** The validator accepted the body, but a hostile getter may still throw on a second read. */
function readSafely(adapter: AnyVendorAdapter, body: unknown, envelope: EnvelopeName): VendorReading | undefined {
  try {
    return adapter.read(body, envelope);
  } catch {
    return undefined;
  }
}

function fallbackMessage(status: number | undefined, statusInfo: StatusSummary | undefined): string {
  if (status === undefined) return "Request failed (no HTTP status known)";
  return statusInfo ? `HTTP ${status} ${statusInfo.text}` : `HTTP ${status}`;
}
