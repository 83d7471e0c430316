// validateErrorResponse explains a body no envelope accepts by its nearest envelope, and saves work
// on the way (runtime envelope-bounds.ts: lower bounds of each envelope's rank, the likeliest first;
// validation.ts: a first look of two issues before explaining whole). Given each vendor's examples
// and fixtures with every leaf broken in turn, want the very issues an exhaustive search reports:
// every envelope explained whole and ranked, ties to the first in match order.
import {
  type ExplainableSchema,
  excludes,
  explainMarked,
  matchedFields,
  nearer,
  type RankedReading,
  rankIssues,
  ranked,
  type ValidationIssue,
} from "@commerce-errors/runtime";
import { readEnvelopeSchemas, readFixtures } from "@commerce-errors/testkit";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { vendorNames } from "../../src/index.js";
import { brokenCopies } from "./broken-copies.js";

interface Package {
  envelopeNames: readonly string[];
  validateErrorResponse(value: unknown): { valid: boolean; issues?: unknown[] };
}

/** The nearest envelope's issues, found the long way. */
function exhaustive(schemas: readonly ExplainableSchema[], body: unknown): unknown[] {
  let best: RankedReading | undefined;
  for (const schema of schemas) {
    const explained = explainMarked(schema, body);
    const fallback: ValidationIssue = { path: "", keyword: "not", params: {}, message: "is not valid" }; // what the validators report when the walk finds nothing
    const issues = explained.issues.length > 0 ? explained.issues : [fallback];
    const reading = ranked(
      { issues, marks: explained.marks },
      rankIssues({ issues, marks: explained.marks }, "", excludes(schema, body)),
      () => matchedFields(schema, schema.root, body, issues, ""),
    );
    if (!best || nearer(reading, best)) best = reading;
  }
  return best!.issues;
}

describe.each(vendorNames.map((vendor) => [vendor] as const))("%s: the nearest envelope", (vendor) => {
  it("is the one an exhaustive search finds, with the same issues", async () => {
    const pkg = (await import(`@commerce-errors/${vendor}`)) as unknown as Package;
    const collectors = (await import(`../../../${vendor}/src/collectors.ts`)) as Record<string, ExplainableSchema>;
    const schemas = pkg.envelopeNames.map((name) => collectors[`collecting${name}`]!);
    const real = [
      ...readEnvelopeSchemas(vendor).flatMap((schema) => schema.examples),
      ...readFixtures(vendor).map((fixture) => fixture.body),
    ];
    let compared = 0;
    for (const body of real.flatMap((each) => brokenCopies(each))) {
      if (typeof body !== "object" || body === null) continue; // a value of another type: one root type issue, not a ranking
      const result = pkg.validateErrorResponse(body);
      if (result.valid) continue;
      const want = exhaustive(schemas, body);
      // expect only on a difference: thousands of bodies.
      if (!isDeepStrictEqual(result.issues, want)) expect(result.issues, JSON.stringify(body)).toStrictEqual(want);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });
});
