// Vendure's expected errors are ErrorResult union members returned as data; a refused operation is an
// error (kind "error"), a successful one is none. Bodies from the Vendure error handling guide:
// https://github.com/vendure-ecommerce/vendure/blob/15b2a3308fe73f99fcc639a5993d35e55504bab7/docs/docs/guides/developer-guide/error-handling/index.mdx
import { describe, expect, it } from "vitest";
import { matchErrorEnvelope, parseErrorResponse } from "../src/index.js";

const limitError = {
  __typename: "CouponCodeLimitError",
  errorCode: "COUPON_CODE_LIMIT_ERROR",
  message: "Coupon code cannot be used more than once per customer",
  limit: 1,
};
const order = { __typename: "Order", id: "123", couponCodes: ["VALID-CODE"], totalWithTax: 12599 };

describe("ErrorResults as data", () => {
  it.each([
    ["an ErrorResult", { data: { applyCouponCode: limitError } }, "VendureErrorResultResponse"],
    [
      "an ErrorResult queried without __typename",
      { data: { applyCouponCode: { errorCode: "X_ERROR", message: "m" } } },
      "VendureErrorResultResponse",
    ],
    ["one ErrorResult next to a result that succeeded", { data: { a: order, b: limitError } }, "VendureErrorResultResponse"],
    ["the success type", { data: { applyCouponCode: order } }, undefined],
    ["an errorCode without message", { data: { applyCouponCode: { errorCode: "X_ERROR" } } }, undefined],
    ["data null", { data: null }, undefined],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });

  it("a refused mutation at HTTP 200 parses to kind error, with the ErrorResult in the body", async () => {
    const parsed = await parseErrorResponse({ status: 200, body: { data: { applyCouponCode: limitError } } });
    expect(parsed).toMatchObject({ kind: "error", status: 200, envelope: "VendureErrorResultResponse" });
  });
});

describe("unexpected errors", () => {
  it.each([
    [
      "extensions.code",
      { errors: [{ message: "You are not currently authorized to perform this action", extensions: { code: "FORBIDDEN" } }] },
      "VendureGraphQLErrorResponse",
    ],
    ["no extensions", { errors: [{ message: "Syntax Error" }] }, undefined],
    ["an empty errors list", { errors: [], data: { me: null } }, undefined],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });
});
