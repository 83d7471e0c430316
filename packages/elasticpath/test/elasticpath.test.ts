// Elastic Path Composable Commerce, as its docs describe it (https://elasticpath.dev/guides/Getting-Started/errors).
import { describe, expect, it } from "vitest";
import { describeStatus, isElasticPathErrorResponse, validateErrorResponse } from "../src/index.js";

describe("Elastic Path error responses", () => {
  it("errors may be an array or a single object, status a number or a string", () => {
    expect(
      isElasticPathErrorResponse({
        errors: [{ status: 404, title: "Category not found", detail: "The requested category could not be found" }],
      }),
    ).toBe(true);
    expect(isElasticPathErrorResponse({ errors: { status: "409", title: "Currency already exists" } })).toBe(true);
  });

  it("a captured v2 customers 422 without status is accepted", () => {
    expect(isElasticPathErrorResponse({ errors: [{ detail: "The data.email field is required.", title: "Failed Validation" }] })).toBe(
      true,
    );
  });

  it("an item with neither title nor status is invalid, pointing at the missing status", () => {
    const result = validateErrorResponse({ errors: [{ detail: "no title" }] });
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.issues.map((issue) => issue.path)).toContain("/errors/0/status");
  });

  it("an item with only status is valid: the js-sdk's own 429 fixture", () => {
    expect(validateErrorResponse({ errors: [{ status: 429 }] }).valid).toBe(true);
  });

  it("409 write conflicts advise a refetch", () => {
    expect(describeStatus(409)?.retry).toBe("after-refetch");
  });
});
