// The bounds that order envelopes before any is explained (envelope-bounds.ts): each a lower bound
// of the envelope's rank, so an envelope skipped for its bound could never have been the nearest.
import { describe, expect, it } from "vitest";
import { type EnvelopeValidator, type ExplainableSchema, envelopeFacts, explainUnion, firstItemTag } from "../src/index.js";
import { envelopeBounds } from "../src/envelope-bounds.js";

/** `{ statusCode, errors: [{ code: one of "SearchNotReady", "SearchDeactivated", message }] }`: commercetools' Product Search errors. */
const search: ExplainableSchema = {
  root: {
    kind: "object",
    typed: true,
    required: ["statusCode", "errors"],
    properties: [
      { name: "statusCode", node: { kind: "integer" } },
      { name: "errors", node: { kind: "array", typed: true, minItems: 1, items: { kind: "ref", key: "SearchError" } } },
    ],
  },
  definitions: {
    SearchError: {
      kind: "object",
      typed: true,
      required: ["code", "message"],
      properties: [
        { name: "code", node: { kind: "enum", values: ["SearchNotReady", "SearchDeactivated"] } },
        { name: "message", node: { kind: "string", typed: true } },
      ],
    },
  },
  checks: {},
};
/** The same, with any code. */
const standard: ExplainableSchema = {
  ...search,
  definitions: {
    SearchError: {
      ...search.definitions.SearchError!,
      properties: [
        { name: "code", node: { kind: "string", typed: true } },
        { name: "message", node: { kind: "string", typed: true } },
      ],
    } as never,
  },
};
const envelopes: EnvelopeValidator[] = [
  { name: "Search", check: () => false, schema: search, types: ["object"], required: [["statusCode", "errors"]] },
  { name: "Standard", check: () => false, schema: standard, types: ["object"], required: [["statusCode", "errors"]] },
];

describe("a closed-list tag of a first item", () => {
  it("is a fact of the envelope, with the issues that may come before its own", () => {
    // 2 required keys and statusCode's issues at the root; minItems; the item's 2 required keys.
    expect(envelopeFacts(envelopes[0]!).tags).toEqual([
      { array: "errors", tag: "code", allowed: ["SearchNotReady", "SearchDeactivated"], before: 7 },
    ]);
    expect(envelopeFacts(envelopes[1]!).tags).toEqual([]);
  });

  it.each([
    { given: { code: "ConcurrentModification", maxIssues: 100 }, want: [1024, 0] }, // two foreign values
    { given: { code: "SearchNotReady", maxIssues: 100 }, want: [0, 0] },
    { given: { code: 42, maxIssues: 100 }, want: [0, 0] }, // not a string: another issue, no bound
    { given: { code: "ConcurrentModification", maxIssues: 7 }, want: [0, 0] }, // the tag's issue may be cut
  ])("code $given.code, maxIssues $given.maxIssues: bounds $want", ({ given, want }) => {
    const body = {
      statusCode: 400,
      errors: [
        { code: given.code, message: "m" },
        { code: "X", message: 1 },
      ],
    };
    expect(envelopeBounds(envelopes, body, given.maxIssues)).toEqual(want);
  });

  it("is a lower bound: the envelope it puts behind explains the body worse", () => {
    const body = {
      statusCode: 400,
      errors: [
        { code: "ConcurrentModification", message: "m" },
        { code: "X", message: 1 },
      ],
    };
    expect(explainUnion(envelopes, body)).toEqual({
      valid: false,
      issues: [{ path: "/errors/1/message", keyword: "type", params: { type: "string" }, message: "must be string" }],
    });
    expect(explainUnion(envelopes.slice(0, 1), body)).toMatchObject({
      issues: [{ path: "/errors/0/code", keyword: "enum" }, { path: "/errors/1/code" }, { path: "/errors/1/message" }],
    });
  });

  it.each([
    { given: [{ code: "A" }], want: "A" },
    { given: [], want: undefined },
    { given: [["A"]], want: undefined },
    { given: "A", want: undefined },
    { given: [Object.create({ code: "A" })], want: undefined }, // inherited: not the item's own
  ])("firstItemTag($given) is $want", ({ given, want }) => {
    expect(firstItemTag(given, "code")).toBe(want);
  });
});
