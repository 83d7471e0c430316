// How long a server asked us to wait by the standard header, whoever the vendor is. A vendor's own
// wait and reset headers are its data (schemas/<vendor>/rate-limits.json, read as /core `retryWaits`).
import { headerValue, type HeadersLike } from "./headers.js";

/** Seconds, or an HTTP date (RFC 9110 Retry-After). */
function parseRetryAfter(value: string, now: number): number | undefined {
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait in milliseconds from Retry-After (RFC 9110), or `undefined` when there is none. */
export function retryAfterMs(headers: HeadersLike | undefined, now: number = Date.now()): number | undefined {
  const value = headerValue(headers, "retry-after");
  return value === undefined ? undefined : parseRetryAfter(value, now);
}
