// The bounds that order envelopes before any is explained (envelope-bounds.ts): three counts of a
// rank as the digits of one number, and the helper the packages' compiled bounds read tags with.
import { describe, expect, it } from "vitest";
import { EXCLUDED, FIELD_LIMIT, firstItemTag } from "../src/index.js";
import { boundLimit } from "../src/envelope-bounds.js";

const bound = (shape: number, foreign: number, missing: number) => (shape * FIELD_LIMIT + foreign) * FIELD_LIMIT + missing;

describe("bound limits", () => {
  // A rank [excluded, shape, foreign, missing, ...]: the largest bound of an envelope that may still rank as near.
  it.each([
    { given: [0, 0, 0, 0], want: 0 },
    { given: [0, 0, 0, 2], want: bound(0, 0, 2) },
    { given: [0, 0, 2, 1], want: bound(0, 2, 1) }, // a bound of two foreign values and fewer missing keys may tie
    { given: [0, 1, 0, 0], want: bound(1, 0, 0) },
    { given: [0, 0, FIELD_LIMIT, 0], want: bound(1, 0, 0) - 1 }, // too many to be a digit: any count under the same shape
    { given: [0, FIELD_LIMIT, 0, 0], want: EXCLUDED - 1 },
    { given: [1, 0, 0, 0], want: Number.POSITIVE_INFINITY }, // excluded itself: every other may be nearer
  ])("rank $given: $want", ({ given, want }) => {
    expect(boundLimit([...given, Number.NaN, 1, Number.NaN])).toBe(want);
  });
});

describe("firstItemTag", () => {
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
