// Explanations are bounded (runtime/explain.ts): at most `maxIssues` issues, DEFAULT_MAX_ISSUES
// (100) unless told otherwise, and `truncated: true` when there were more. A million wrong items
// cost 100 issues, not a million.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_ISSUES,
  type EnvelopeValidator,
  type ExplainableSchema,
  explainMarked,
  explainUnion,
  explainValue,
  validateWith,
} from "../src/index.js";

/** `{ errors: [{ message: string }] }`, with no compiled definition checks. */
const errorsList: ExplainableSchema = {
  root: {
    kind: "object",
    typed: true,
    required: ["errors"],
    properties: [
      {
        name: "errors",
        node: {
          kind: "array",
          typed: true,
          items: {
            kind: "object",
            typed: true,
            required: ["message"],
            properties: [{ name: "message", node: { kind: "string", typed: true } }],
          },
        },
      },
    ],
  },
  definitions: {},
  checks: {},
};
const envelope: EnvelopeValidator = { name: "Errors", check: () => false, schema: errorsList, types: ["object"], required: [["errors"]] };
const withWrongItems = (count: number) => ({ errors: Array.from({ length: count }, () => 1) });

describe("bounded explanations", () => {
  it("the default cap is 100", () => {
    expect(DEFAULT_MAX_ISSUES).toBe(100);
  });

  it.each([
    { given: { items: 1_000_000 }, want: { issues: 100, truncated: true } },
    { given: { items: 101 }, want: { issues: 100, truncated: true } },
    { given: { items: 100 }, want: { issues: 100, truncated: false } },
    { given: { items: 3 }, want: { issues: 3, truncated: false } },
    { given: { items: 50, maxIssues: 10 }, want: { issues: 10, truncated: true } },
    { given: { items: 50, maxIssues: 0 }, want: { issues: 50, truncated: false } }, // not a positive number: the default
    { given: { items: 500, maxIssues: 1000 }, want: { issues: 500, truncated: false } },
  ])("$given.items wrong items, maxIssues $given.maxIssues: $want.issues issues", ({ given, want }) => {
    const { issues, truncated } = explainValue(errorsList, withWrongItems(given.items), { maxIssues: given.maxIssues });
    expect({ issues: issues.length, truncated }).toEqual(want);
    expect(issues[0]).toMatchObject({ path: "/errors/0", keyword: "type" });
  });

  it("validateWith and explainUnion say when they cut, and only then", () => {
    const cut = validateWith(envelope, withWrongItems(1_000_000));
    expect(cut).toMatchObject({ valid: false, truncated: true });
    expect(cut.valid ? 0 : cut.issues.length).toBe(100);
    const union = explainUnion([envelope], withWrongItems(1_000_000), { maxIssues: 5 });
    expect(union).toMatchObject({ valid: false, truncated: true });
    expect(union.valid ? 0 : union.issues.length).toBe(5);
    expect(validateWith(envelope, withWrongItems(2))).not.toHaveProperty("truncated");
  });

  // A first look (validation.ts ranks envelopes by one) stops at `look` issues: they are the first
  // of the whole explanation, and `truncated` says that there may be more.
  it.each([
    { given: { items: 1, look: 1 }, want: { issues: 1, truncated: false } }, // nothing turned away: whole
    { given: { items: 2, look: 1 }, want: { issues: 1, truncated: true } },
    { given: { items: 3, look: 2 }, want: { issues: 2, truncated: true } },
    { given: { items: 2, look: 5 }, want: { issues: 2, truncated: false } },
    { given: { items: 3, look: 5, maxIssues: 2 }, want: { issues: 2, truncated: true } }, // a look past the cap is a whole explanation
  ])("a first look of $given.look at $given.items wrong items: $want.issues issues, truncated $want.truncated", ({ given, want }) => {
    const value = withWrongItems(given.items);
    const { issues, truncated } = explainMarked(errorsList, value, { maxIssues: given.maxIssues }, given.look);
    expect({ issues: issues.length, truncated }).toEqual(want);
    expect(issues).toEqual(explainValue(errorsList, value, { maxIssues: given.maxIssues }).issues.slice(0, issues.length));
  });
});
