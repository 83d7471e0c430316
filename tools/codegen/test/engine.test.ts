// The engine, node kind by node kind: given a schema fragment and a value, want the compiled
// check's verdict and the issue collector's issues; every row is cross-checked against AJV (the
// generator's options, allErrors) in the same test: same verdict, and every path AJV reports is
// one of ours or above one of ours.
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { type ExplainableSchema, explain } from "@commerce-errors/runtime";
import * as is from "@commerce-errors/runtime";
import { createVendorAjv } from "../src/ajv.js";
import { CheckCompiler } from "../src/emit/checks/compiler.js";
import type { JsonSchema } from "../src/load/types.js";
import { type ReadProblem, readSchemaGraph } from "../src/model/read-schema.js";
import type { SchemaGraph, SchemaNode } from "../src/model/schema-node.js";

interface Row {
  name: string;
  given: JsonSchema;
  value: unknown;
  /** The issues wanted, as `path keyword`; empty: the value is valid. */
  want: string[];
}

const known = {
  definitions: {
    Union: {
      title: "Union",
      type: "object",
      required: ["code"],
      properties: { code: { type: "string" } },
      discriminator: { propertyName: "code" },
      oneOf: [{ $ref: "#/definitions/ConflictError" }, { $ref: "#/definitions/MissingError" }],
    },
    ConflictError: {
      title: "ConflictError",
      type: "object",
      required: ["code", "version"],
      properties: { code: { const: "Conflict" }, version: { type: "integer" } },
    },
    MissingError: {
      title: "MissingError",
      type: "object",
      required: ["code", "field"],
      properties: { code: { const: "Missing" }, field: { type: "string" } },
    },
    Other: {
      title: "Other",
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" } },
    },
  },
};
const openUnion: JsonSchema = {
  ...known,
  if: { type: "object", required: ["code"], properties: { code: { enum: ["Conflict", "Missing"] } } },
  then: { $ref: "#/definitions/Union" },
  else: { $ref: "#/definitions/Other" },
};

