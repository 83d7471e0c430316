// Parses one rate-limit header or body value by its declared format. Garbage (negative, NaN, huge,
// dates in the past, duplicated headers that disagree) gives `undefined`, never an exception.

/** Waits and windows longer than a day are not believed: no vendor documents one, a bad clock or a typo does. */
export const MAX_WAIT_MS = 86_400_000;
/** Counts beyond this are not believed either. */
const MAX_COUNT = 1_000_000_000;

const decimal = /^\d+(\.\d+)?$/;

/** A header that arrived twice is joined with ", " by fetch and axios; it counts only when every copy agrees. */
export function single(value: unknown): string | number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const copies = value.split(",").map((part) => part.trim());
  return copies.every((copy) => copy === copies[0]) ? copies[0] : undefined;
}

function number(value: unknown): number | undefined {
  const one = single(value);
  if (typeof one === "number") return Number.isFinite(one) ? one : undefined;
  return one !== undefined && decimal.test(one) ? Number(one) : undefined;
}

/** A non-negative count (requests or cost points). */
export function count(value: unknown): number | undefined {
  const n = number(value);
  return n !== undefined && n >= 0 && n <= MAX_COUNT ? n : undefined;
}

function duration(ms: number | undefined): number | undefined {
  return ms !== undefined && ms >= 0 && ms <= MAX_WAIT_MS ? Math.round(ms) : undefined;
}

export function seconds(value: unknown): number | undefined {
  const n = number(value);
  return duration(n === undefined ? undefined : n * 1000);
}

export function milliseconds(value: unknown): number | undefined {
  return duration(number(value));
}

/** Seconds until the reset, or (a value beyond 10^9, i.e. after 2001) the reset's Unix time in seconds. */
export function resetSeconds(value: unknown, now: number): number | undefined {
  const n = number(value);
  if (n === undefined) return undefined;
  if (n < 1e9) return duration(n * 1000);
  const ms = n * 1000 - now;
  return ms > 0 ? duration(ms) : undefined;
}

/** RFC 9110 Retry-After: delay seconds or an HTTP date; a date in the past says nothing. */
export function retryAfter(value: unknown, now: number): number | undefined {
  const one = single(value);
  if (typeof one === "number" || (one !== undefined && decimal.test(one))) return seconds(one);
  // An HTTP date holds a comma ("Wed, 21 Oct 2015 07:28:00 GMT"), so it is read as it came.
  if (typeof value !== "string" || !/GMT$/i.test(value.trim())) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date) || date <= now) return undefined;
  return duration(date - now);
}

/** A rate per second (Shopify's restoreRate): positive. */
export function perSecond(value: unknown): number | undefined {
  const n = number(value);
  return n !== undefined && n > 0 && n <= 1e6 ? n : undefined;
}

export function boolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  const one = single(value);
  if (typeof one !== "string") return undefined;
  const lower = one.toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : undefined;
}

/** Shopify's `32/40`: used and limit, used never above the limit. */
export function usedOfLimit(value: unknown): { used: number; limit: number } | undefined {
  const one = single(value);
  const match = typeof one === "string" ? /^(\d+)\/(\d+)$/.exec(one) : null;
  if (!match) return undefined;
  const used = count(match[1]);
  const limit = count(match[2]);
  return used !== undefined && limit !== undefined && limit > 0 && used <= limit ? { used, limit } : undefined;
}
