// A body of another API with errors: [] (or an empty data object) is no Shopify error; userErrors found inside data.
import { describe, expect, it } from "vitest";
import { findDataErrors, matchErrorEnvelope } from "../src/index.js";

describe("empty error lists are no error", () => {
  it.each([
    ["errors: [] next to success data", { salable: true, errors: [] }],
    ["errors: {}", { errors: {} }],
    ["empty data", { data: {} }],
    ["a successful mutation (userErrors: [])", { data: { productCreate: { product: { id: "gid://shopify/Product/1" }, userErrors: [] } } }],
  ])("%s", (_name, body) => {
    expect(matchErrorEnvelope(body)).toBeUndefined();
  });

  it("findDataErrors finds userErrors and customerUserErrors with their pointers into data", () => {
    const body = {
      data: {
        customerCreate: {
          customer: null,
          customerUserErrors: [{ code: "TAKEN", field: ["input", "email"], message: "Email has already been taken" }],
          userErrors: [],
        },
      },
    };
    expect(findDataErrors(body)).toEqual([
      { pointer: "/customerCreate/customerUserErrors", errors: body.data.customerCreate.customerUserErrors },
    ]);
  });
});
