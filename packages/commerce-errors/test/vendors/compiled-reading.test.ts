// A `commerce-errors/<vendor>` entry reads bodies with its vendor's compiled reading rules
// (src/generated/reading-<vendor>.ts, generated from schemas/<vendor>/reading.json by codegen's
// emit-reading.ts); the root entry with the runtime's interpreter over the same rules as data (/core `errorReading`). Both must
// read every body alike: each vendor's schema examples and fixtures, each of them with every leaf
// broken in turn, and bodies generated from the schemas, read as every one of the vendor's envelopes (matching or not).
import { readByRules, type ErrorReadingRules, type RetryHeaderRule, type RuleReading } from "@commerce-errors/runtime";
import { arbitraryFromSchema, readEnvelopeSchemas, readFixtures } from "@commerce-errors/testkit";
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { vendorNames } from "../../src/index.js";
import { brokenCopies } from "./broken-copies.js";

interface Core {
  envelopeNames: readonly string[];
  matchErrorEnvelope(value: unknown): string | undefined;
  errorReading: ErrorReadingRules;
}

interface Compiled {
  readErrorEnvelope(body: unknown, envelope: string): RuleReading;
  errorRetryHeaders: readonly RetryHeaderRule[];
}

describe.each(vendorNames.map((vendor) => [vendor] as const))("%s: compiled reading rules", (vendor) => {
  const load = async () => ({
    ...((await import(`@commerce-errors/${vendor}/core`)) as unknown as Core),
    ...((await import(`../../src/generated/reading-${vendor}.ts`)) as unknown as Compiled),
  });

  it("read every body as the interpreter reads the rules as data", async () => {
    const core = await load();
    const schemas = readEnvelopeSchemas(vendor);
    const generated = schemas.flatMap((schema) => fc.sample(arbitraryFromSchema(schema.schema), { numRuns: 10, seed: 21 }));
    const real = [...schemas.flatMap((schema) => schema.examples), ...readFixtures(vendor).map((fixture) => fixture.body)];
    const envelopes = [...core.envelopeNames, "NoSuchEnvelope", "__proto__", "toString"];
    let compared = 0;
    for (const each of [...real.flatMap((body) => [body, ...brokenCopies(body)]), ...generated])
      for (const envelope of envelopes) {
        const want = readByRules(core.errorReading, each, envelope, core.matchErrorEnvelope);
        const got = core.readErrorEnvelope(each, envelope);
        // expect only on a difference: hundreds of thousands of readings.
        if (!isDeepStrictEqual(got, want)) expect(got, `${envelope} of ${JSON.stringify(each)}`).toStrictEqual(want);
        compared++;
      }
    expect(compared).toBeGreaterThan(100);
  });

  it("name the retry headers of the rules", async () => {
    const core = await load();
    expect(core.errorRetryHeaders).toStrictEqual(core.errorReading.retryHeaders ?? []);
  });
});
