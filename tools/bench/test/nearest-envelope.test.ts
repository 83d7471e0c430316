// The nearest envelope (runtime/explain.ts rankIssues): every valid fixture and schema example of
// every vendor, one leaf broken at a time and then two at once (src/mutations.ts); the issues of
// validateErrorResponse point at the broken place in at least 98% of the cases, for one break and
// for both of two. `pnpm bench` prints the same figures.
import { describe, expect, it } from "vitest";
import { breakLeaf, leaves, measureMutations } from "../src/mutations.js";

describe("mutations of the fixtures", () => {
  it("breakLeaf: a string becomes a number, any other leaf a string", () => {
    expect(breakLeaf({ a: ["x", 1, null] }, "/a/0")).toEqual({ a: [12345, 1, null] });
    expect(breakLeaf({ a: ["x", 1, null] }, "/a/2")).toEqual({ a: ["x", 1, "broken"] });
    expect(leaves({ "a/b": [true, { c: "d" }] })).toEqual(["/a~1b/0", "/a~1b/1/c"]);
  });

  const figures = measureMutations();
  it("covers every vendor's bodies (hundreds of breaks)", () => {
    expect(figures.single.cases).toBeGreaterThan(500);
    expect(figures.double.cases).toBeGreaterThan(200);
  });
  it("one break: an issue at the broken pointer in >= 98% of the cases", () => {
    expect(figures.single.hits / figures.single.cases, JSON.stringify(figures.misses.slice(0, 5))).toBeGreaterThanOrEqual(0.98);
  });
  it("two breaks: both reported in >= 98% of the cases", () => {
    expect(figures.double.hits / figures.double.cases, JSON.stringify(figures.misses.slice(0, 5))).toBeGreaterThanOrEqual(0.98);
  });
});
