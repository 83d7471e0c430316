// runtime/validation.ts: the error class every vendor package throws, one class shared through this package.
import { describe, expect, it, vi } from "vitest";
import { ErrorResponseValidationError } from "../src/index.js";

describe("ErrorResponseValidationError", () => {
  it("is recognised by instanceof across copies of the runtime (a bundle that inlined it, an older install)", async () => {
    vi.resetModules(); // the next import evaluates the module again: a second copy of the class
    const other: typeof import("../src/validation.js") = await import("../src/validation.js");
    expect(other.ErrorResponseValidationError).not.toBe(ErrorResponseValidationError);
    const thrown = new other.ErrorResponseValidationError([]);
    expect(thrown instanceof ErrorResponseValidationError).toBe(true);
    expect(new ErrorResponseValidationError([]) instanceof other.ErrorResponseValidationError).toBe(true);
    expect(thrown instanceof Error).toBe(true);
  });

  it("is not claimed by other errors or values", () => {
    for (const value of [new Error("x"), { issues: [] }, null, "ErrorResponseValidationError"])
      expect(value instanceof ErrorResponseValidationError).toBe(false);
  });

  it("names the first issue in its message", () => {
    const error = new ErrorResponseValidationError([
      { path: "/a", keyword: "type", params: { type: "string" }, message: "must be string" },
    ]);
    expect(error.message).toBe('Invalid error response at "/a": must be string');
  });
});