const rows: Record<SchemaNode["kind"], Row[]> = {
  any: [{ name: "true accepts anything", given: { description: "only an annotation" }, value: [1, "x"], want: [] }],
  never: [
    {
      name: "false rejects everything",
      given: { type: "object", properties: { gone: false } },
      value: { gone: 1 },
      want: ["/gone false schema"],
    },
  ],
  object: [
    {
      name: "a valid object",
      given: { type: "object", required: ["a"], properties: { a: { type: "string" } } },
      value: { a: "x", extra: 1 },
      want: [],
    },
    { name: "not an object", given: { type: "object", properties: { a: { type: "string" } } }, value: [], want: [" type"] },
    {
      name: "every missing key and every wrong field, each at its own pointer",
      given: { type: "object", required: ["a", "b"], properties: { a: { type: "string" }, b: true, c: { type: "integer" } } },
      value: { c: 1.5 },
      want: ["/a required", "/b required", "/c type"],
    },
    {
      name: "keys with / and ~ are escaped",
      given: { type: "object", properties: { "a/b~c": { type: "string" } } },
      value: { "a/b~c": 1 },
      want: ["/a~1b~0c type"],
    },
    {
      name: "additionalProperties checks undeclared keys",
      given: { type: "object", properties: { a: true }, additionalProperties: { type: "string" } },
      value: { a: 1, b: 2 },
      want: ["/b type"],
    },
    { name: "minProperties counts own keys", given: { type: "object", minProperties: 1 }, value: {}, want: [" minProperties"] },
    { name: "minProperties met by any key", given: { type: "object", minProperties: 1 }, value: { field: ["is blank"] }, want: [] },
    {
      name: "required means own: an inherited constructor or toString is missing",
      given: { type: "object", required: ["__proto__", "toString", "constructor"] },
      value: {},
      want: ["/__proto__ required", "/toString required", "/constructor required"],
    },
    {
      name: "an own __proto__ key (as JSON.parse makes it) is present",
      given: { type: "object", required: ["__proto__"], properties: { __proto__: { type: "number" } } },
      value: JSON.parse('{"__proto__": 12}'),
      want: [],
    },
    {
      name: "properties apply to own values only: the inherited constructor is not checked",
      given: { type: "object", properties: { constructor: { type: "number" }, toString: { type: "string" } } },
      value: {},
      want: [],
    },
    {
      name: "patternProperties check every key they match; additionalProperties the rest",
      given: { type: "object", patternProperties: { "^x_": { type: "integer" } }, additionalProperties: false },
      value: { x_a: 1, x_b: "2", other: 3 },
      want: ["/x_b type", "/other false schema"],
    },
    {
      name: "propertyNames",
      given: { type: "object", propertyNames: { maxLength: 3 } },
      value: { abc: 1, abcd: 2 },
      want: ["/abcd propertyNames"],
    },
    { name: "maxProperties", given: { type: "object", maxProperties: 1 }, value: { a: 1, b: 2 }, want: [" maxProperties"] },
    {
      name: "dependencies, array form: the missing key at its pointer",
      given: { dependencies: { card: ["billing_address"] } },
      value: { card: "4242" },
      want: ["/billing_address dependencies"],
    },
    {
      name: "dependencies, schema form",
      given: { dependencies: { card: { required: ["cvc"], properties: { cvc: true } } } },
      value: { card: "4242" },
      want: ["/cvc required"],
    },
    {
      name: "minProperties and a wrong field: both",
      given: { type: "object", minProperties: 2, properties: { a: { type: "string" } } },
      value: { a: 1 },
      want: [" minProperties", "/a type"],
    },
  ],
  array: [
    {
      name: "items, each at its index",
      given: { type: "array", items: { type: "string" } },
      value: ["a", 2, "c", null],
      want: ["/1 type", "/3 type"],
    },
    { name: "minItems", given: { type: "array", minItems: 1 }, value: [], want: [" minItems"] },
    { name: "not an array", given: { type: "array" }, value: {}, want: [" type"] },
    { name: "maxItems", given: { type: "array", maxItems: 1 }, value: [1, 2], want: [" maxItems"] },
    {
      name: "tuple items by position, additionalItems after them",
      given: { type: "array", items: [{ type: "string" }, { type: "integer" }], additionalItems: { type: "boolean" } },
      value: ["a", "b", true, 1],
      want: ["/1 type", "/3 type"],
    },
    {
      name: "contains: no item passes",
      given: { type: "array", contains: { const: "sku" } },
      value: ["a", "b"],
      want: [" contains"],
    },
    { name: "contains: one item passes", given: { type: "array", contains: { const: "sku" } }, value: ["a", "sku"], want: [] },
    {
      name: "uniqueItems compares deeply, keys in any order",
      given: { type: "array", uniqueItems: true },
      value: [
        { a: 1, b: [2] },
        { b: [2], a: 1 },
      ],
      want: [" uniqueItems"],
    },
    { name: "uniqueItems: 1 and true differ", given: { type: "array", uniqueItems: true }, value: [1, true, "1"], want: [] },
  ],
  string: [
    { name: "minLength counts code points", given: { type: "string", minLength: 2 }, value: "😀", want: [" minLength"] },
    { name: "pattern", given: { type: "string", pattern: "^[a-z]+$" }, value: "A1", want: [" pattern"] },
    { name: "a string", given: { type: "string", minLength: 1, pattern: "^[a-z]+$" }, value: "ok", want: [] },
    { name: "maxLength counts code points", given: { type: "string", maxLength: 1 }, value: "😀", want: [] },
    { name: "maxLength", given: { type: "string", maxLength: 2 }, value: "abc", want: [" maxLength"] },
    { name: "string rules without a type pass other values", given: { maxLength: 2 }, value: 12345, want: [] },
  ],
  integer: [
    { name: "an integer", given: { type: "integer" }, value: 3, want: [] },
    { name: "a fraction is no integer", given: { type: "integer" }, value: 3.5, want: [" type"] },
    { name: "minimum", given: { type: "integer", minimum: 1 }, value: 0, want: [" minimum"] },
    { name: "minimum is inclusive", given: { type: "integer", minimum: 1 }, value: 1, want: [] },
    { name: "minimum after the type", given: { type: "integer", minimum: 1 }, value: "2", want: [" type"] },
  ],
  number: [
    { name: "a string is no number", given: { type: "number" }, value: "1", want: [" type"] },
    { name: "minimum of a number", given: { type: "number", minimum: 0.5 }, value: 0.25, want: [" minimum"] },
    { name: "minimum inside several types", given: { type: ["number", "string"], minimum: 0 }, value: -1, want: [" minimum"] },
    { name: "maximum", given: { type: "number", maximum: 10 }, value: 10.5, want: [" maximum"] },
    { name: "exclusiveMinimum", given: { type: "number", exclusiveMinimum: 0 }, value: 0, want: [" exclusiveMinimum"] },
    { name: "exclusiveMaximum", given: { type: "number", exclusiveMaximum: 1 }, value: 1, want: [" exclusiveMaximum"] },
    { name: "multipleOf on decimals", given: { type: "number", multipleOf: 0.01 }, value: 19.99, want: [] },
    { name: "not a multiple", given: { type: "number", multipleOf: 0.01 }, value: 19.995, want: [" multipleOf"] },
    { name: "numeric rules without a type pass other values", given: { minimum: 5 }, value: "3", want: [] },
    { name: "numeric rules without a type check numbers", given: { minimum: 5 }, value: 3, want: [" minimum"] },
  ],
  boolean: [{ name: "0 is no boolean", given: { type: "boolean" }, value: 0, want: [" type"] }],
  null: [{ name: "undefined-like values are no null", given: { type: "null" }, value: false, want: [" type"] }],
  types: [
    { name: "one of several types", given: { type: ["integer", "string"] }, value: "x", want: [] },
    { name: "none of the types", given: { type: ["integer", "string"] }, value: true, want: [" type"] },
    {
      name: "the option of the value's type explains it",
      given: { type: ["array", "null"], items: { type: "string" } },
      value: [1],
      want: ["/0 type"],
    },
  ],
  literal: [
    { name: "const", given: { const: "Conflict" }, value: "Other", want: [" const"] },
    { name: "const object, keys in any order", given: { const: { a: 1, b: [null] } }, value: { b: [null], a: 1 }, want: [] },
    { name: "const object with an extra key", given: { const: { a: 1 } }, value: { a: 1, b: 2 }, want: [" const"] },
    { name: "const object with a key missing", given: { const: { a: 1, b: 2 } }, value: { a: 1, c: 2 }, want: [" const"] },
    { name: "const object is no array", given: { const: { 0: "x" } }, value: ["x"], want: [" const"] },
    { name: "const array is no object", given: { const: ["x"] }, value: { 0: "x", length: 1 }, want: [" const"] },
    {
      name: "const object: an inherited name is not the value's",
      given: { const: { constructor: 1 } },
      value: { toString: 1 },
      want: [" const"],
    },
    { name: "const object: an own inherited name", given: { const: { constructor: 1 } }, value: JSON.parse('{"constructor":1}'), want: [] },
    { name: "const nested, 0 and false differ", given: { const: [{ a: false }] }, value: [{ a: 0 }], want: [" const"] },
    {
      name: "const too large to compare inline",
      given: { const: { a: [1, 2, 3, 4, 5, 6], b: { c: [7, 8, 9] } } },
      value: { b: { c: [7, 8, 9] }, a: [1, 2, 3, 4, 5, 6] },
      want: [],
    },
  ],
  enum: [
    { name: "enum", given: { enum: ["a", "b", 1] }, value: "c", want: [" enum"] },
    { name: "enum of arrays", given: { enum: [[1, 2], "x"] }, value: [1, 2], want: [] },
    { name: "enum of objects: none equal", given: { enum: [{ a: 1 }, [], "x"] }, value: { a: 1, b: 1 }, want: [" enum"] },
    { name: "enum: an empty array", given: { enum: [{ a: 1 }, [], "x"] }, value: [], want: [] },
  ],
  openEnum: [
    { name: "an unknown string passes an open enum", given: { anyOf: [{ enum: ["a", "b"] }, { type: "string" }] }, value: "z", want: [] },
    { name: "a number fails it, once", given: { anyOf: [{ enum: ["a", "b"] }, { type: "string" }] }, value: 1, want: [" type"] },
  ],
  ref: [
    {
      name: "a reference is explained by its definition",
      given: { ...known, $ref: "#/definitions/Other" },
      value: { code: "x" },
      want: ["/message required"],
    },
    {
      name: "a recursive reference to the root",
      given: { type: "object", properties: { cause: { $ref: "#" }, code: { type: "string" } } },
      value: { code: "a", cause: { code: "b", cause: { code: 3 } } },
      want: ["/cause/cause/code type"],
    },
    {
      name: "a reference to a property's schema",
      given: { type: "object", properties: { a: { type: "integer" }, b: { $ref: "#/properties/a" } } },
      value: { a: 1, b: "2" },
      want: ["/b type"],
    },
    {
      name: "a reference by $id, relative to the base URI",
      given: {
        $id: "urn:example:root",
        type: "object",
        properties: { item: { $ref: "#item" } },
        definitions: { item: { $id: "#item", type: "string" } },
      },
      value: { item: 1 },
      want: ["/item type"],
    },
  ],
  anyOf: [
    {
      name: "the branches the value's type fits explain it",
      given: {
        anyOf: [
          { type: "object", required: ["a"], properties: { a: true } },
          { type: "array", items: { type: "string" } },
        ],
      },
      value: { b: 1 },
      want: ["/a required"],
    },
    {
      name: "a value of no branch's type: one issue",
      given: { anyOf: [{ type: "object" }, { type: "array" }] },
      value: 1,
      want: [" type"],
    },
  ],
  oneOf: [
    {
      name: "exactly one branch: none passes, the nearest explains",
      given: {
        oneOf: [
          { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } },
          { type: "object", required: ["error"], properties: { error: { type: "string" } } },
        ],
      },
      value: { code: "x", message: 1 },
      want: ["/message type"],
    },
    {
      name: "two branches pass",
      given: { oneOf: [{ type: "integer" }, { minimum: 2 }] },
      value: 3,
      want: [" oneOf"],
    },
    { name: "one branch passes", given: { oneOf: [{ type: "integer" }, { minimum: 2 }] }, value: 1, want: [] },
  ],
  not: [
    {
      name: "a value the not matches",
      given: { type: "object", not: { required: ["statusCode"], properties: { statusCode: true } } },
      value: { statusCode: 1 },
      want: [" not"],
    },
    {
      name: "a not beside other rules speaks only when nothing more precise does",
      given: {
        type: "object",
        required: ["errors"],
        properties: { errors: true },
        not: { required: ["statusCode"], properties: { statusCode: true } },
      },
      value: { statusCode: 1 },
      want: ["/errors required"],
    },
  ],
  conditional: [
    {
      name: "then applies when if matches",
      given: { if: { type: "string" }, then: { type: "string", minLength: 2 }, else: { type: "integer" } },
      value: "a",
      want: [" minLength"],
    },
    {
      name: "else applies otherwise",
      given: { if: { type: "string" }, then: { type: "string", minLength: 2 }, else: { type: "integer" } },
      value: 1.5,
      want: [" type"],
    },
  ],
  discriminated: [
    {
      name: "the tag selects the case",
      given: { ...known, $ref: "#/definitions/Union" },
      value: { code: "Missing", field: 1 },
      want: ["/field type"],
    },
    { name: "an unknown tag", given: { ...known, $ref: "#/definitions/Union" }, value: { code: "Nope" }, want: ["/code discriminator"] },
    { name: "a missing tag", given: { ...known, $ref: "#/definitions/Union" }, value: {}, want: ["/code required"] },
  ],
  openUnion: [
    {
      name: "a known code is explained by its own case only",
      given: openUnion,
      value: { code: "Conflict", version: "2" },
      want: ["/version type"],
    },
    { name: "an unknown code falls to the catch-all", given: openUnion, value: { code: "New" }, want: ["/message required"] },
    {
      name: "a code of the wrong type: the catch-all explains it",
      given: openUnion,
      value: { code: 5 },
      want: ["/message required", "/code type"],
    },
    { name: "a valid known code", given: openUnion, value: { code: "Missing", field: "sku" }, want: [] },
  ],
  all: [
    {
      name: "allOf: every branch, each issue at its pointer",
      given: {
        allOf: [
          { type: "object", required: ["status"], properties: { status: { type: "integer" } } },
          { type: "object", required: ["title"], properties: { title: { type: "string" } } },
        ],
      },
      value: { status: "400", title: 1 },
      want: ["/status type", "/title type"],
    },
    {
      name: "several rules of one schema all report",
      given: {
        type: "object",
        required: ["a"],
        properties: { a: true },
        anyOf: [
          { type: "object", required: ["b"], properties: { b: true } },
          { type: "object", required: ["c"], properties: { c: true } },
        ],
      },
      value: {},
      want: ["/a required"],
    },
    {
      name: "the anyOf speaks when the other rules pass: its nearest branch, the first of equals",
      given: {
        type: "object",
        required: ["a"],
        properties: { a: true },
        anyOf: [
          { type: "object", required: ["b"], properties: { b: true } },
          { type: "object", required: ["c"], properties: { c: true } },
        ],
      },
      value: { a: 1 },
      want: ["/b required"],
    },
  ],
};

