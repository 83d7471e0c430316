// Whose body this is: the caller's word when given, else the top detection candidate.
import { rankVendors } from "../detect/detect-vendor.js";
import type { HeadersLike } from "../http/headers.js";
import type { AnyVendorAdapter, EnvelopeName, VendorName } from "../vendors/registry.js";

export interface VendorChoice {
  adapter: AnyVendorAdapter | undefined;
  envelope: EnvelopeName | undefined;
  /** Vendors that accept the body with the same score as the chosen one. */
  ambiguousWith: VendorName[];
}

/** `adapters`: the vendors in scope (all twelve from the root entry, one from `commerce-errors/<vendor>`). */
export function chooseVendor(
  adapters: readonly AnyVendorAdapter[],
  body: unknown,
  headers: HeadersLike | undefined,
  vendor: VendorName | undefined,
  url: string | URL | undefined,
): VendorChoice {
  if (vendor !== undefined) {
    const adapter = adapters.find((each) => each.vendor.name === vendor);
    // A wrong vendor name is a programming error, not a bad body: say so instead of guessing.
    if (!adapter)
      throw new TypeError(`Unknown vendor "${vendor}"; expected one of: ${adapters.map((each) => each.vendor.name).join(", ")}`);
    return { adapter, envelope: adapter.matchErrorEnvelope(body), ambiguousWith: [] };
  }
  const [top, ...others] = rankVendors(adapters, body, { url, headers });
  if (!top) return { adapter: undefined, envelope: undefined, ambiguousWith: [] };
  return {
    adapter: adapters.find((each) => each.vendor.name === top.vendor),
    envelope: top.envelope,
    ambiguousWith:
      top.envelope === undefined
        ? []
        : others.filter((other) => other.score === top.score && other.envelope !== undefined).map((other) => other.vendor),
  };
}
