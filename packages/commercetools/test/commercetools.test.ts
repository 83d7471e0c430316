// commercetools, as its docs describe it (https://docs.commercetools.com/api/errors).
import { describe, expect, it } from "vitest";
import {
  describeStatus,
  isAuthErrorResponse,
  isConcurrentModificationError,
  isDuplicateFieldError,
  isErrorResponse,
  isStandardErrorResponse,
  matchErrorEnvelope,
  validateErrorResponse,
  validateStandardErrorResponse,
} from "../src/index.js";

const conflict = {
  statusCode: 409,
  message: "Version mismatch. Concurrent modification.",
  errors: [{ code: "ConcurrentModification", message: "Version mismatch. Concurrent modification.", currentVersion: 2 }],
};

describe("commercetools error responses", () => {
  it("the 409 of the docs is a StandardErrorResponse whose error narrows to ConcurrentModificationError", () => {
    expect(matchErrorEnvelope(conflict)).toBe("StandardErrorResponse");
    const error = conflict.errors[0];
    expect(isConcurrentModificationError(error)).toBe(true);
    expect(isDuplicateFieldError(error)).toBe(false);
  });

  it("the OAuth form (error, error_description) is an AuthErrorResponse", () => {
    const body = {
      statusCode: 401,
      message: "invalid_token",
      errors: [{ code: "invalid_token", message: "invalid_token" }],
      error: "invalid_token",
    };
    expect(matchErrorEnvelope(body)).toBe("AuthErrorResponse");
    expect(isAuthErrorResponse(body)).toBe(true);
  });

  it("unknown codes and undocumented fields pass (forward compatible)", () => {
    const body = { statusCode: 400, message: "x", errors: [{ code: "SomethingNew", message: "x", extra: { deep: true } }] };
    expect(isStandardErrorResponse(body)).toBe(true);
  });

  it("a documented code with a wrongly typed field is invalid at that field", () => {
    const body = { ...conflict, errors: [{ ...conflict.errors[0], currentVersion: "2" }] };
    expect(isErrorResponse(body)).toBe(false);
    const result = validateStandardErrorResponse(body);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.issues[0]).toMatchObject({ path: "/errors/0/currentVersion", keyword: "type" });
  });

  it("a documented code missing its required field is invalid, naming the field", () => {
    const body = { statusCode: 400, message: "x", errors: [{ code: "DuplicateField", message: "x", duplicateValue: "sku-1" }] };
    const result = validateStandardErrorResponse(body);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.issues[0]).toMatchObject({ path: "/errors/0/field", keyword: "required" });
  });

  it("statusCode must be an integer, not a string", () => {
    const result = validateStandardErrorResponse({ ...conflict, statusCode: "409" });
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.issues[0]).toMatchObject({ path: "/statusCode" });
  });

  it("a hapi/Boom body without errors is not mistaken for anything but a StandardErrorResponse", () => {
    expect(validateErrorResponse({ statusCode: 500, message: "Internal Server Error" })).toMatchObject({
      valid: true,
      envelope: "StandardErrorResponse",
    });
  });

  it("a broken body is explained completely: every issue of the envelope it meant, each where it is", () => {
    // statusCode and errors are the StandardErrorResponse's; the GraphQL envelope excludes statusCode.
    const result = validateErrorResponse({ statusCode: "x", errors: [{ code: 5 }] });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.issues.map(({ path, keyword, params }) => ({ path, keyword, params }))).toEqual([
      { path: "/message", keyword: "required", params: { missingProperty: "message" } },
      { path: "/statusCode", keyword: "type", params: { type: "integer" } },
      // code 5 is no documented code: the catch-all UnknownErrorObject explains the error object
      { path: "/errors/0/message", keyword: "required", params: { missingProperty: "message" } },
      { path: "/errors/0/code", keyword: "type", params: { type: "string" } },
    ]);
  });

  it("a documented code is explained by its own definition only (the branch its code selects)", () => {
    const body = {
      statusCode: 409,
      message: "x",
      errors: [
        { code: "ConcurrentModification", message: "x", currentVersion: "2" },
        { code: "DuplicateField", message: "x" },
      ],
    };
    const result = validateErrorResponse(body);
    expect(result.valid ? [] : result.issues.map((issue) => `${issue.path} ${issue.keyword}`)).toEqual([
      "/errors/0/currentVersion type",
      "/errors/1/field required",
      "/errors/1/duplicateValue required",
    ]);
  });

  it("409 advises a refetch, 503 a backoff", () => {
    expect(describeStatus(409)?.retry).toBe("after-refetch");
    expect(describeStatus(503)?.retry).toBe("with-backoff");
  });
});
