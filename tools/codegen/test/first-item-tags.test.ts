// Closed-list tags of first items (emit/first-item-tags.ts), which the compiled bounds count as two
// foreign values: commercetools' Product Search errors, whose codes are five, rank behind a body
// whose first error has another code, and are not looked at. A bound must stay a lower bound, so a
// tag counts only where the explanation surely reaches it.
import { describe, expect, it } from "vitest";
import type { SchemaGraph, SchemaNode } from "../src/model/schema-node.js";
import { firstItemTags } from "../src/emit/first-item-tags.js";

const item: SchemaNode = {
  kind: "object",
  typed: true,
  required: ["code", "message"],
  properties: [
    { name: "code", node: { kind: "enum", values: ["SearchNotReady", "SearchDeactivated"] } },
    { name: "message", node: { kind: "string", typed: true } },
  ],
};
const errors: SchemaNode = { kind: "array", typed: true, minItems: 1, items: { kind: "ref", key: "SearchError" } };
const graph = (properties: { name: string; node: SchemaNode }[]): SchemaGraph => ({
  root: { kind: "object", typed: true, required: ["statusCode", "errors"], properties },
  definitions: { SearchError: item },
});

describe("firstItemTags", () => {
  it("finds the tag, and counts the issues that may come before it", () => {
    // The root's 2 required keys, statusCode's (a bound and a type: 2), minItems, the item's 2 required keys.
    expect(
      firstItemTags(
        graph([
          { name: "statusCode", node: { kind: "integer" } },
          { name: "errors", node: errors },
        ]),
      ),
    ).toEqual([{ array: "errors", tag: "code", allowed: ["SearchNotReady", "SearchDeactivated"], before: 7 }]);
  });

  it("finds none behind a field with no bound on its issues", () => {
    const list: SchemaNode = { kind: "array", typed: true, items: { kind: "string", typed: true } };
    expect(
      firstItemTags(
        graph([
          { name: "warnings", node: list },
          { name: "errors", node: errors },
        ]),
      ),
    ).toEqual([]);
  });

  it.each<{ name: string; code: SchemaNode; want: number }>([
    { name: "a const", code: { kind: "literal", value: "SearchNotReady" }, want: 1 },
    { name: "an open string", code: { kind: "string", typed: true }, want: 0 },
    { name: "numbers", code: { kind: "enum", values: [1, 2] }, want: 0 },
  ])("a tag that is $name: $want", ({ code, want }) => {
    const open = {
      ...graph([{ name: "errors", node: errors }]),
      definitions: { SearchError: { ...item, properties: [{ name: "code", node: code }] } as SchemaNode },
    };
    expect(firstItemTags(open)).toHaveLength(want);
  });
});
