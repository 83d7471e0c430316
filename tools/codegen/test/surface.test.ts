// The semver surface reads the schema IR: given a field's schema, want what the surface records;
// and on every vendor, the surface's codes are the model's code unions'.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadVendor } from "../src/load/load-vendor.js";
import type { JsonSchema } from "../src/load/types.js";
import { buildModel } from "../src/model/build-model.js";
import { extractSurface, readSurfaceEnvelope } from "../src/model/surface.js";
import { listVendors } from "../src/pipeline.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** An envelope with one field `f` (required) and the definitions some rows refer to. */
function surfaceOf(field: unknown, definitions: Record<string, JsonSchema> = {}) {
  const schema: JsonSchema = {
    title: "Envelope",
    type: "object",
    required: ["f"],
    properties: { f: field as JsonSchema },
    definitions: { Target: { title: "Target", type: "object" }, ...definitions },
  };
  return extractSurface([readSurfaceEnvelope(schema)], []);
}

describe("a field, read from the IR", () => {
  const table: { given: unknown; types: string[] | undefined; known?: string[] }[] = [
    { given: { type: "integer" }, types: ["integer"] },
    { given: { type: "string", minLength: 1, pattern: "^a" }, types: ["string"] },
    { given: { type: ["string", "null"] }, types: ["null", "string"] },
    { given: { anyOf: [{ type: "string" }, { type: "null" }] }, types: ["null", "string"] },
    { given: { anyOf: [{ type: "string", minLength: 1 }, { type: "null" }] }, types: undefined },
    { given: { type: "string", enum: ["a", "b"] }, types: ["string"] },
    { given: { anyOf: [{ enum: ["a", "b"] }, { type: "string" }] }, types: undefined, known: ["a", "b"] },
    { given: { description: "Open.", anyOf: [{ enum: ["a"] }, { type: "string" }] }, types: undefined, known: ["a"] },
    { given: { const: "x" }, types: undefined },
    { given: { $ref: "#/definitions/Target" }, types: undefined },
    { given: { properties: { a: { type: "string" } } }, types: undefined },
    { given: {}, types: undefined },
  ];
  for (const { given, types, known } of table) {
    it(JSON.stringify(given), () => {
      const surface = surfaceOf(given);
      expect(surface.types.Envelope!.f).toMatchObject({ required: true, types });
      expect(surface.knownValues["Envelope.f"]).toEqual(known);
    });
  }

  it("annotations do not change a field's shape; any rule does", () => {
    const shape = (field: unknown) => surfaceOf(field).types.Envelope!.f!.shape;
    expect(shape({ type: "integer", description: "A count.", examples: [1] })).toBe(shape({ type: "integer" }));
    expect(shape({ type: "object", properties: { a: { description: "A.", type: "string" } } })).toBe(
      shape({ type: "object", properties: { a: { type: "string" } } }),
    );
    expect(shape({ type: "integer", minimum: 1 })).not.toBe(shape({ type: "integer" }));
    expect(shape({ enum: ["a", "b"] })).not.toBe(shape({ enum: ["a"] }));
  });
});

describe("a definition, read from the IR", () => {
  const union: Record<string, JsonSchema> = {
    Cause: {
      title: "Cause",
      type: "object",
      required: ["code"],
      properties: { code: { type: "string" } },
      discriminator: { propertyName: "code" },
      oneOf: [{ $ref: "#/definitions/ConflictError" }, { $ref: "#/definitions/MissingError" }],
    },
    ConflictError: { title: "ConflictError", type: "object", required: ["code"], properties: { code: { const: "Conflict" } } },
    MissingError: { title: "MissingError", type: "object", required: ["code"], properties: { code: { const: "Missing" } } },
  };
  const surface = surfaceOf({ type: "array", items: { $ref: "#/definitions/Cause" } }, union);

  it("type names are the titles types.ts exports, with ErrorResponse and ErrorCode", () => {
    expect(surface.typeNames).toEqual(["Cause", "ConflictError", "Envelope", "ErrorCode", "ErrorResponse", "MissingError", "Target"]);
  });
  it("codes are the cases of the discriminated definitions", () => {
    expect(surface.codes).toEqual(["Conflict", "Missing"]);
  });
  it("a discriminated union's field is its tag, a required string", () => {
    expect(surface.types.Cause).toMatchObject({ code: { required: true, types: ["string"] } });
  });
  it("a case's fields are its object's properties", () => {
    expect(surface.types.ConflictError).toMatchObject({ code: { required: true, types: undefined } });
  });
});

describe.each(listVendors(root))("%s", (vendor) => {
  it("the surface's codes are the model's code unions' codes", () => {
    const model = buildModel(loadVendor(`${root}schemas`, vendor));
    const surface = extractSurface(
      model.envelopes.map((e) => readSurfaceEnvelope(e.schema, e.graph)),
      model.statusCodes,
    );
    expect(surface.codes).toEqual(model.codeUnions.flatMap((union) => union.codes).sort());
  });
});
