// Partial failures of the bulk endpoints (the fixtures themselves run in the conformance suite).
import { describe, expect, it } from "vitest";
import { isConcurrentModificationError, parseErrorResponse, readFailedItems } from "../src/index.js";

// api-specs/api/examples/variant-bulk-response.example.json (commercetools/commercetools-api-reference)
const bulk = {
  successCount: 1,
  failureCount: 1,
  results: [
    { id: "7a3b5c8d-1e2f-4a5b-8c9d-0e1f2a3b4c5d", status: "Success", resource: { id: "7a3b5c8d-1e2f-4a5b-8c9d-0e1f2a3b4c5d", version: 2 } },
    {
      id: "2c3d4e5f-6a7b-8c9d-0e1f-2a3b4c5d6e7f",
      status: "Fail",
      errors: [
        {
          code: "ConcurrentModification",
          message: "Object 2c3d4e5f-6a7b-8c9d-0e1f-2a3b4c5d6e7f has a different version than expected. Expected: 0 - Actual: 3.",
          currentVersion: 3,
        },
      ],
    },
  ],
};

describe("bulk update (207 Multi-Status)", () => {
  it("gives kind partial with each failed item, its id, pointer and typed errors, and the success count", async () => {
    const parsed = await parseErrorResponse({ status: 207, body: bulk });
    expect(parsed).toMatchObject({ kind: "partial", status: 207, envelope: "VariantBulkUpdateResponse", succeeded: 1 });
    if (parsed.kind !== "partial") throw new Error("not partial");
    expect(parsed.failed).toEqual([
      { index: 1, id: "2c3d4e5f-6a7b-8c9d-0e1f-2a3b4c5d6e7f", pointer: "/results/1", errors: bulk.results[1]!.errors },
    ]);
    expect(isConcurrentModificationError(parsed.failed[0]!.errors[0])).toBe(true);
  });

  it.each([
    ["every item succeeded (failureCount 0)", 207, { successCount: 1, failureCount: 0, results: [bulk.results[0]] }, "unrecognized"],
    ["the same body with a 4xx is an error, not a partial success", 400, bulk, "error"],
    [
      "a Fail item without errors still counts as failed",
      207,
      { successCount: 0, failureCount: 1, results: [{ key: "k", status: "Fail" }] },
      "partial",
    ],
  ] as const)("%s", async (_name, status, body, kind) => {
    expect((await parseErrorResponse({ status, body })).kind).toBe(kind);
  });

  it("readFailedItems reads a body by envelope name and ignores non-batch envelopes", () => {
    expect(readFailedItems("VariantBulkUpdateResponse", bulk)?.failed.map((item) => item.index)).toEqual([1]);
    expect(readFailedItems("StandardErrorResponse", bulk)).toBeUndefined();
  });
});
