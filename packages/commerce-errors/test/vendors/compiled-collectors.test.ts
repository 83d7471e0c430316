// Each vendor package's validate functions explain a rejected body with the collectors the
// generator compiled (src/collectors.ts, from codegen's emit/collectors.ts); its parseErrorResponse
// walks the schema IR (src/explain-data.ts) instead, to keep that code out of its bundle. Both must
// report the very same issues, in the same order, with the same ranking marks (so the nearest
// envelope is chosen alike): on each vendor's schema examples and fixtures, each of them with every
// leaf broken in turn, and bodies generated from the schemas, against every envelope.
import { type ExplainableSchema, explainMarked } from "@commerce-errors/runtime";
import { arbitraryFromSchema, readEnvelopeSchemas, readFixtures } from "@commerce-errors/testkit";
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { vendorNames } from "../../src/index.js";
import { brokenCopies } from "./broken-copies.js";

/** The schema as the runtime walks it: the IR and the compiled checks, no compiled collector. */
const walked = ({ collectRoot: _root, collectors: _collectors, ...schema }: ExplainableSchema): ExplainableSchema => schema;

describe.each(vendorNames.map((vendor) => [vendor] as const))("%s: compiled issue collectors", (vendor) => {
  it("report what the walk of the IR reports, marks included", async () => {
    const shipped = Object.values((await import(`../../../${vendor}/src/collectors.ts`)) as Record<string, ExplainableSchema>);
    expect(
      shipped.some((schema) => schema.collectRoot || schema.collectors),
      "the package ships compiled collectors",
    ).toBe(true);
    const schemas = readEnvelopeSchemas(vendor);
    const generated = schemas.flatMap((schema) => fc.sample(arbitraryFromSchema(schema.schema), { numRuns: 10, seed: 23 }));
    const real = [...schemas.flatMap((schema) => schema.examples), ...readFixtures(vendor).map((fixture) => fixture.body)];
    let compared = 0;
    for (const body of [...real.flatMap((each) => [each, ...brokenCopies(each)]), ...generated])
      for (const schema of shipped)
        for (const maxIssues of [100, 2]) {
          const want = explainMarked(walked(schema), body, { maxIssues });
          const got = explainMarked(schema, body, { maxIssues });
          // expect only on a difference: tens of thousands of explanations.
          if (!isDeepStrictEqual(got, want)) expect(got, `${JSON.stringify(body)} (maxIssues ${maxIssues})`).toStrictEqual(want);
          compared++;
        }
    expect(compared).toBeGreaterThan(100);
  });
});
