// The braintree SDK resolves failures as result objects (success: false); these read as the error.
// Validation body from https://github.com/braintree/braintree_node/issues/70; the decline's fields as
// https://developer.paypal.com/braintree/docs/reference/general/result-objects/node documents them.
import { describe, expect, it } from "vitest";
import { matchErrorEnvelope, parseErrorResponse } from "../src/index.js";

const validation = {
  errors: {
    validationErrors: {},
    errorCollections: {
      transaction: {
        validationErrors: { base: [{ attribute: "base", code: "91508", message: "Cannot determine payment method." }] },
        errorCollections: {},
      },
    },
  },
  params: { transaction: { amount: "1.00", type: "sale" } },
  message: "Cannot determine payment method.",
  success: false,
};

describe("Braintree result objects", () => {
  it.each([
    ["a validation failure", validation, "BraintreeErrorResult"],
    [
      "a processor decline (no validation errors, the transaction says why)",
      {
        success: false,
        message: "Insufficient Funds",
        errors: { validationErrors: {}, errorCollections: {} },
        transaction: { status: "processor_declined", processorResponseCode: "2001", processorResponseText: "Insufficient Funds" },
      },
      "BraintreeErrorResult",
    ],
    ["a successful result", { success: true, transaction: { id: "abc", status: "submitted_for_settlement" } }, undefined],
    ["success false without a message", { success: false }, undefined],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });

  it("a result is parsed as the body of the 422 the gateway answered", async () => {
    expect(await parseErrorResponse({ status: 422, body: validation })).toMatchObject({ kind: "error", envelope: "BraintreeErrorResult" });
  });
});
