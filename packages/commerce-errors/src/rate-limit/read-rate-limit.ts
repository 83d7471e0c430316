// readRateLimit for any vendor: the vendor's generated rules, read by the runtime's interpreter.
import { type RateLimitRules, type RateLimitState, type ReadRateLimitOptions, readRateLimitWith } from "@commerce-errors/runtime";
import { vendorRateLimitRules } from "../generated/rate-limit-rules.js";

export type RateLimitVendor = keyof typeof vendorRateLimitRules;

export function rulesOf(vendor: RateLimitVendor | RateLimitRules): RateLimitRules {
  if (typeof vendor !== "string") return vendor;
  const rules = vendorRateLimitRules[vendor];
  if (!rules) throw new TypeError(`Unknown vendor "${String(vendor)}" (known: ${Object.keys(vendorRateLimitRules).join(", ")})`);
  return rules;
}

/**
 * The vendor's rate-limit state from a response, success or error (see @commerce-errors/<vendor>'s
 * readRateLimit), or `undefined` when it says nothing. Never throws for any response; an unknown
 * vendor name is a TypeError.
 */
export function readRateLimit(
  response: unknown,
  vendor: RateLimitVendor | RateLimitRules,
  options?: ReadRateLimitOptions,
): RateLimitState | undefined {
  return readRateLimitWith(rulesOf(vendor), response, options);
}
