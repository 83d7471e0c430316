// The comparison: what the source has and schemas/ lacks, and what contradicts (reported, never decided).
import { describe, expect, it } from "vitest";
import { type CodeCount, type Comparison, compareCodeList, compareEnvelopes, compareFields, emptyComparison } from "../src/compare.js";
import { formatReport, isMissingAnything } from "../src/report.js";
import type { JsonSchema } from "../src/schemas/schema-json.js";
import type { SourceField } from "../src/source/source-model.js";

const definitions: Record<string, JsonSchema> = {
  ResourceIdentifier: { title: "ResourceIdentifier", type: "object", properties: { id: { type: "string" } } },
  Amount: { anyOf: [{ type: "integer" }, { type: "string" }] },
};
const compare = (field: SourceField, property: JsonSchema | undefined, required: boolean): Comparison => {
  const into = emptyComparison();
  const definition = {
    required: ["code", ...(required ? [field.name] : [])],
    properties: property === undefined ? {} : { [field.name]: property },
  };
  compareFields("ExampleError", [field], definition, definitions, into);
  return into;
};

describe("compareFields: one source field against one schema property", () => {
  const table: { name: string; field: SourceField; property?: JsonSchema; required: boolean; want: Partial<Comparison> }[] = [
    {
      name: "same type, both required",
      field: { name: "id", type: { kind: "string" }, optional: false },
      property: { type: "string" },
      required: true,
      want: {},
    },
    {
      name: "number in the source, integer in schemas/",
      field: { name: "version", type: { kind: "number" }, optional: true },
      property: { type: "integer" },
      required: false,
      want: {},
    },
    {
      name: "an open string enum is a string",
      field: { name: "kind", type: { kind: "string" }, optional: false },
      property: { anyOf: [{ enum: ["a"] }, { type: "string" }] },
      required: true,
      want: {},
    },
    {
      name: "a $ref is followed",
      field: { name: "who", type: { kind: "object", name: "CustomerResourceIdentifier" }, optional: false },
      property: { $ref: "#/definitions/ResourceIdentifier" },
      required: true,
      want: {},
    },
    {
      name: "any value in the source matches anything",
      field: { name: "value", type: { kind: "any" }, optional: false },
      property: { type: "string" },
      required: true,
      want: {},
    },
    {
      name: "no type in schemas/ matches anything",
      field: { name: "value", type: { kind: "string" }, optional: false },
      property: { description: "anything" },
      required: true,
      want: {},
    },
    {
      name: "a union overlapping an anyOf",
      field: { name: "amount", type: { kind: "number" }, optional: false },
      property: { $ref: "#/definitions/Amount" },
      required: true,
      want: {},
    },
    {
      name: "missing in schemas/",
      field: { name: "cartId", type: { kind: "string" }, optional: false },
      required: false,
      want: { missingFields: [{ owner: "ExampleError", field: "cartId", type: "string", optional: false }] },
    },
    {
      name: "optional in the source, required in schemas/",
      field: { name: "threadId", type: { kind: "string" }, optional: true },
      property: { type: "string" },
      required: true,
      want: { contradictions: [{ owner: "ExampleError", field: "threadId", reason: "required", source: "optional", schemas: "required" }] },
    },
    {
      name: "required in the source, optional in schemas/",
      field: { name: "field", type: { kind: "string" }, optional: false },
      property: { type: "string" },
      required: false,
      want: { contradictions: [{ owner: "ExampleError", field: "field", reason: "required", source: "required", schemas: "optional" }] },
    },
    {
      name: "a different type",
      field: { name: "currentVersion", type: { kind: "number" }, optional: true },
      property: { type: "string" },
      required: false,
      want: { contradictions: [{ owner: "ExampleError", field: "currentVersion", reason: "type", source: "number", schemas: "string" }] },
    },
    {
      name: "a different item type",
      field: { name: "skus", type: { kind: "array", items: { kind: "string" } }, optional: false },
      property: { type: "array", items: { type: "integer" } },
      required: true,
      want: { contradictions: [{ owner: "ExampleError", field: "skus", reason: "type", source: "string[]", schemas: "(number)[]" }] },
    },
    {
      name: "both at once",
      field: { name: "limit", type: { kind: "number" }, optional: false },
      property: { type: "boolean" },
      required: false,
      want: {
        contradictions: [
          { owner: "ExampleError", field: "limit", reason: "required", source: "required", schemas: "optional" },
          { owner: "ExampleError", field: "limit", reason: "type", source: "number", schemas: "boolean" },
        ],
      },
    },
  ];
  it.each(table)("$name", ({ field, property, required, want }) => {
    expect(compare(field, property, required)).toEqual({ ...emptyComparison(), ...want });
  });
});

