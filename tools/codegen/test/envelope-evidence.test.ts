// What detection learns of an envelope from its schema alone: the fields it declares at the top and
// where it documents exact string values. Given a schema, want that evidence.
import { describe, expect, it } from "vitest";
import { envelopeEvidence } from "../src/model/envelope-evidence.js";
import { type ReadProblem, readSchemaGraph } from "../src/model/read-schema.js";

const evidenceOf = (schema: Record<string, unknown>) => {
  const problems: ReadProblem[] = [];
  const graph = readSchemaGraph(schema, problems);
  expect(problems).toEqual([]);
  return envelopeEvidence(graph);
};

describe("envelopeEvidence", () => {
  it.each([
    [
      "an open enum of documented sentences at the top",
      { type: "object", required: ["error"], properties: { error: { anyOf: [{ enum: ["Cart is locked"] }, { type: "string" }] } } },
      { fields: ["error"], values: [[["error"], ["Cart is locked"]]] },
    ],
    [
      "codes of array items through a definition",
      {
        type: "object",
        properties: { errors: { type: "array", items: { $ref: "#/definitions/E" } }, status: { type: "integer" } },
        definitions: { E: { type: "object", properties: { code: { enum: ["B", "A", 3] } } } },
      },
      {
        fields: ["errors", "status"],
        values: [
          [
            ["errors", "*", "code"],
            ["A", "B"],
          ],
        ],
      },
    ],
    [
      "a value the envelope excludes is no evidence",
      { type: "object", properties: { kind: { type: "string", not: { const: "x" } } } },
      { fields: ["kind"], values: [] },
    ],
    [
      "a recursive definition ends",
      {
        $ref: "#/definitions/N",
        definitions: { N: { type: "object", properties: { next: { $ref: "#/definitions/N" }, tag: { const: "n" } } } },
      },
      {
        fields: ["next", "tag"],
        values: [[["tag"], ["n"]]],
      },
    ],
  ])("%s", (_, schema, want) => {
    expect(evidenceOf(schema)).toEqual(want);
  });
});
