// What is not an error envelope gets a clear "no": false, or issues with JSON Pointer paths.
import { describe, expect, it } from "vitest";
import { readEnvelopeSchemas, readStatusCatalog } from "./fixtures.js";
import type { VendorPackage } from "./vendor-package.js";
import { exported } from "./vendor-package.js";

const NOT_ENVELOPES: [string, unknown][] = [
  ["null", null],
  ["undefined", undefined],
  ["a number", 500],
  ["a string", "Internal Server Error"],
  ["true", true],
  ["an empty object", {}],
  ["an empty array of numbers", [1, 2, 3]],
  ["a function", () => ({ errors: [] })],
  ["a Date", new Date(0)],
];

export function describeRejection(pkg: VendorPackage, vendor: string): void {
  describe("values that are not error envelopes", () => {
    for (const [name, value] of NOT_ENVELOPES) {
      it(`${name} is rejected with an issue, without throwing`, () => {
        expect(pkg.isErrorResponse(value)).toBe(false);
        const result = pkg.validateErrorResponse(value);
        expect(result.valid).toBe(false);
        if (!result.valid) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
        }
        expect(() => pkg.assertErrorResponse(value)).toThrow(pkg.ErrorResponseValidationError);
        expect(pkg.errorResponseSchema["~standard"].validate(value)).toHaveProperty("issues");
      });
    }
  });

  describe("an example with a required field removed", () => {
    for (const envelope of readEnvelopeSchemas(vendor)) {
      const validate = exported<(value: unknown) => { valid: boolean; issues?: { path: string; keyword: string }[] }>(
        pkg,
        `validate${envelope.title}`,
      );
      const example = envelope.examples.find((e) => typeof e === "object" && e !== null && !Array.isArray(e)) as
        | Record<string, unknown>
        | undefined;
      for (const key of envelope.required) {
        if (!example || !(key in example)) continue;
        it(`${envelope.title} without "${key}" is invalid at /${key}`, () => {
          const { [key]: _removed, ...rest } = example;
          const result = validate(rest);
          expect(result.valid).toBe(false);
          expect(result.issues?.[0]).toMatchObject({ path: `/${key}`, keyword: "required" });
        });
      }
    }
  });

  describe("status-code catalog", () => {
    const documented = readStatusCatalog(vendor);
    it("describes every documented status", () => {
      for (const { status } of documented) expect(pkg.describeStatus(status)).toMatchObject({ status });
      expect(Object.keys(pkg.statusCodes).map(Number)).toEqual(documented.map((entry) => entry.status));
    });
    it("answers undefined for undocumented or nonsense statuses", () => {
      for (const status of [299, 999, -1, Number.NaN, 4.5]) expect(pkg.describeStatus(status)).toBeUndefined();
    });
    it("gives retry advice a client can act on", () => {
      for (const info of Object.values(pkg.statusCodes)) expect(["no", "with-backoff", "after-refetch"]).toContain(info.retry);
    });
  });
}
