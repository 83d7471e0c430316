// The real bodies of schemas/shopify/fixtures; a body of another API with errors: [] is no Shopify error.
import { describeVendorFixtures } from "@commerce-errors/testkit";
import { describe, expect, it } from "vitest";
import * as pkg from "../src/index.js";
import { findDataErrors, matchErrorEnvelope } from "../src/index.js";

describeVendorFixtures(pkg, "shopify");

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
    const body = { data: { customerCreate: { customer: null, customerUserErrors: [{ code: "TAKEN", field: ["input", "email"], message: "Email has already been taken" }], userErrors: [] } } };
    expect(findDataErrors(body)).toEqual([{ pointer: "/customerCreate/customerUserErrors", errors: body.data.customerCreate.customerUserErrors }]);
  });
});
