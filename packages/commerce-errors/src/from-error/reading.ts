// What a recognizer read off a thrown or returned value, before any vendor knowledge is applied.
import type { HeadersLike } from "../http/headers.js";
import type { VendorName } from "../vendors/registry.js";
import type { TransportFailure } from "./transport.js";

/**
 * The failed request as the error carries it (axios `config`, got `options`, ky `request`), uninterpreted:
 * only the retry policy reads it (retry/request-facts.ts), so fromError does not bundle that reading.
 */
export interface RequestSeen {
  method?: unknown;
  headers?: unknown;
}

/** A fetch-style Response whose body nobody has read yet (SFCC ResponseError, ky 1 HTTPError, a fetch Response). */
export interface UnreadResponse {
  status: number;
  headers: { get(name: string): string | null };
  bodyUsed?: boolean;
  body?: unknown;
  text?: () => Promise<string>;
  url?: string;
}

interface ReadingBase {
  /** Which SDK or client shape matched, e.g. "stripe", "axios", "fetch-response". */
  client: string;
  status: number | undefined;
  headers?: HeadersLike | undefined;
  /** From the SDK error itself (Stripe `requestId`), ahead of any header. */
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

export type Dict = Record<string, unknown>;

export function isDict(value: unknown): value is Dict {
  return typeof value === "object" && value !== null;
}

export function dict(value: unknown): Dict | undefined {
  return isDict(value) ? value : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A status a client reports; 0 (no response) is not one. */
export function httpStatus(value: unknown): number | undefined {
  const number = typeof value === "string" && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 100 && number <= 599 ? number : undefined;
}

export function isHeaders(value: unknown): value is HeadersLike {
  return isDict(value);
}

export function headersOf(value: unknown): HeadersLike | undefined {
  return isHeaders(value) ? value : undefined;
}

/** A fetch-style Response (WHATWG, undici, node-fetch). */
export function isResponse(value: unknown): value is UnreadResponse {
  return (
    isDict(value) &&
    typeof value.status === "number" &&
    isDict(value.headers) &&
    typeof (value.headers as Dict).get === "function" &&
    "bodyUsed" in value
  );
}