/** The compiled check of a schema, evaluated here (tests may use new Function; packages never do). */
function compiledCheck(graph: SchemaGraph): (value: unknown) => boolean {
  const compiler = new CheckCompiler("t", graph.definitions);
  const root = compiler.compileRoot(graph.root);
  const { code } = transformSync(`${compiler.result().declarations.join("\n")}\nreturn ${root};`, { loader: "ts" });
  const helpers = { ...is };
  return new Function(...Object.keys(helpers), code)(...Object.values(helpers)) as (value: unknown) => boolean;
}

function explainable(schema: JsonSchema): ExplainableSchema {
  const problems: ReadProblem[] = [];
  const graph = readSchemaGraph(schema, problems);
  expect(problems).toEqual([]);
  return { ...graph, checks: {} };
}

// Not strict: draft-07 allows what AJV's strict mode refuses (numeric rules without a type...).
const ajv = createVendorAjv({ allErrors: true, strict: false });

describe.each(Object.entries(rows))("%s", (kind, table) => {
  it.each(table)("$name", ({ given, value, want }) => {
    const schema = { $schema: "http://json-schema.org/draft-07/schema#", ...given };
    const graph = explainable(schema);
    if (kind !== "ref" && kind !== "discriminated") expect(JSON.stringify(graph.root)).toContain(`"kind":"${kind}"`);
    const verdict = compiledCheck(graph)(value);
    const issues = verdict ? [] : explain(graph, value);
    expect(issues.map((issue) => `${issue.path} ${issue.keyword}`)).toEqual(want);
    expect(verdict).toBe(want.length === 0);

    const ajvValidate = ajv.compile(schema);
    expect(ajvValidate(value), "AJV agrees with the verdict").toBe(verdict);
    const ours = issues.map((issue) => issue.path);
    // A `contains` reports why each item failed too: the contains issue covers them.
    const uncovered = (ajvValidate.errors ?? []).filter(
      (error) =>
        !error.schemaPath.includes("/contains/") &&
        !ours.some((own) => own === error.instancePath || own.startsWith(`${error.instancePath}/`)),
    );
    expect(uncovered, "every AJV path is ours or above ours").toEqual([]);
    for (const issue of issues) expect(issue.message).not.toBe("");
  });
});

describe("read-schema", () => {
  it("an unsupported keyword is a problem with its JSON Pointer", () => {
    const problems: ReadProblem[] = [];
    readSchemaGraph({ type: "object", properties: { a: { type: "string", maxLenght: 3 } } }, problems);
    expect(problems).toEqual([
      { pointer: "/properties/a/maxLenght", reason: 'keyword "maxLenght" is not supported (see schemas/README.md)' },
    ]);
  });
});
