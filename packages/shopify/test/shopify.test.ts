// Shopify, as its docs describe it (https://shopify.dev/docs/api/usage/response-codes): GraphQL errors arrive with HTTP 200.
import { describe, expect, it } from "vitest";
import { findDataErrors, isErrorResponse, matchErrorEnvelope, parseErrorResponse } from "../src/index.js";

describe("Shopify error responses", () => {
  it("a GraphQL THROTTLED error at HTTP 200 is recognised by parseErrorResponse", async () => {
    const body = {
      errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } }],
    };
    const response = new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    await expect(parseErrorResponse(response)).resolves.toMatchObject({ kind: "error", status: 200, envelope: "GraphQLErrorResponse" });
  });

  it("mutation userErrors at HTTP 200 are an envelope of their own", () => {
    const body = {
      data: {
        customerCreate: {
          customer: null,
          customerUserErrors: [{ code: "TAKEN", field: ["input", "email"], message: "Email has already been taken" }],
        },
      },
    };
    expect(matchErrorEnvelope(body)).toBe("MutationUserErrorsResponse");
  });

  it("REST errors are a string, a field map of strings or of string arrays", () => {
    expect(matchErrorEnvelope({ errors: "Not Found" })).toBe("RestErrorsResponse");
    expect(matchErrorEnvelope({ errors: { title: "can't be blank" } })).toBe("RestErrorsResponse");
    expect(matchErrorEnvelope({ errors: { title: ["can't be blank"] } })).toBe("RestErrorsResponse");
  });

  // Reported shapes (issue 26): seen in production traffic, no public copy, so no fixture.
  it.each([
    {
      given: { errors: [{ extensions: { code: "ACCESS_DENIED" } }] },
      want: "GraphQLErrorResponse",
      note: "reported shape, issue 26: a GraphQL error without message",
    },
    {
      given: { data: { productCreate: { userErrors: ["Title can't be blank"] } } },
      want: "MutationUserErrorsResponse",
      note: "reported shape, issue 26: userErrors as plain strings",
    },
  ])("$note", ({ given, want }) => {
    expect(isErrorResponse(given)).toBe(true);
    expect(matchErrorEnvelope(given)).toBe(want);
  });

  it("userErrors as plain strings are data errors (reported shape, issue 26)", () => {
    expect(findDataErrors({ data: { productCreate: { userErrors: ["Title can't be blank"] } } })).toEqual([
      { pointer: "/productCreate/userErrors", errors: ["Title can't be blank"] },
    ]);
  });
});
