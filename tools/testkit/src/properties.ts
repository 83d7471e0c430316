// Property tests: for any value the entry points never throw and always agree; any mutation of a
// documented body that the validator rejects is reported at (or above) the mutated place; and AJV,
// the oracle, agrees with every envelope validator on every value, each path it reports (allErrors)
// being one of ours or an ancestor of one of ours (ours are as deep or deeper).
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UnsupportedForGeneration, arbitraryFromSchema } from "./arbitrary-from-schema.js";
import { exampleName, readEnvelopeSchemas } from "./fixtures.js";
import { type Result, type VendorPackage, exported } from "./vendor-package.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every JSON Pointer in a value, with the value found there. */
function pointers(value: Json, at = ""): [string, Json][] {
  const here: [string, Json][] = [[at, value]];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => pointers(item, `${at}/${i}`)));
  if (value && typeof value === "object") {
    return here.concat(
      Object.entries(value).flatMap(([key, item]) => pointers(item, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`)),
    );
  }
  return here;
}

function replaceAt(value: Json, pointer: string, replacement: Json | undefined): Json {
  if (pointer === "") return replacement as Json;
  const copy = structuredClone(value);
  const tokens = pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = tokens.pop()!;
  let parent: Json = copy;
  for (const token of tokens) parent = (parent as Record<string, Json>)[token]!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string, Json>)[last];
  } else (parent as Record<string, Json>)[last] = replacement;
  return copy;
}

const WRONG_TYPES: Json[] = [null, true, 1.5, "text", [], {}];

/** The oracle: the generator's AJV options (strict, discriminator, union types), reporting every error. */
const oracle = new Ajv({ strict: true, allowUnionTypes: true, discriminator: true, allErrors: true, validateFormats: false });

/** AJV paths that none of ours equals or lies under: what our explanation would miss. */
export function uncoveredPaths(ajvPaths: string[], ours: string[]): string[] {
  return ajvPaths.filter((path) => !ours.some((own) => own === path || own.startsWith(`${path}/`)));
}

/** A value plus one of its places replaced by a wrong type or removed. */
function mutationOf(value: Json): fc.Arbitrary<Json> {
  const places = pointers(value);
  return fc
    .tuple(fc.constantFrom(...places), fc.constantFrom<Json | undefined>(undefined, ...WRONG_TYPES))
    .map(([[pointer], replacement]) => (pointer === "" && replacement === undefined ? null : replaceAt(value, pointer, replacement)));
}

export function describeProperties(pkg: VendorPackage, vendor: string): void {
  const envelopes = readEnvelopeSchemas(vendor);

  describe("property tests", () => {
    it("for any JSON value, the guard, the validator and the Standard Schema agree and never throw", () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const verdict = pkg.isErrorResponse(value);
          expect(pkg.validateErrorResponse(value).valid).toBe(verdict);
          expect("value" in (pkg.errorResponseSchema["~standard"].validate(value) as object)).toBe(verdict);
        }),
        { numRuns: 300 },
      );
    });

    it("for any JavaScript value (functions, symbols, sparse arrays...), nothing throws", () => {
      fc.assert(
        fc.property(
          fc.anything({
            withBigInt: true,
            withMap: true,
            withSet: true,
            withDate: true,
            withTypedArray: true,
            withSparseArray: true,
            withNullPrototype: true,
          }),
          (value) => {
            expect(pkg.validateErrorResponse(value).valid).toBe(pkg.isErrorResponse(value));
            for (const { type } of pkg.errorCodes) exported<(value: unknown) => boolean>(pkg, `is${type}`)(value);
          },
        ),
        { numRuns: 200 },
      );
    });

    for (const envelope of envelopes) {
      const validateEnvelope = exported<(value: unknown) => Result>(pkg, `validate${envelope.title}`);
      const isEnvelope = exported<(value: unknown) => boolean>(pkg, `is${envelope.title}`);
      let generated: fc.Arbitrary<unknown> | undefined;
      let unsupported = "";
      try {
        generated = arbitraryFromSchema(envelope.schema);
      } catch (error) {
        if (!(error instanceof UnsupportedForGeneration)) throw error;
        unsupported = error.message;
      }
      it(`${envelope.title}: values generated from the schema (valid by construction) are accepted`, () => {
        expect(unsupported, "the schema uses a feature the generator of test values lacks").toBe("");
        fc.assert(
          fc.property(generated!, (value) => {
            const result = validateEnvelope(value);
            expect(result.valid ? [] : result.issues).toEqual([]);
            expect(isEnvelope(value)).toBe(true);
            expect(pkg.isErrorResponse(value)).toBe(true);
          }),
          { numRuns: 150 },
        );
      });
    }

    for (const envelope of envelopes) {
      const validate = exported<(value: unknown) => Result>(pkg, `validate${envelope.title}`);
      const ajvValidate = oracle.getSchema(String(envelope.schema.$id)) ?? oracle.compile(envelope.schema);
      const generated = (() => {
        try {
          return arbitraryFromSchema(envelope.schema) as fc.Arbitrary<Json>;
        } catch {
          return undefined; // reported by the test of generated values above
        }
      })();
      const values = fc.oneof(
        fc.jsonValue() as fc.Arbitrary<Json>,
        ...(generated ? [generated, generated.chain(mutationOf)] : []),
        ...(envelope.examples.length > 0 ? [fc.constantFrom(...(envelope.examples as Json[])).chain(mutationOf)] : []),
      );
      it(`${envelope.title}: AJV (the oracle, allErrors) and our validator agree, and every path AJV reports is ours or above ours`, () => {
        fc.assert(
          fc.property(values, (value) => {
            const verdict = ajvValidate(value) as boolean;
            const result = validate(value);
            expect(result.valid).toBe(verdict);
            if (result.valid) return;
            // Below an anyOf/oneOf that failed, AJV reports every branch's reading; ours explains the
            // nearest branch only. The union's own error (at its path) stands for all of them.
            const errors = ajvValidate.errors ?? [];
            const unions = errors.filter((error) => error.keyword === "anyOf" || error.keyword === "oneOf").map((e) => e.instancePath);
            const ajvPaths = errors
              .map((error) => error.instancePath)
              .filter((path) => !unions.some((union) => path !== union && (union === "" || path.startsWith(`${union}/`))));
            expect(
              uncoveredPaths(
                ajvPaths,
                result.issues.map((issue) => issue.path),
              ),
            ).toEqual([]);
          }),
          { numRuns: 300 },
        );
      });
    }

    for (const envelope of envelopes) {
      const validate = exported<(value: unknown) => Result>(pkg, `validate${envelope.title}`);
      const is = exported<(value: unknown) => boolean>(pkg, `is${envelope.title}`);
      envelope.examples.forEach((example, index) => {
        const places = pointers(example as Json).filter(([pointer]) => pointer !== "");
        if (places.length === 0) return;
        it(`${exampleName(envelope.title, example, index)}: a mutated field is rejected at the mutation, or accepted by a schema that allows it`, () => {
          fc.assert(
            fc.property(
              fc.constantFrom(...places),
              fc.constantFrom<Json | undefined>(undefined, ...WRONG_TYPES),
              ([pointer], replacement) => {
                const mutated = replaceAt(example as Json, pointer, replacement);
                const result = validate(mutated);
                expect(result.valid).toBe(is(mutated));
                if (result.valid) return;
                // Some issue names the mutated place, an ancestor (a union no branch matches), a place inside it,
                // or a sibling (a conditional on the mutated key: "no title, then a status").
                const parent = pointer.slice(0, pointer.lastIndexOf("/"));
                const pointsAtMutation = result.issues.some(
                  ({ path }) =>
                    path === pointer ||
                    pointer.startsWith(`${path}/`) ||
                    path.startsWith(`${pointer}/`) ||
                    path.slice(0, path.lastIndexOf("/")) === parent,
                );
                expect(pointsAtMutation).toBe(true);
              },
            ),
            { numRuns: Math.min(200, places.length * 7) },
          );
        });
      });
    }
  });
}
