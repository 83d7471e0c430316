// What the playground computes for an input, in Node with the same packages the page bundles.
import { type VendorModel, buildModel, loadVendor } from "@commerce-errors/codegen";
import { describe, expect, it } from "vitest";
import { listVendors, repositoryRoot } from "../scripts/schemas.js";
import { analyze, type PlaygroundInput, verdictOf } from "../src/playground/analyze.js";
import type { VendorPackage } from "../src/playground/vendor-package.js";

const packages: Record<string, VendorPackage> = {};
for (const vendor of listVendors()) packages[vendor] = (await import(`@commerce-errors/${vendor}`)) as VendorPackage;

const models = new Map<string, VendorModel>();
/** The `index`th example of `<vendor>/<stem>.schema.json`, as the generator's loader reads it. */
function example(file: string, index = 0): Record<string, unknown> {
  const vendor = file.split("/")[0]!;
  if (!models.has(vendor)) models.set(vendor, buildModel(loadVendor(`${repositoryRoot}schemas`, vendor)));
  return models.get(vendor)!.envelopes.find((envelope) => envelope.file === `schemas/${file}`)!.examples[index] as Record<string, unknown>;
}
const input = (given: Partial<PlaygroundInput>): PlaygroundInput => ({ text: "", status: undefined, url: "", vendor: "", ...given });

describe("analyze", () => {
  const rows = [
    {
      given: "Stripe's documented resource_missing body at 404",
      input: input({ text: JSON.stringify(example("stripe/api-error.schema.json")), status: 404 }),
      want: {
        vendor: "stripe",
        vendorChoice: "detected",
        envelope: "ApiErrorResponse",
        issues: 0,
        codes: ["resource_missing"],
        retry: "no",
        status: 404,
      },
    },
    {
      given: "commercetools' ConcurrentModification 409",
      input: input({ text: JSON.stringify(example("commercetools/error-response.schema.json")), status: 409 }),
      want: {
        vendor: "commercetools",
        vendorChoice: "detected",
        envelope: "StandardErrorResponse",
        issues: 0,
        codes: ["ConcurrentModification"],
        retry: "after-refetch",
        status: 409,
      },
    },
    {
      given: "a commercetools body with a string statusCode, commercetools picked",
      input: input({
        text: JSON.stringify({ ...example("commercetools/error-response.schema.json"), statusCode: "409" }),
        status: 409,
        vendor: "commercetools",
      }),
      want: {
        vendor: "commercetools",
        vendorChoice: "selected",
        envelope: undefined,
        issues: 1,
        codes: [],
        retry: "after-refetch",
        status: 409,
      },
    },
    {
      given: "an HTML maintenance page, no status (400 assumed)",
      input: input({ text: "<html><body>Down for maintenance</body></html>" }),
      want: { vendor: undefined, vendorChoice: "none", envelope: undefined, issues: 0, codes: [], retry: "no", status: 400 },
    },
    {
      given: "nothing at 503 from a Shopify store",
      input: input({ status: 503, url: "https://acme.myshopify.com/admin/api/2025-01/graphql.json" }),
      want: { vendor: "shopify", vendorChoice: "detected", envelope: undefined, issues: 0, codes: [], retry: "with-backoff", status: 503 },
    },
  ];
  for (const { given, input: playgroundInput, want } of rows) {
    it(given, () => {
      const result = analyze(playgroundInput, packages);
      expect({
        vendor: result.vendor,
        vendorChoice: result.vendorChoice,
        envelope: result.envelope,
        issues: result.issues.length,
        codes: result.codes,
        retry: result.normalized.retry.kind,
        status: result.status,
      }).toEqual(want);
    });
  }

  it("shows the issues of the vendor with the fewest when no vendor accepts the body", () => {
    const result = analyze(input({ text: JSON.stringify({ error: { type: 42 } }) }), packages);
    expect(result.vendorChoice === "closest" || result.vendorChoice === "detected").toBe(true);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every((issue) => issue.path === "" || issue.path.startsWith("/"))).toBe(true);
  });
});

describe("verdictOf", () => {
  const name = (vendor: string) => `<${vendor}>`;
  const verdict = (given: Partial<PlaygroundInput>) => verdictOf(analyze(input(given), packages), name);

  it("before any input: nothing to check, not an invalid body", () => {
    expect(verdict({})).toEqual({ tone: "idle", text: "Nothing to check yet: paste an error body or pick a documented one." });
  });

  it("text that is not JSON says so, with no issue count", () => {
    expect(verdict({ text: "<html>Bad Gateway</html>" })).toEqual({
      tone: "bad",
      text: "no vendor: the body is not JSON, so no error envelope can accept it",
    });
    const shopify = verdict({ text: "oops", url: "https://acme.myshopify.com/admin/api/2025-01/graphql.json" });
    expect(shopify.text).toBe("<shopify>: the body is not JSON, so no error envelope can accept it");
  });

  it("JSON: the envelope, or the issues counted", () => {
    expect(verdict({ text: JSON.stringify(example("stripe/api-error.schema.json")) })).toEqual({
      tone: "ok",
      text: "<stripe>: ApiErrorResponse",
    });
    const broken = verdict({
      text: JSON.stringify({ ...example("commercetools/error-response.schema.json"), statusCode: "409" }),
      vendor: "commercetools",
    });
    expect(broken).toEqual({ tone: "bad", text: "<commercetools>: not a valid error body (1 issue)" });
  });

  it("never says (0 issues)", () => {
    for (const text of ["", "x", "{", "null", "42", '"text"', "[]", "{}"]) expect(verdict({ text }).text).not.toMatch(/\(0 issues?\)/);
  });
});
