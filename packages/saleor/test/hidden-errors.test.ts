// Saleor as its source writes it: where the code is, 2.x errors without code, bulk rows and
// payment gateway configs with their own errors, batched requests.
import { describe, expect, it } from "vitest";
import { findDataErrors, matchErrorEnvelope, parseErrorResponse } from "../src/index.js";

describe("where Saleor puts the code of a top-level error", () => {
  it.each([
    [
      "extensions.exception.code, as format_error writes every error",
      { errors: [{ message: "Number of batch queries exceeded.", extensions: { exception: { code: "GraphQLError" } } }] },
      "SaleorGraphQLErrorResponse",
    ],
    [
      "extensions.code, only for the storefront-traffic 401",
      { errors: [{ message: "Storefront traffic is not allowed.", extensions: { code: "STOREFRONT_TRAFFIC_NOT_ALLOWED" } }] },
      "SaleorStorefrontTrafficErrorResponse",
    ],
    [
      "extensions.code with any other value is another API's error",
      { errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] },
      undefined,
    ],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });
});

describe("mutation errors inside data", () => {
  it.each([
    [
      "a Saleor 2.x error without code",
      { data: { checkoutCreate: { errors: [{ field: "email", message: "Enter a valid email address." }] } } },
      "SaleorMutationErrorResponse",
    ],
    [
      "an AppError with permissions",
      {
        data: {
          appInstall: {
            errors: [
              {
                field: "permissions",
                message: "You can't add permission that you don't have.",
                code: "OUT_OF_SCOPE_PERMISSION",
                permissions: ["MANAGE_APPS"],
              },
            ],
          },
        },
      },
      "SaleorMutationErrorResponse",
    ],
    ["a successful mutation (errors: [])", { data: { accountRegister: { errors: [], user: { email: "a@b.c" } } } }, undefined],
    ["an error with neither code nor message", { data: { checkoutCreate: { errors: [{ field: "email" }] } } }, undefined],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });

  it("a payment gateway that failed to initialize is a failed item next to the ones that did", async () => {
    const body = {
      data: {
        paymentGatewayInitialize: {
          gatewayConfigs: [
            { id: "app.saleor.adyen", data: { paymentMethods: [] }, errors: [] },
            {
              id: "app.saleor.stripe",
              data: null,
              errors: [{ field: "id", message: "Active app with app.saleor.stripe identifier not found", code: "NOT_FOUND" }],
            },
          ],
          errors: [],
        },
      },
    };
    const parsed = await parseErrorResponse({ status: 200, body });
    expect(parsed).toMatchObject({
      kind: "partial",
      succeeded: 1,
      failed: [{ index: 1, id: "app.saleor.stripe", pointer: "/data/paymentGatewayInitialize/gatewayConfigs/1" }],
    });
    expect(findDataErrors(body).map((list) => list.pointer)).toEqual(["/paymentGatewayInitialize/gatewayConfigs/1/errors"]);
  });
});

describe("batched requests: a JSON array of results", () => {
  const failed = {
    errors: [
      {
        message: "You need one of the following permissions: MANAGE_STAFF",
        path: ["staffUsers"],
        extensions: { exception: { code: "PermissionDenied" } },
      },
    ],
    data: { staffUsers: null },
  };
  it.each([
    ["one result with errors", [{ data: { shop: { name: "x" } } }, failed], "SaleorBatchedResponse"],
    [
      "a refused mutation in the batch",
      [{ data: { accountRegister: { errors: [{ field: "email", code: "UNIQUE" }] } } }],
      "SaleorBatchedResponse",
    ],
    ["every result succeeded", [{ data: { shop: { name: "x" } } }, null], undefined],
    ["an empty array", [], undefined],
    // An Elastic Path body wrapped in an array: its errors have no message, so they are no GraphQL errors.
    [
      "another API's {errors: [{status, title, detail}]} in an array",
      [{ errors: [{ status: 404, detail: "The requested product could not be found", title: "Product not found" }] }],
      undefined,
    ],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });
});
