// Bodies of other APIs with an errors list of {code, message} are no Selling Partner API ErrorList.
import { describe, expect, it } from "vitest";
import { matchErrorEnvelope } from "../src/index.js";

describe("SP-API ErrorList", () => {
  it.each([
    [
      "an ErrorList",
      { errors: [{ code: "QuotaExceeded", message: "You exceeded your quota for the requested resource." }] },
      "SpApiErrorResponse",
    ],
    ["an ErrorList next to a payload", { payload: {}, errors: [{ code: "NotFound", message: "Not found" }] }, "SpApiErrorResponse"],
    [
      "a commercetools error (statusCode and message at the top)",
      { statusCode: 409, message: "Version mismatch.", errors: [{ code: "ConcurrentModification", message: "Version mismatch." }] },
      undefined,
    ],
    ["an empty errors list", { errors: [] }, undefined],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });
});
