// The conformance suite every generated vendor package runs (see test/conformance.gen.test.ts).
import { describeBoundedExplanations } from "./bounded.js";
import { describeCore, type VendorCore } from "./core.js";
import { describeExamples } from "./examples.js";
import { describeHostileInputs } from "./hostile.js";
import { describeParsing } from "./parsing.js";
import { describeProperties } from "./properties.js";
import { describeRejection } from "./rejection.js";
import { describeSdkErrorProperties } from "./sdk-error.js";
import type { VendorPackage } from "./vendor-package.js";

export type { VendorPackage } from "./vendor-package.js";
export type { VendorCore } from "./core.js";
export { arbitraryFromSchema, envelopeBodies } from "./arbitrary-from-schema.js";
export { errorShapedValues } from "./error-shaped.js";
export { hostileProxy } from "./hostile-proxy.js";
export { exampleName, readEnvelopeSchemas, readFixtures, type Fixture, type FixtureKind } from "./fixtures.js";
export { fixtureProblem } from "@commerce-errors/codegen";

export function runConformanceSuite(pkg: VendorPackage, vendor: string, core: VendorCore): void {
  describeCore(pkg, core, vendor);
  describeExamples(pkg, vendor);
  describeRejection(pkg, vendor);
  describeBoundedExplanations(pkg, vendor);
  describeParsing(pkg, vendor);
  describeHostileInputs(pkg, vendor);
  describeProperties(pkg, vendor);
  describeSdkErrorProperties(pkg);
}
