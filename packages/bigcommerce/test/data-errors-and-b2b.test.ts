// Errors as data in GraphQL mutations, B2B Edition REST errors and 207 partial failures.
import { describe, expect, it } from "vitest";
import { findDataErrors, isB2BErrorResponse, matchErrorEnvelope, parseErrorResponse } from "../src/index.js";

// docs/store-operations/translations/errors.mdx (bigcommerce/docs)
const translations = {
  data: {
    translation: {
      updateTranslations: {
        errors: [
          { __typename: "EntityNotFoundError", message: "Entity bc/store/category/28 not found." },
          {
            __typename: "InvalidTranslationEntityFieldsError",
            message: "Unsupported translation entity fields.",
            fields: ["invalidField1", "invalidField2"],
          },
        ],
      },
    },
  },
};

describe("mutation errors inside data (HTTP 200)", () => {
  it("the Admin translations body is kind error, data kept, each errors list found with its pointer into data", async () => {
    const parsed = await parseErrorResponse({ status: 200, body: translations });
    expect(parsed).toMatchObject({ kind: "error", envelope: "GraphQLMutationErrorsResponse", body: translations });
    expect(findDataErrors(translations)).toEqual([
      { pointer: "/translation/updateTranslations/errors", errors: translations.data.translation.updateTranslations.errors },
    ]);
  });

  it.each([
    ["a successful mutation (errors: [])", { data: { customer: { updateCustomerAddress: { errors: [] } } } }],
    ["an ordinary query result", { data: { site: { products: { edges: [] } } } }],
    ["empty data", { data: {} }],
    ["errors three fields below data (deeper than the rule)", { data: { a: { b: { c: { errors: [{ message: "x" }] } } } } }],
  ])("%s is not an error", async (_name, body) => {
    expect(matchErrorEnvelope(body)).toBeUndefined();
    expect((await parseErrorResponse({ status: 200, body })).kind).toBe("unrecognized");
  });

  it("a mutation one field below data (data.<mutation>.errors) matches too", () => {
    expect(matchErrorEnvelope({ data: { login: { errors: [{ __typename: "ValidationError", message: "bad" }] } } })).toBe(
      "GraphQLMutationErrorsResponse",
    );
  });

  it("findDataErrors gives [] for success, non-objects and hostile values", () => {
    expect(findDataErrors({ data: { customer: { updateCustomerAddress: { errors: [] } } } })).toEqual([]);
    expect(findDataErrors(null)).toEqual([]);
    expect(
      findDataErrors({
        data: new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error("hostile");
            },
          },
        ),
      }),
    ).toEqual([]);
  });
});

describe("B2B Edition REST errors {code, data: {errMsg}, meta: {message}}", () => {
  it.each([
    ["a string", "role forbidden"],
    ["messages per field", { last_name: ["This field may not be null."] }],
    ["one entry per bulk item", [{}, { last_name: ["This field may not be null."] }]],
  ])("errMsg as %s", (_name, errMsg) => {
    expect(isB2BErrorResponse({ code: 400, data: { errMsg }, meta: { message: "API logic error" } })).toBe(true);
  });

  it("a B2B success body (data without errMsg) is not an error", () => {
    expect(isB2BErrorResponse({ code: 200, data: { id: 1 }, meta: { message: "SUCCESS" } })).toBe(false);
  });
});

describe("207 Multi-Status partial failures", () => {
  // The documented segments body (segments.v3.yml), sent with the 207 that catalog endpoints use.
  const body = {
    data: [],
    errors: [
      {
        status: 409,
        title: "Unable to add shopper profiles to segment due to conflicts.",
        type: "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
        errors: {
          "0": "Shopper profile `1465bb16-eb7d-4fba-8312-0ea9d88cd6e9` already exists for segment `dfada416-eba1-49cf-ad21-0f48b48d50ad`.",
        },
      },
    ],
    meta: { total: 1, success: 0, failed: 1 },
  };

  it("with 207 the body is kind partial: each error object is a failed item; meta.success counts the rest", async () => {
    const parsed = await parseErrorResponse({ status: 207, body });
    expect(parsed).toMatchObject({
      kind: "partial",
      envelope: "MultiStatusResponse",
      succeeded: 0,
      failed: [{ index: 0, pointer: "/errors/0", errors: [body.errors[0]] }],
    });
  });

  it("the catalog form (errors is ONE object, data holds the successes) counts data", async () => {
    const catalog = { data: [{ id: 1 }, { id: 2 }], errors: { status: 422, title: "Variant option values are invalid." }, meta: {} };
    expect(await parseErrorResponse({ status: 207, body: catalog })).toMatchObject({
      kind: "partial",
      succeeded: 2,
      failed: [{ index: 0, pointer: "/errors", errors: [catalog.errors] }],
    });
  });

  it("with 409 the same body stays an error", async () => {
    expect((await parseErrorResponse({ status: 409, body })).kind).toBe("error");
  });
});
