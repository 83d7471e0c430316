// Other problem-details bodies with an integer status and a title are no Mollie error.
import { describe, expect, it } from "vitest";
import { matchErrorEnvelope } from "../src/index.js";

describe("Mollie error", () => {
  it.each([
    ["a Mollie error", { status: 404, title: "Not Found", detail: "No payment exists with token tr_1234567." }, "MollieErrorResponse"],
    [
      "a BigCommerce v3 error (problem type and errors)",
      {
        status: 422,
        title: "JSON data is missing or invalid",
        type: "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
        errors: {},
      },
      undefined,
    ],
    [
      "an Adyen problem (type URL)",
      { type: "https://docs.adyen.com/errors/validation", title: "Invalid", status: 422, errorCode: "31_007" },
      undefined,
    ],
    ["a payment with a string status", { resource: "payment", status: "failed", title: "x" }, undefined],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });
});
