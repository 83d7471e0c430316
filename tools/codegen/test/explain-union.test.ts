// The envelope-union explainer of @commerce-errors/runtime (validation.ts) with root shapes as the
// generator computes them: which envelope a failing body meant.
import { describe, expect, it } from "vitest";
import { type EnvelopeValidator, type ExplainableSchema, explainUnion } from "@commerce-errors/runtime";
import { rootShape } from "../src/model/root-shape.js";

const object = (required: string[], extra: Partial<Record<string, unknown>> = {}): ExplainableSchema => ({
  root: {
    kind: "object",
    typed: true,
    properties: required.map((name) => ({ name, node: { kind: "string", typed: true } })),
    required,
    ...extra,
  },
  definitions: {},
  checks: {},
});
const envelope = (name: string, schema: ExplainableSchema): EnvelopeValidator => ({
  name,
  check: () => false,
  schema,
  ...rootShape(schema),
});

describe("explainUnion picks the envelope the body meant", () => {
  const table: { name: string; envelopes: EnvelopeValidator[]; value: unknown; want: string[] }[] = [
    {
      name: "the fewest missing required top-level keys wins",
      envelopes: [envelope("A", object(["a", "b", "c"])), envelope("B", object(["a", "b"]))],
      value: { a: 1, b: "x" },
      want: ["/a type"],
    },
    {
      name: "then the fewest issues (of two that explain as many fields)",
      envelopes: [envelope("B", object(["a", "c", "d"])), envelope("A", object(["a", "b"]))],
      value: { a: "x", b: 1, c: 2, d: 3 },
      want: ["/b type"],
    },
    {
      name: "an envelope whose root excludes the value loses",
      envelopes: [
        envelope("G", {
          root: {
            kind: "all",
            nodes: [
              object(["errors"]).root,
              { kind: "not", node: { kind: "object", typed: false, properties: [], required: ["statusCode"] } },
            ],
          },
          definitions: {},
          checks: {},
        }),
        envelope("S", object(["statusCode", "message"])),
      ],
      value: { statusCode: 1, errors: "x" },
      want: ["/message required", "/statusCode type"],
    },
    {
      name: "a value outside another envelope's closed list (its codes) points away from it",
      envelopes: [
        envelope("Search", {
          root: {
            kind: "object",
            typed: true,
            properties: [{ name: "code", node: { kind: "enum", values: ["SearchNotReady"] } }],
            required: ["code"],
          },
          definitions: {},
          checks: {},
        }),
        envelope("Standard", {
          root: {
            kind: "object",
            typed: true,
            properties: [
              { name: "code", node: { kind: "string", typed: true } },
              { name: "version", node: { kind: "integer" } },
            ],
            required: ["code"],
          },
          definitions: {},
          checks: {},
        }),
      ],
      value: { code: "ConcurrentModification", version: "2" },
      want: ["/version type"],
    },
    {
      name: "a primitive is explained by the first envelope",
      envelopes: [envelope("A", object(["a"])), envelope("B", object([]))],
      value: 3,
      want: [" type"],
    },
    {
      name: "an envelope whose root wants an array loses to one that wants an object",
      envelopes: [
        envelope("List", { root: { kind: "array", typed: true, items: { kind: "string", typed: true } }, definitions: {}, checks: {} }),
        envelope("B", object(["a", "b"])),
      ],
      value: { a: "x" },
      want: ["/b required"],
    },
    {
      name: "an anyOf root counts the missing keys of its closest branch",
      envelopes: [
        envelope("Either", {
          root: { kind: "anyOf", branches: [object(["a", "b", "c"]).root, object(["d", "e"]).root] },
          definitions: {},
          checks: {},
        }),
        envelope("B", object(["a", "x"])),
      ],
      value: { d: "x", e: 1, a: "y" },
      want: ["/e type"], // within the anyOf, the nearest branch explains it: its keys are there, one value is wrong
    },
  ];
  it("never throws, not even on a revoked proxy (which Array.isArray rejects)", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = explainUnion([envelope("A", object(["a"]))], proxy);
    expect(result.valid ? [] : result.issues.map((issue) => issue.keyword)).toEqual(["exception"]);
  });

  it.each(table)("$name", ({ envelopes, value, want }) => {
    const result = explainUnion(envelopes, value);
    expect(result.valid ? [] : result.issues.map((issue) => `${issue.path} ${issue.keyword}`)).toEqual(want);
  });
});
