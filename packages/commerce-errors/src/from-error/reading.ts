// What a recognizer read off a thrown or returned value, before any vendor knowledge is applied.
import { type UnreadResponse as RuntimeUnreadResponse, httpStatus, isUnreadResponse } from "@commerce-errors/runtime";
import type { HeadersLike } from "../http/headers.js";
import type { VendorName } from "../generated/vendor-names.js";
import type { TransportFailure } from "./transport.js";
import { isDict } from "./values.js";

/**
 * The failed request as the error carries it (axios `config`, got `options`, ky `request`), uninterpreted:
 * only the retry policy reads it (retry/request-facts.ts), so fromError does not bundle that reading.
 */
export interface RequestSeen {
  method?: unknown;
  headers?: unknown;
}

/** A fetch-style Response whose body nobody has read yet (an SDK's ResponseError, ky 1 HTTPError, a fetch Response). */
export type UnreadResponse = RuntimeUnreadResponse & { url?: string };

interface ReadingBase {
  /** Which SDK or client shape matched, e.g. an sdkErrors rule's client, "axios", "fetch-response". */
  client: string;
  status: number | undefined;
  headers?: HeadersLike | undefined;
  /** From the SDK error itself (an sdkErrors rule's `requestId`), ahead of any header. */
  requestId?: string | undefined;
  /** The vendor the SDK belongs to; a hint, used only when that vendor is in scope. */
  vendor?: VendorName | undefined;
  url?: string | undefined;
  request?: RequestSeen | undefined;
}

export interface ResponseReading extends ReadingBase {
  kind: "response";
  /** Parsed JSON, text, or `undefined` when the SDK kept no body. */
  body: unknown;
  /** The SDK's own message, used when the body says nothing. */
  message?: string | undefined;
  /** The body is (or was) in this Response: fromErrorAsync reads it unless already used; fromError cannot. */
  unread?: UnreadResponse | undefined;
}

export interface TransportReading extends ReadingBase {
  kind: "transport";
  failure: TransportFailure;
}

export type ThrownReading = ResponseReading | TransportReading;

export type Recognizer = (value: unknown) => ThrownReading | undefined;

export { type Dict, dict, isDict, str } from "./values.js";

export function isHeaders(value: unknown): value is HeadersLike {
  return isDict(value);
}

export function headersOf(value: unknown): HeadersLike | undefined {
  return isHeaders(value) ? value : undefined;
}

export { httpStatus };

/** A fetch-style Response (WHATWG, undici, node-fetch). */
export const isResponse: (value: unknown) => value is UnreadResponse = isUnreadResponse;
