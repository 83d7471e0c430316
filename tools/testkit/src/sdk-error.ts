// fromSdkError / fromSdkErrorSync never throw: whatever an SDK or client threw, the answer is a
// parsed error response of a known kind (the vendor's envelope, or why not).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorShapedValues } from "./error-shaped.js";
import type { VendorPackage } from "./vendor-package.js";

const kinds = new Set(["error", "partial", "unrecognized", "empty"]);

function wellFormed(pkg: VendorPackage, parsed: { kind: string; status: number; [key: string]: unknown }): void {
  expect(kinds.has(parsed.kind), parsed.kind).toBe(true);
  expect(Number.isInteger(parsed.status)).toBe(true);
  if (parsed.kind === "error") expect(pkg.envelopeNames).toContain(parsed.envelope);
}

export function describeSdkErrorProperties(pkg: VendorPackage): void {
  describe("fromSdkError, as a property", () => {
    it("fromSdkErrorSync answers whatever was thrown with a known kind, never a throw", () => {
      fc.assert(
        fc.property(errorShapedValues, (value) => wellFormed(pkg, pkg.fromSdkErrorSync(value))),
        { numRuns: 200 },
      );
    });

    it("fromSdkError too, reading a Response it holds", async () => {
      await fc.assert(
        fc.asyncProperty(errorShapedValues, async (value) => wellFormed(pkg, await pkg.fromSdkError(value))),
        { numRuns: 100 },
      );
    });
  });
}
