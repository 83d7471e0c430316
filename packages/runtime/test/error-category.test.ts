// categorize: a vendor's mapped codes, then its statuses, then RFC 9110's, then its envelopes.
import { describe, expect, it } from "vitest";
import { categorize, type ErrorCategoryData, httpStatusCategory, shopperMessageKeyOf, statusCategory } from "../src/index.js";

const data: ErrorCategoryData = {
  statuses: { 402: "payment-declined", 423: "unavailable" },
  codes: { "payment-declined": ["card_declined"], "out-of-stock": ["OutOfStock"], validation: ["InvalidInput"], conflict: ["toString"] },
  envelopes: { MutationErrors: "validation" },
  shopperMessages: { "card-declined": ["card_declined"], "insufficient-funds": ["insufficient_funds"] },
};

describe("categorize", () => {
  const cases: { name: string; facts: Parameters<typeof categorize>[1]; want: string }[] = [
    { name: "a mapped code", facts: { codes: ["card_declined"], status: 400, envelope: undefined }, want: "payment-declined" },
    {
      name: "the most specific of several mapped codes",
      facts: { codes: ["InvalidInput", "OutOfStock"], status: 400, envelope: undefined },
      want: "out-of-stock",
    },
    {
      name: "an unmapped code: the vendor's status",
      facts: { codes: ["new_code"], status: 423, envelope: undefined },
      want: "unavailable",
    },
    { name: "an unmapped code: RFC 9110's status", facts: { codes: ["new_code"], status: 409, envelope: undefined }, want: "conflict" },
    { name: "HTTP 200: the envelope", facts: { codes: ["REQUIRED"], status: 200, envelope: "MutationErrors" }, want: "validation" },
    { name: "an inherited envelope name is no envelope", facts: { codes: [], status: 200, envelope: "toString" }, want: "unknown" },
    {
      name: "a code named like an Object method is a code like any other",
      facts: { codes: ["toString"], status: 200, envelope: undefined },
      want: "conflict",
    },
    { name: "nothing says", facts: { codes: [undefined], status: undefined, envelope: undefined }, want: "unknown" },
  ];
  it.each(cases)("$name", ({ facts, want }) => {
    expect(categorize(data, facts)).toBe(want);
  });

  it("without data, only the status decides", () => {
    expect(categorize(undefined, { codes: ["card_declined"], status: 503, envelope: undefined })).toBe("unavailable");
  });
});

describe("httpStatusCategory and statusCategory", () => {
  const table: [number, string | undefined][] = [
    [200, undefined],
    [400, "validation"],
    [401, "authentication"],
    [402, undefined],
    [403, "permission"],
    [404, "not-found"],
    [408, "transport"],
    [418, undefined],
    [429, "rate-limit"],
    [500, "server"],
    [502, "unavailable"],
    [522, "unavailable"],
    [599, "server"],
  ];
  it.each(table)("%i -> %s", (status, want) => {
    expect(httpStatusCategory(status)).toBe(want);
  });

  it("the vendor's own status data wins; below 400 there is no category", () => {
    expect(statusCategory(data, 402)).toBe("payment-declined");
    expect(statusCategory(data, 404)).toBe("not-found");
    expect(statusCategory(data, 302)).toBeUndefined();
  });
});

describe("shopperMessageKeyOf", () => {
  it("the key of the first code that has one", () => {
    expect(shopperMessageKeyOf(data, ["insufficient_funds", "card_declined"])).toBe("insufficient-funds");
    expect(shopperMessageKeyOf(data, [undefined, "card_declined"])).toBe("card-declined");
    expect(shopperMessageKeyOf(data, ["other"])).toBeUndefined();
    expect(shopperMessageKeyOf(undefined, ["card_declined"])).toBeUndefined();
  });
});
