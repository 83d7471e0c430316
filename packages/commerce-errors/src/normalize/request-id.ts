// The id a vendor's support asks for, from the response headers.
import { headerValue, type HeadersLike } from "../http/headers.js";
import type { AnyVendorAdapter } from "../vendors/any-adapter.js";

/** Sent by many gateways and CDNs in front of any API. */
const commonRequestIdHeaders = ["x-request-id"];

/** The vendor's own request-id headers first; every vendor's when the vendor is unknown. */
export function requestIdFromHeaders(
  headers: HeadersLike | undefined,
  adapter: AnyVendorAdapter | undefined,
  adapters: readonly AnyVendorAdapter[],
): string | undefined {
  const vendorHeaders = adapter ? adapter.vendor.requestIdHeaders : adapters.flatMap((each) => each.vendor.requestIdHeaders);
  for (const name of [...vendorHeaders, ...commonRequestIdHeaders]) {
    const value = headerValue(headers, name);
    if (value) return value;
  }
  return undefined;
}
