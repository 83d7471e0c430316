// How long a server asked us to wait, from the headers the vendors send.
import { headerValue, type HeadersLike } from "./headers.js";

/** Seconds, or an HTTP date (RFC 9110 Retry-After). */
function parseRetryAfter(value: string, now: number): number | undefined {
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseMilliseconds(value: string): number | undefined {
  return /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/**
 * The wait in milliseconds from Retry-After, X-Retry-After (BigCommerce, seconds) and
 * X-Rate-Limit-Time-Reset-Ms (BigCommerce). When several are present the longest wins, as
 * BigCommerce advises ("honor the longer of the two wait times").
 */
export function retryAfterMs(headers: HeadersLike | undefined, now: number = Date.now()): number | undefined {
  const waits = [
    parseHeader(headers, "retry-after", (value) => parseRetryAfter(value, now)),
    parseHeader(headers, "x-retry-after", (value) => parseRetryAfter(value, now)),
    parseHeader(headers, "x-rate-limit-time-reset-ms", parseMilliseconds),
  ].filter((wait): wait is number => wait !== undefined);
  return waits.length === 0 ? undefined : Math.max(...waits);
}

function parseHeader(headers: HeadersLike | undefined, name: string, parse: (value: string) => number | undefined): number | undefined {
  const value = headerValue(headers, name);
  return value === undefined ? undefined : parse(value);
}
