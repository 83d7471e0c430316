// Header lookup over a fetch `Headers` object or a plain record (Node's `IncomingHttpHeaders`, axios).

export { type HeadersLike, headerValue } from "@commerce-errors/runtime";

/** `application/vnd.api+json; charset=utf-8` -> `application/vnd.api+json` */
export function mediaType(contentType: string | undefined): string | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type || undefined;
}
