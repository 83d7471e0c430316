// Evidence from where a body came from: the request URL, the Content-Type and the response headers.
import { headerValue, mediaType, type HeadersLike } from "../http/headers.js";
import type { VendorMetadata } from "../vendors/adapter.js";

export interface DetectionHints {
  /** The request URL (or `Response.url`); its hostname is matched against each vendor's hosts. */
  url?: string | URL | undefined;
  /** A hostname, when there is no URL at hand. */
  host?: string | undefined;
  /** The response's Content-Type; read from `headers` when not given. */
  contentType?: string | undefined;
  headers?: HeadersLike | undefined;
}

function hostname(hints: DetectionHints): string | undefined {
  if (hints.host) return hints.host.replace(/:\d+$/, "").toLowerCase();
  if (hints.url === undefined) return undefined;
  try {
    return new URL(String(hints.url)).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** `host` is a vendor host or a subdomain of one (`acme.example.io` matches `example.io`). */
export function hostReason(vendor: VendorMetadata, hints: DetectionHints): string | undefined {
  const host = hostname(hints);
  if (!host) return undefined;
  const match = vendor.hosts.find((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  return match && `host ${host} matches ${match}`;
}

/** Only a media type declared by this vendor alone tells vendors apart. */
export function contentTypeReason(vendor: VendorMetadata, all: readonly VendorMetadata[], hints: DetectionHints): string | undefined {
  const type = mediaType(hints.contentType ?? headerValue(hints.headers, "content-type"));
  if (!type || !vendor.contentTypes.includes(type)) return undefined;
  const declaredBy = all.filter((other) => other.contentTypes.includes(type)).length;
  return declaredBy === 1 ? `Content-Type ${type} is ${vendor.displayName}'s` : undefined;
}

export function headerReasons(vendor: VendorMetadata, hints: DetectionHints): string[] {
  const names = [...new Set([...vendor.headers, ...vendor.requestIdHeaders])];
  return names.filter((name) => headerValue(hints.headers, name) !== undefined).map((name) => `response header ${name}`);
}
