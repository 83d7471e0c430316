// What an HTTP exchange looks like from the outside, read the same way by the vendor packages and the
// umbrella: a header by name, a status a client reports, an unread fetch Response, a body a client
// put at the end of an error message. Each never throws.

/** A fetch `Headers` object, or a plain record (Node's `IncomingHttpHeaders`, axios, got). */
export type HeadersLike = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | number | undefined>>;

/** Case-insensitive; the first value of a repeated header. A hostile headers object reads as absent. */
export function headerValue(headers: HeadersLike | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  try {
    if (typeof (headers as { get?: unknown }).get === "function") {
      return (headers as { get(name: string): string | null }).get(name) ?? undefined;
    }
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() !== wanted) continue;
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? undefined : String(first);
    }
  } catch {
    // fall through: absent
  }
  return undefined;
}

/** A status a client reports ("404" or 404); 0 (no response) is not one. */
export function httpStatus(value: unknown): number | undefined {
  const number = typeof value === "string" && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 100 && number <= 599 ? number : undefined;
}

/** A fetch Response whose body may still be unread (WHATWG, undici, node-fetch). */
export interface UnreadResponse {
  status: number;
  headers: { get(name: string): string | null };
  bodyUsed: boolean;
  body?: unknown;
  text?: () => Promise<string>;
}

/** A fetch-style Response: a numeric status, headers with `get`, and `bodyUsed`. */
export function isUnreadResponse(value: unknown): value is UnreadResponse {
  if (typeof value !== "object" || value === null) return false;
  const response = value as Record<string, unknown>;
  const headers = response.headers as Record<string, unknown> | null | undefined;
  return typeof response.status === "number" && "bodyUsed" in response && typeof headers === "object" && headers !== null && typeof headers.get === "function";
}

/** A JSON object or array at the end of a message, as `JSON.parse(e.message)` in vendors' samples expects. */
export function jsonAtEndOf(message: unknown): unknown {
  const json = typeof message === "string" ? /([[{][\s\S]*[\]}])\s*$/.exec(message)?.[1] : undefined;
  if (!json) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