describe("compareCodeList and compareEnvelopes", () => {
  it("counts the codes, names the missing ones and those only schemas/ knows", () => {
    const into = emptyComparison();
    compareCodeList(
      "code",
      "api-error#/code",
      ["card_declined", "expired_card", "new_code"],
      ["card_declined", "expired_card", "legacy_code"],
      into,
    );
    expect(into.counts).toEqual([
      { label: "code", where: "api-error#/code", source: 3, schemas: 3, missing: ["new_code"], schemasOnly: ["legacy_code"] },
    ]);
  });
  const subsets = [
    { name: "a closed subset the source declares", given: ["Refused", "Error"], want: { missing: [], schemasOnly: [] } },
    { name: "a value the source no longer declares", given: ["Refused", "Failed"], want: { missing: [], schemasOnly: ["Failed"] } },
  ];
  it.each(subsets)("a subset: nothing is missing from schemas/; $name", ({ given, want }) => {
    const into = emptyComparison();
    compareCodeList("resultCode", "payment-refusal#/properties/resultCode", ["Authorised", "Error", "Refused"], given, into, true);
    expect(into.counts).toEqual([
      { label: "resultCode", where: "payment-refusal#/properties/resultCode", source: 3, schemas: 2, subset: true, ...want },
    ]);
  });
  it("an envelope is found by its schema title; a same-shape alias is covered by its base", () => {
    const into = emptyComparison();
    const fields: SourceField[] = [{ name: "statusCode", type: { kind: "number" }, optional: false }];
    compareEnvelopes(
      [
        { typeName: "ErrorResponse", fields },
        { typeName: "AgentAuthError", fields, sameShapeAs: "ErrorResponse" },
        { typeName: "ProductSearchErrorResponse", fields },
      ],
      { ErrorResponse: "StandardErrorResponse" },
      new Map([["StandardErrorResponse", { required: ["statusCode"], properties: { statusCode: { type: "integer" } } }]]),
      into,
    );
    expect(into).toEqual({ ...emptyComparison(), missingEnvelopes: ["ProductSearchErrorResponse"] });
  });
});

describe("the report", () => {
  const comparison: Comparison = {
    counts: [
      {
        label: "code",
        where: "error-response#/definitions/ErrorObject",
        source: 3,
        schemas: 2,
        missing: ["OutOfScope"],
        schemasOnly: ["invalid_scope"],
      },
    ],
    missingFields: [{ owner: "DuplicateFieldError", field: "conflictingResource", type: "Reference", optional: true }],
    missingEnvelopes: ["ProductSearchErrorResponse"],
    contradictions: [
      { owner: "AgentResponsesErrorResponse", field: "threadId", reason: "required", source: "optional", schemas: "required" },
      { owner: "ConcurrentModificationError", field: "currentVersion", reason: "type", source: "number", schemas: "string" },
    ],
  };
  const report = {
    vendor: "commercetools",
    source: { name: "@commercetools/platform-sdk", version: "9.5.0" },
    before: comparison,
    comparison,
    written: [],
    toDo: [],
  };
  it("names the source package and version, then each finding on its own line", () => {
    expect(formatReport(report).split("\n")).toEqual([
      "commercetools: @commercetools/platform-sdk@9.5.0",
      "  codes: source 3, schemas 2 (error-response#/definitions/ErrorObject)",
      "    missing 1: OutOfScope",
      "    only in schemas/ 1: invalid_scope",
      "  missing envelope: ProductSearchErrorResponse (add a schema file with examples from the vendor docs, and list it in vendor.json)",
      "  missing field: DuplicateFieldError.conflictingResource (Reference, optional)",
      "  contradicts: AgentResponsesErrorResponse.threadId is optional in the source, required in schemas/",
      "  contradicts: ConcurrentModificationError.currentVersion is number in the source, string in schemas/",
    ]);
  });
  const subset = (schemasOnly: string[]): CodeCount => ({
    label: "resultCode",
    where: "payment-refusal#/properties/resultCode",
    source: 14,
    schemas: 2,
    missing: [],
    schemasOnly,
    subset: true,
  });
  const subsetLines = [
    {
      given: [],
      want: ["  resultCodes: source 14, schemas 2, a closed subset (payment-refusal#/properties/resultCode), all in the source"],
    },
    {
      given: ["Failed"],
      want: [
        "  resultCodes: source 14, schemas 2, a closed subset (payment-refusal#/properties/resultCode)",
        "    missing from the source 1: Failed",
      ],
    },
  ];
  it.each(subsetLines)("a closed subset, missing from the source: $given", ({ given, want }) => {
    const only = { ...emptyComparison(), counts: [subset(given)] };
    expect(
      formatReport({ ...report, vendor: "adyen", before: only, comparison: only })
        .split("\n")
        .slice(1),
    ).toEqual(want);
  });
  it("what --write leaves to a person is listed last", () => {
    const toDo = ['schemas/braintree/categories.json#/codes: documented code "81501" has no category'];
    const written = [{ where: "error-result#/definitions/BraintreeValidationError/properties/code", added: ["81501"] }];
    const only = emptyComparison();
    expect(
      formatReport({ ...report, vendor: "braintree", before: only, comparison: only, written, toDo })
        .split("\n")
        .slice(1),
    ).toEqual([
      "  added to error-result#/definitions/BraintreeValidationError/properties/code 1: 81501",
      '  to do by hand: schemas/braintree/categories.json#/codes: documented code "81501" has no category',
    ]);
  });
  const missing = [
    { name: "a missing code", given: { counts: comparison.counts }, want: true },
    { name: "a missing field", given: { missingFields: comparison.missingFields }, want: true },
    { name: "a missing envelope", given: { missingEnvelopes: comparison.missingEnvelopes }, want: true },
    { name: "only contradictions", given: { contradictions: comparison.contradictions }, want: false },
    { name: "codes only schemas/ knows", given: { counts: [{ ...comparison.counts[0]!, missing: [] }] }, want: false },
    { name: "a subset value the source lacks", given: { counts: [subset(["Failed"])] }, want: true },
    { name: "a subset the source declares", given: { counts: [subset([])] }, want: false },
  ];
  it.each(missing)("--check fails on $name: $want", ({ given, want }) => {
    const only = { ...emptyComparison(), ...given };
    expect(isMissingAnything({ ...report, before: only, comparison: only })).toBe(want);
  });
});
