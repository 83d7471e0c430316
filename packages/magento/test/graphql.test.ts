// Adobe Commerce GraphQL: errors with extensions.category, user_errors inside data.
import { describe, expect, it } from "vitest";
import { findDataErrors, matchErrorEnvelope, parseErrorResponse } from "../src/index.js";

describe("Adobe Commerce GraphQL", () => {
  it.each([
    [
      "a GraphQL error with extensions.category",
      {
        errors: [
          { message: "The current customer isn't authorized.", path: ["customer"], extensions: { category: "graphql-authorization" } },
        ],
        data: { customer: null },
      },
      "GraphQLErrorResponse",
    ],
    ["a bare GraphQL error (Magento always writes category)", { errors: [{ message: "Syntax Error" }] }, undefined],
    [
      "Magento 2.3.0-2.3.3: category at the top level of the error (magento/graphql-ce#536)",
      {
        errors: [
          {
            message: 'Cannot query field "does-not-exist" on type "ProductInterface".',
            category: "graphql",
            locations: [{ line: 23, column: 9 }],
          },
        ],
      },
      "GraphQLErrorResponse",
    ],
    [
      "refused cart items in user_errors",
      {
        data: {
          addProductsToCart: {
            cart: { items: [] },
            user_errors: [{ code: "PRODUCT_NOT_FOUND", message: 'Could not find a product with SKU "YYY"' }],
          },
        },
      },
      "GraphQLUserErrorsResponse",
    ],
    [
      "a successful mutation (user_errors: [])",
      { data: { addProductsToCart: { cart: { items: [{ quantity: 1 }] }, user_errors: [] } } },
      undefined,
    ],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });

  it("user_errors at HTTP 200 are kind error with data kept; findDataErrors points into data", async () => {
    const body = {
      data: {
        addProductsToCart: {
          cart: { items: [] },
          user_errors: [{ code: "NOT_SALABLE", message: "Product that you are trying to add is not available." }],
        },
      },
    };
    expect(await parseErrorResponse({ status: 200, body })).toMatchObject({ kind: "error", envelope: "GraphQLUserErrorsResponse", body });
    expect(findDataErrors(body)).toEqual([{ pointer: "/addProductsToCart/user_errors", errors: body.data.addProductsToCart.user_errors }]);
  });
});
