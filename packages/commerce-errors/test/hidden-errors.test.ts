// Errors where an envelope check does not look: inside GraphQL `data`, in the failed items of batch
// bodies, and in the API families of schemas/<vendor>/fixtures (real bodies with their sources).
import { readFixtures } from "@commerce-errors/testkit";
import { describe, expect, it } from "vitest";
import { normalizeError, vendorNames } from "../src/index.js";

const fixtures = vendorNames.flatMap((vendor) => readFixtures(vendor).map((fixture) => ({ vendor, ...fixture })));

describe("every fixture normalizes as its vendor's", () => {
  it.each(
    fixtures.filter((fixture) => fixture.kind === "error" || fixture.kind === "partial").map((fixture) => [fixture.file, fixture] as const),
  )("%s", (_file, fixture) => {
    const normalized = normalizeError({ status: fixture.status, body: fixture.body, headers: fixture.headers }, { vendor: fixture.vendor });
    expect(normalized.vendor).toBe(fixture.vendor);
    if (fixture.envelope !== undefined) expect(normalized.envelope).toBe(fixture.envelope);
    // A body with one error may carry it in code and message only; one with many lists them as details.
    expect(normalized.details.length > 0 || normalized.code !== undefined).toBe(true);
    expect(normalized.message).not.toBe("");
  });

  it.each(fixtures.filter((fixture) => fixture.kind === "success").map((fixture) => [fixture.file, fixture] as const))(
    "%s is no error of any vendor",
    (_file, fixture) => {
      expect(normalizeError({ status: fixture.status, body: fixture.body }).envelope).toBe("unrecognized");
    },
  );
});

describe("errors inside GraphQL data: one detail per error, its pointer into data", () => {
  it("BigCommerce Admin translations", () => {
    const body = fixtures.find((fixture) => fixture.file.endsWith("admin-translations-mutation-errors.json"))!.body;
    const normalized = normalizeError({ status: 200, body });
    expect(normalized).toMatchObject({
      vendor: "bigcommerce",
      envelope: "GraphQLMutationErrorsResponse",
      code: "EntityNotFoundError",
      message: "Entity bc/store/category/28 not found.",
    });
    expect(normalized.details).toEqual([
      {
        code: "EntityNotFoundError",
        message: "Entity bc/store/category/28 not found.",
        pointer: "/translation/updateTranslations/errors/0",
      },
      {
        code: "InvalidTranslationEntityFieldsError",
        message: "Unsupported translation entity fields.",
        pointer: "/translation/updateTranslations/errors/1",
      },
    ]);
  });
});

describe("batch bodies: one detail per error of each failed item", () => {
  it("commercetools Bulk Update Variants 207", () => {
    const body = fixtures.find((fixture) => fixture.file.endsWith("variant-bulk-update-207.json"))!.body;
    const normalized = normalizeError({ status: 207, body });
    expect(normalized).toMatchObject({
      vendor: "commercetools",
      envelope: "VariantBulkUpdateResponse",
      code: "ConcurrentModification",
      retry: { kind: "after-refetch", currentVersion: 3 },
    });
    expect(normalized.details).toEqual([
      {
        code: "ConcurrentModification",
        message: "Object 2c3d4e5f-6a7b-8c9d-0e1f-2a3b4c5d6e7f has a different version than expected. Expected: 0 - Actual: 3.",
        item: { index: 1, id: "2c3d4e5f-6a7b-8c9d-0e1f-2a3b4c5d6e7f", pointer: "/results/1" },
      },
    ]);
  });
});
