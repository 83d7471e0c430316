// Given a schema fragment, want the schema json-schema-to-typescript should see.
import { describe, expect, it } from "vitest";
import { toTypeSchema } from "../src/emit/emit-types.js";

describe("toTypeSchema", () => {
  const table: { name: string; given: unknown; want: unknown }[] = [
    {
      name: "an open discriminated union becomes then | else",
      given: {
        if: { properties: { code: { enum: ["A"] } } },
        then: { $ref: "#/definitions/Known" },
        else: { $ref: "#/definitions/Unknown" },
      },
      want: { anyOf: [{ $ref: "#/definitions/Known" }, { $ref: "#/definitions/Unknown" }] },
    },
    {
      name: "known values of an open string keep their literals",
      given: { anyOf: [{ enum: ["a", "b"] }, { type: "string" }] },
      want: { tsType: '("a" | "b" | (string & {}))' },
    },
    {
      name: "a free-form object is a map, not {}",
      given: { type: "object", description: "meta" },
      want: { type: "object", description: "meta", additionalProperties: true },
    },
    {
      name: "an object with properties stays closed for types (validation stays open)",
      given: { type: "object", properties: { a: { type: "string" } } },
      want: { type: "object", properties: { a: { type: "string" } } },
    },
    {
      name: "a schema without constraints is any JSON value: unknown",
      given: { properties: { duplicateValue: { description: "any value" }, details: {} } },
      want: { properties: { duplicateValue: { description: "any value", tsType: "unknown" }, details: { tsType: "unknown" } } },
    },
    {
      name: "known values inside an array keep the array around the whole union",
      given: { type: "array", items: { anyOf: [{ enum: ["a"] }, { type: "string" }] } },
      want: { type: "array", items: { tsType: '("a" | (string & {}))' } },
    },
    {
      name: "a property named like a keyword is a property, not a keyword",
      given: { properties: { type: { type: "string" }, anyOf: { type: "integer" } } },
      want: { properties: { type: { type: "string" }, anyOf: { type: "integer" } } },
    },
    {
      name: "maxItems is a rule, not a shape: an array, not a union of tuples",
      given: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3 },
      want: { type: "array", items: { type: "string" }, minItems: 1 },
    },
    {
      name: "pattern properties are one index signature of their values",
      given: { type: "object", patternProperties: { "^x_": { type: "integer" }, "^y_": { type: "string" } } },
      want: { type: "object", additionalProperties: { anyOf: [{ type: "integer" }, { type: "string" }] } },
    },
    {
      name: "examples are dropped, nested ones too",
      given: { examples: [1], properties: { a: { examples: ["x"], type: "string" } } },
      want: { properties: { a: { type: "string" } } },
    },
  ];
  for (const { name, given, want } of table) {
    it(name, () => expect(toTypeSchema(given)).toEqual(want));
  }
});
