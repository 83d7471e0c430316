// Commerce Layer, as its docs describe it (https://docs.commercelayer.io/core/handling-errors).
import { describe, expect, it } from "vitest";
import {
  describeStatus,
  isErrorResponse,
  isInvalidTokenError,
  isJsonApiErrorResponse,
  isValidationError,
  matchErrorEnvelope,
  validateErrorResponse,
} from "../src/index.js";

describe("Commerce Layer error responses", () => {
  it("the 422 of the docs: a JSON:API error whose item narrows to ValidationError", () => {
    const body = {
      errors: [
        {
          title: "less_than_or_equal_to",
          detail: "quantity - must be less than or equal to 100",
          code: "VALIDATION_ERROR",
          source: { pointer: "/data/attributes/quantity" },
          status: "422",
          meta: { error: "less_than_or_equal_to", value: 100, count: 10 },
        },
      ],
    };
    expect(isJsonApiErrorResponse(body)).toBe(true);
    expect(isValidationError(body.errors[0])).toBe(true);
    expect(isInvalidTokenError(body.errors[0])).toBe(false);
  });

  it("status is a string on the Core API and a number on the auth API", () => {
    const item = { title: "invalid_client", detail: "Client authentication failed.", code: "UNAUTHORIZED", status: 401 };
    expect(validateErrorResponse({ errors: [item] })).toMatchObject({ valid: true });
    expect(validateErrorResponse({ errors: [{ ...item, status: "401" }] })).toMatchObject({ valid: true });
  });

  it("the auth API's single error object is its own envelope", () => {
    const body = { errors: { title: "invalid_client", detail: "Client authentication failed.", code: "UNAUTHORIZED", status: 401 } };
    expect(matchErrorEnvelope(body)).toBe("AuthSingleErrorResponse");
  });

  it("a boolean status deep inside is invalid at that place", () => {
    const result = validateErrorResponse({ errors: [{ title: "t", detail: "d", code: "INVALID_TOKEN", status: true }] });
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.issues.map((issue) => issue.path)).toContain("/errors/0/status");
  });

  it("406 and 415 explain the JSON:API content type", () => {
    expect(describeStatus(406)?.troubleshooting.join(" ")).toContain("application/vnd.api+json");
    expect(describeStatus(415)?.troubleshooting.join(" ")).toContain("application/vnd.api+json");
    expect(describeStatus(429)?.retry).toBe("with-backoff");
  });

  // Reported shapes (issue 26): seen in production traffic, no public copy, so no fixture.
  it.each([
    {
      given: {
        errors: [
          {
            title: "can't be blank",
            detail: "name - can't be blank",
            code: "VALIDATION_ERROR",
            source: { pointer: "/data/attributes/name" },
            meta: { error: "blank" },
          },
        ],
      },
      want: "JsonApiErrorResponse",
      note: "reported shape, issue 26: a validation error without status",
    },
  ])("$note", ({ given, want }) => {
    expect(isErrorResponse(given)).toBe(true);
    expect(matchErrorEnvelope(given)).toBe(want);
  });
});
