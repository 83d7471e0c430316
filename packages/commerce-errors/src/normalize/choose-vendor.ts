// Whose body this is: the caller's word when given, else the top detection candidate among the
// vendors in scope, or, in a scope of one vendor, that vendor.
import { rankVendors } from "../detect/detect-vendor.js";
import type { HeadersLike } from "../http/headers.js";
import type { EnvelopeName, VendorName } from "../generated/vendor-names.js";
import type { AnyDetectableAdapter, AnyVendorAdapter } from "../vendors/any-adapter.js";

export interface VendorChoice {
  adapter: AnyVendorAdapter | undefined;
  envelope: EnvelopeName | undefined;
  /** Vendors that accept the body with the same score as the chosen one. */
  ambiguousWith: VendorName[];
}

export type VendorChooser = (
  body: unknown,
  headers: HeadersLike | undefined,
  vendor: VendorName | undefined,
  url: string | URL | undefined,
) => VendorChoice;

const nobody: VendorChoice = { adapter: undefined, envelope: undefined, ambiguousWith: [] };

/** A wrong vendor name is a programming error, not a bad body: say so instead of guessing. */
function named(adapters: readonly AnyVendorAdapter[], vendor: VendorName, body: unknown): VendorChoice {
  const adapter = adapters.find((each) => each.vendor.name === vendor);
  if (!adapter) throw new TypeError(`Unknown vendor "${vendor}"; expected one of: ${adapters.map((each) => each.vendor.name).join(", ")}`);
  return { adapter, envelope: adapter.matchErrorEnvelope(body), ambiguousWith: [] };
}

/** Several vendors (the root entry): the top of detectVendor's ranking. */
export const chooseAmong =
  (adapters: readonly AnyDetectableAdapter[]): VendorChooser =>
  (body, headers, vendor, url) => {
    if (vendor !== undefined) return named(adapters, vendor, body);
    const [top, ...others] = rankVendors(adapters, body, { url, headers });
    if (!top) return nobody;
    return {
      adapter: adapters.find((each) => each.vendor.name === top.vendor),
      envelope: top.envelope,
      ambiguousWith:
        top.envelope === undefined
          ? []
          : others.filter((other) => other.score === top.score && other.envelope !== undefined).map((other) => other.vendor),
    };
  };

/**
 * One vendor (`commerce-errors/<vendor>`): whoever imports it talks to that vendor, so every
 * response is that vendor's. A body none of its envelopes accepts (a proxy's HTML 502) is
 * unrecognized, and still gets the vendor's status advice and request-id headers.
 */
export const chooseOnly =
  (adapter: AnyVendorAdapter): VendorChooser =>
  (body, _headers, vendor) =>
    vendor !== undefined ? named([adapter], vendor, body) : { adapter, envelope: adapter.matchErrorEnvelope(body), ambiguousWith: [] };
