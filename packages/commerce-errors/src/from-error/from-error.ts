// Whatever an SDK or HTTP client threw or returned -> one CommerceApiError (a NormalizedError with `cause`).
import { CommerceApiError, isCommerceApiError } from "../errors/commerce-api-error.js";
import type { NormalizedError } from "../normalized-error.js";
import type { DecodedBody, ReadErrorBody } from "../normalize/decoded-body.js";
import { normalizeDecodedBody } from "../normalize/normalize-error.js";
import { requestIdFromHeaders } from "../normalize/request-id.js";
import { classify } from "../classify/classify.js";
import type { RetryDecision } from "../normalize/retry.js";
import type { FetchResponseLike } from "@commerce-errors/runtime";
import type { VendorName } from "../generated/vendor-names.js";
import type { AnyVendorAdapter } from "../vendors/any-adapter.js";
import { recognize, type VendorScope } from "./recognize.js";
import type { ResponseReading, ThrownReading, TransportReading, UnreadResponse } from "./reading.js";
import type { TransportFailure } from "./transport.js";

export interface FromErrorOptions {
  /** Read the body as this vendor's instead of detecting it (overrides the SDK's own vendor). */
  vendor?: VendorName | undefined;
  /** The request URL, a detection hint when the error does not carry one. */
  url?: string | URL | undefined;
  /** fromErrorAsync: read at most this many bytes of an unread body (default 1 MiB). */
  maxBytes?: number | undefined;
}

const unreadable: DecodedBody = { kind: "text", reason: "unreadable" };

/**
 * Synchronous: uses what the value already holds. A body still inside an unread Response (an SDK's
 * ResponseError, ky 1, a GraphQL client on a non-2xx) comes back as `reason: "unreadable"`;
 * use fromErrorAsync for those.
 */
export function fromErrorAmong(scope: VendorScope, value: unknown, options: FromErrorOptions = {}): CommerceApiError {
  if (isCommerceApiError(value)) return value;
  return fromReading(scope, value, recognize(scope, value), options);
}

/** What fromError makes of a value's reading, with what the value already holds. */
function fromReading(scope: VendorScope, value: unknown, reading: ThrownReading | undefined, options: FromErrorOptions): CommerceApiError {
  const { adapters } = scope;
  if (reading?.kind === "transport") return transportError(adapters, reading, options, value);
  if (!reading) return unknownError(value, options);
  const leftUnread = reading.unread !== undefined && reading.body === undefined;
  return responseError(scope, reading, leftUnread ? unreadable : scope.decodeBody(reading.body), options, value, leftUnread);
}

/** What fromError adds to the message of an error whose body is still in its unread Response (ky 1, SDKs, fetch). */
export const unreadBodyHint = "the body is still unread in the error's Response: fromErrorAsync reads it";

/** fromError, and an unread Response the value holds is read (once, at most `maxBytes`). */
export async function fromErrorAsyncAmong(
  scope: VendorScope,
  readBody: ReadErrorBody,
  value: unknown,
  options: FromErrorOptions = {},
): Promise<CommerceApiError> {
  if (isCommerceApiError(value)) return value;
  const reading = recognize(scope, value);
  if (reading?.kind !== "response" || !reading.unread || reading.body !== undefined) return fromReading(scope, value, reading, options);
  const decoded = await readUnread(readBody, reading.unread, options.maxBytes);
  return responseError(scope, reading, decoded, options, value);
}

/** The vendor packages' reader: a WHATWG or a Node stream (node-fetch 2), once, at most `maxBytes`; never rejects. */
function readUnread(readBody: ReadErrorBody, response: UnreadResponse, maxBytes: number | undefined): Promise<DecodedBody> {
  return readBody(response as unknown as FetchResponseLike, maxBytes === undefined ? {} : { maxBytes });
}

/** The SDK's vendor is a hint only when that vendor is in scope (`commerce-errors/<vendor>` has one). */
function vendorFor(adapters: readonly AnyVendorAdapter[], reading: ThrownReading, options: FromErrorOptions): VendorName | undefined {
  if (options.vendor !== undefined) return options.vendor;
  return reading.vendor !== undefined && adapters.some((adapter) => adapter.vendor.name === reading.vendor) ? reading.vendor : undefined;
}

function responseError(
  scope: VendorScope,
  reading: ResponseReading,
  decoded: DecodedBody,
  options: FromErrorOptions,
  cause: unknown,
  leftUnread = false,
): CommerceApiError {
  const normalized = normalizeDecodedBody(
    decoded,
    { status: reading.status, headers: reading.headers },
    { vendor: vendorFor(scope.adapters, reading, options), url: options.url ?? reading.url },
    scope,
  );
  // The body said nothing readable: the SDK's message (some SDKs keep only that) beats "HTTP 400".
  const sdkMessage =
    normalized.code === undefined && (normalized.envelope === "unrecognized" || normalized.envelope === "empty")
      ? reading.message
      : undefined;
  const message = sdkMessage ?? normalized.message;
  return new CommerceApiError(
    {
      ...normalized,
      // Said where it is seen (the message), so that a plain fromError on ky 1's HTTPError points at its fix.
      message: leftUnread ? `${message} (${unreadBodyHint})` : message,
      requestId: reading.requestId || normalized.requestId,
    },
    { cause },
  );
}

function transportRetry(failure: TransportFailure): RetryDecision {
  return failure.reason === "abort" ? { kind: "no" } : { kind: "with-backoff" };
}

function transportError(
  adapters: readonly AnyVendorAdapter[],
  reading: TransportReading,
  options: FromErrorOptions,
  cause: unknown,
): CommerceApiError {
  const vendor = vendorFor(adapters, reading, options);
  const adapter = vendor === undefined ? undefined : adapters.find((each) => each.vendor.name === vendor);
  const normalized: NormalizedError = {
    vendor,
    status: reading.status,
    envelope: "transport",
    reason: reading.failure.reason,
    code: reading.failure.code,
    message: reading.failure.message,
    details: [],
    retry: transportRetry(reading.failure),
    ...classify(adapter?.errorCategories, {
      status: reading.status,
      envelope: "transport",
      reason: reading.failure.reason,
      code: reading.failure.code,
      details: [],
    }),
    statusInfo: reading.status === undefined ? undefined : adapter?.summarizeStatus(reading.status),
    requestId: reading.requestId || requestIdFromHeaders(reading.headers, adapter, adapters),
    raw: undefined,
  };
  return new CommerceApiError(normalized, { cause });
}

/** Not an error shape we know (a bug's TypeError, a string): kept as `cause`, never retried. */
function unknownError(value: unknown, options: FromErrorOptions): CommerceApiError {
  const message = typeof value === "string" ? value : (errorMessage(value) ?? "Unknown error");
  const normalized: NormalizedError = {
    vendor: options.vendor,
    status: undefined,
    envelope: "unrecognized",
    reason: "invalid",
    code: undefined,
    message,
    details: [],
    retry: { kind: "no" },
    ...classify(undefined, { status: undefined, envelope: "unrecognized", code: undefined, details: [] }),
    statusInfo: undefined,
    requestId: undefined,
    raw: typeof value === "string" ? value : undefined,
  };
  return new CommerceApiError(normalized, { cause: value });
}

/** An Error's own message, when it is a string that can be read (a message property can be anything). */
function errorMessage(value: unknown): string | undefined {
  try {
    return value instanceof Error && typeof value.message === "string" ? value.message : undefined;
  } catch {
    return undefined;
  }
}
