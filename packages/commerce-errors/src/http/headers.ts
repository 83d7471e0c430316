// Header lookup over a fetch `Headers` object or a plain record (Node's `IncomingHttpHeaders`, axios).

export type HeadersLike = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | number | undefined>>;

/** Case-insensitive; the first value of a repeated header. Never throws. */
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
    // A hostile headers object reads as absent.
  }
  return undefined;
}

/** `application/vnd.api+json; charset=utf-8` -> `application/vnd.api+json` */
export function mediaType(contentType: string | undefined): string | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type || undefined;
}
