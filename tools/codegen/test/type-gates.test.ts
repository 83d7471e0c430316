// A union branch's type gate (emit/type-gates.ts): the types it takes, when every value of another
// type gets exactly one type issue from it. The compiled anyOf picks a branch by these gates, so
// a gate claimed where the walk says otherwise would change an explanation: each row says why.
import { describe, expect, it } from "vitest";
import type { SchemaNode } from "../src/model/schema-node.js";
import { disjointGates, typeGate } from "../src/emit/type-gates.js";

const object = (required: string[] = [], typed = true): SchemaNode => ({ kind: "object", typed, required, properties: [] });
const definitions: Record<string, SchemaNode> = {
  Item: { kind: "all", nodes: [{ kind: "conditional", if: object(["title"], false), thenNode: object(["status"], false) }, object()] },
  Loop: { kind: "ref", key: "Loop" },
};

describe("typeGate", () => {
  it.each<{ name: string; given: SchemaNode; want: ReturnType<typeof typeGate> }>([
    { name: "a typed object", given: object(), want: { types: ["object"], wanted: "object" } },
    { name: "an untyped object: other types pass", given: object([], false), want: undefined },
    { name: "a typed integer", given: { kind: "integer" }, want: { types: ["integer"], wanted: "integer" } },
    {
      name: "a list of types",
      given: { kind: "types", options: [{ kind: "string", typed: true }, { kind: "null" }] },
      want: { types: ["string", "null"], wanted: "string,null" },
    },
    { name: "a tagged union", given: { kind: "discriminated", tag: "code", cases: [] }, want: { types: ["object"], wanted: "object" } },
    {
      name: "through a reference, beside an if that names keys",
      given: { kind: "ref", key: "Item" },
      want: { types: ["object"], wanted: "object" },
    },
    { name: "a reference to itself", given: { kind: "ref", key: "Loop" }, want: undefined },
    { name: "two typed parts: two type issues", given: { kind: "all", nodes: [object(), object(["a"])] }, want: undefined },
    {
      name: "a part that speaks to every type",
      given: { kind: "all", nodes: [object(), { kind: "not", node: object(["a"], false) }] },
      want: undefined,
    },
    { name: "an enum (its issue is no type issue)", given: { kind: "enum", values: ["a"] }, want: undefined },
  ])("$name", ({ given, want }) => {
    expect(typeGate(given, definitions)).toEqual(want);
  });
});

describe("disjointGates", () => {
  const gate = (...types: string[]) => ({ types: types as never[], wanted: types.join(",") });
  it.each([
    { given: [gate("array"), gate("object")], want: true },
    { given: [gate("string"), gate("object", "null")], want: true },
    { given: [gate("object"), gate("object")], want: false },
    { given: [gate("integer"), gate("number")], want: false }, // an integer is a number too
  ])("$given.0.wanted | $given.1.wanted: $want", ({ given, want }) => {
    expect(disjointGates(given)).toBe(want);
  });
});
