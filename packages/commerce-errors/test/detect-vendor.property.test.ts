// Properties of detectVendor over bodies generated from each vendor's envelope schemas: the vendor
// whose schema made the body is always a candidate, with the envelope that accepts it and a reason,
// and candidates come sorted by score, every score positive.
import { envelopeBodies } from "@commerce-errors/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectVendor } from "../src/index.js";
import { vendorNames } from "../src/generated/vendor-names.js";

describe.each(vendorNames)("detectVendor on bodies generated from %s's schemas", (vendor) => {
  const bodies = envelopeBodies(vendor);

  it("names the vendor, with an accepting envelope and its reasons; candidates sorted by score", () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const candidates = detectVendor(body);
        const own = candidates.find((candidate) => candidate.vendor === vendor);
        expect(own, JSON.stringify(candidates)).toBeDefined();
        expect(own!.envelope).toBeDefined();
        expect(own!.reasons.length).toBeGreaterThan(0);
        for (const [index, candidate] of candidates.entries()) {
          expect(candidate.score).toBeGreaterThan(0);
          if (index > 0) expect(candidate.score).toBeLessThanOrEqual(candidates[index - 1]!.score);
        }
      }),
      { numRuns: 100 },
    );
  });
});
