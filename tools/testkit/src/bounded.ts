// Explanations are bounded: a body with thousands of wrong items gets at most `maxIssues` issues
// (100 unless told otherwise) and says it was cut, so no body makes the explainer allocate
// without bound. Given each envelope's first example with an array, its items replaced by many
// wrong ones.
import { describe, expect, it } from "vitest";
import { readEnvelopeSchemas } from "./fixtures.js";
import type { Result, VendorPackage } from "./vendor-package.js";
import { exported } from "./vendor-package.js";

const WRONG_ITEMS = 5000;

/** A copy of the value with its first array (depth first) holding many items of another type than its first. */
export function withManyWrongItems(value: unknown): unknown | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    const wrong = typeof value[0] === "string" ? 12345 : "broken";
    return Array.from({ length: WRONG_ITEMS }, () => wrong);
  }
  for (const [key, item] of Object.entries(value)) {
    const replaced = withManyWrongItems(item);
    if (replaced !== undefined) return { ...value, [key]: replaced };
  }
  return undefined;
}

export function describeBoundedExplanations(pkg: VendorPackage, vendor: string): void {
  // Only bodies the envelope rejects (an array whose items are unconstrained stays valid).
  const cases = readEnvelopeSchemas(vendor).flatMap((envelope) => {
    const example = envelope.examples.find((e) => withManyWrongItems(e) !== undefined);
    const body = example === undefined ? undefined : withManyWrongItems(example);
    const validate = exported<(value: unknown) => Result>(pkg, `validate${envelope.title}`);
    return body === undefined || validate(body).valid ? [] : [{ title: envelope.title, body }];
  });
  describe.skipIf(cases.length === 0)(`bounded explanations (${WRONG_ITEMS} wrong items)`, () => {
    it.each(cases)("$title: at most 100 issues by default, and the result says it was cut", ({ title, body }) => {
      const validate = exported<(value: unknown, options?: { maxIssues?: number }) => Result>(pkg, `validate${title}`);
      const result = validate(body);
      expect(result.valid).toBe(false);
      if (result.valid) return;
      expect(result.issues.length).toBeLessThanOrEqual(100);
      if (result.truncated) expect(result.issues).toHaveLength(100);
      const few = validate(body, { maxIssues: 3 });
      expect(few.valid).toBe(false);
      if (!few.valid) expect(few.issues.length).toBeLessThanOrEqual(3);
    });
    // Bodies no envelope accepts (one envelope's wrong items may be another's valid ones).
    const rejected = cases.filter(({ body }) => !pkg.isErrorResponse(body));
    it.skipIf(rejected.length === 0).each(rejected)("$title: validateErrorResponse is bounded too", ({ body }) => {
      const result = pkg.validateErrorResponse(body, { maxIssues: 10 });
      expect(result.valid).toBe(false);
      if (!result.valid) {
        expect(result.issues.length).toBeLessThanOrEqual(10);
        if (result.truncated) expect(result.issues).toHaveLength(10);
      }
    });
  });
}
