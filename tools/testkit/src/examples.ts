// Every documented body is accepted, by the union and by its own envelope's guard.
import { describe, expect, it } from "vitest";
import { exampleName, readEnvelopeSchemas, readFixtures } from "./fixtures.js";
import { type VendorPackage, exported } from "./vendor-package.js";

export function describeExamples(pkg: VendorPackage, vendor: string): void {
  const envelopes = readEnvelopeSchemas(vendor);

  describe("schema examples (bodies from the vendor docs)", () => {
    for (const envelope of envelopes) {
      const isEnvelope = exported<(value: unknown) => boolean>(pkg, `is${envelope.title}`);
      envelope.examples.forEach((example, index) => {
        it(`${exampleName(envelope.title, example, index)} is a ${envelope.title} and an ErrorResponse`, () => {
          expect(isEnvelope(example)).toBe(true);
          expect(pkg.isErrorResponse(example)).toBe(true);
          const result = pkg.validateErrorResponse(example);
          expect(result).toMatchObject({ valid: true, value: example });
          expect(() => pkg.assertErrorResponse(example)).not.toThrow();
          expect(pkg.errorResponseSchema["~standard"].validate(example)).toEqual({ value: example });
        });
      });
    }
  });

  const fixtures = readFixtures(vendor);
  if (fixtures.length > 0)
    describe("fixtures (real bodies, schemas/<vendor>/fixtures)", () => {
      for (const fixture of fixtures) {
        it(`${fixture.name} (HTTP ${fixture.status}) parses to ${fixture.kind}${fixture.envelope ? ` as ${fixture.envelope}` : ""}`, async () => {
          const parsed = await pkg.parseErrorResponse({ status: fixture.status, headers: fixture.headers ?? {}, body: fixture.body });
          if (fixture.kind === "success") {
            expect(parsed.kind).not.toBe("error");
            expect(parsed.kind).not.toBe("partial");
            return;
          }
          expect(parsed.kind).toBe(fixture.kind);
          expect(parsed.status).toBe(fixture.status);
          if (fixture.kind !== "error") return;
          expect(pkg.validateErrorResponse(fixture.body)).toMatchObject({ valid: true, value: fixture.body });
          if (fixture.envelope) {
            expect(parsed.envelope).toBe(fixture.envelope);
            expect(exported<(value: unknown) => boolean>(pkg, `is${fixture.envelope}`)(fixture.body)).toBe(true);
          }
        });
      }
    });

  describe("documented error codes", () => {
    for (const { code, type } of pkg.errorCodes) {
      it(`${code} has a guard that accepts only its own code`, () => {
        const guard = exported<(value: unknown) => boolean>(pkg, `is${type}`);
        expect(guard({ code: `${code}-not` })).toBe(false);
        expect(guard(null)).toBe(false);
        expect(guard("code")).toBe(false);
      });
    }
    it("are each used by at least one guard that accepts a documented body", () => {
      const kinds = new Map(pkg.errorCodes.map((entry) => [entry.code, entry.type]));
      const accepted = new Set<string>();
      for (const envelope of envelopes) {
        for (const example of envelope.examples) {
          for (const item of errorItems(example)) {
            const type = kinds.get((item as { code?: string }).code ?? "");
            if (type && exported<(value: unknown) => boolean>(pkg, `is${type}`)(item)) accepted.add(type);
          }
        }
      }
      if (pkg.errorCodes.length > 0) expect(accepted.size).toBeGreaterThan(0);
    });
  });
}

/** The error objects inside an example body, wherever the envelope keeps them. */
export function errorItems(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body !== "object" || body === null) return [];
  const errors = (body as { errors?: unknown }).errors;
  if (Array.isArray(errors)) return errors;
  return errors && typeof errors === "object" ? [errors] : [];
}
