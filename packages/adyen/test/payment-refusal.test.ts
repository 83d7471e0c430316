// A payment Adyen refuses comes at HTTP 200 with resultCode Refused or Error: it parses as kind "error"
// (AdyenPaymentRefusal); every other result code is no error. Refusal body from
// https://github.com/Adyen/adyen-android/issues/149, result codes from https://docs.adyen.com/online-payments/payment-result-codes/
import { describe, expect, it } from "vitest";
import { matchErrorEnvelope, parseErrorResponse } from "../src/index.js";

const refused = {
  pspReference: "882576239000191H",
  refusalReason: "CVC Declined",
  resultCode: "Refused",
  refusalReasonCode: "24",
  merchantReference: "android-test-components",
};

describe("payment results at HTTP 200", () => {
  it.each([
    ["Refused", refused, "AdyenPaymentRefusal"],
    ["Error", { pspReference: "8535296650153317", resultCode: "Error", refusalReason: "Acquirer Error" }, "AdyenPaymentRefusal"],
    ["Authorised", { pspReference: "8535296650153317", resultCode: "Authorised" }, undefined],
    ["Pending", { pspReference: "8535296650153317", resultCode: "Pending" }, undefined],
    ["Cancelled (by the shopper)", { pspReference: "8535296650153317", resultCode: "Cancelled" }, undefined],
    ["RedirectShopper (an action to perform)", { resultCode: "RedirectShopper", action: { type: "redirect" } }, undefined],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });

  it("a refusal parses to kind error with status 200", async () => {
    expect(await parseErrorResponse({ status: 200, body: refused })).toMatchObject({
      kind: "error",
      status: 200,
      envelope: "AdyenPaymentRefusal",
    });
  });
});

describe("ServiceError and problem details", () => {
  it.each([
    ["a ServiceError", { status: 422, errorCode: "101", message: "Invalid card number", errorType: "validation" }, "AdyenServiceError"],
    ["a ServiceError without errorCode is not Adyen's", { status: 422, message: "Invalid card number" }, undefined],
    [
      "a problem with errorCode",
      { type: "https://docs.adyen.com/errors/security/unauthorized", title: "Unauthorized", status: 401, errorCode: "00_401" },
      "AdyenProblemResponse",
    ],
    ["a problem without errorCode is another API's", { type: "about:blank", title: "Unauthorized", status: 401 }, undefined],
  ])("%s", (_name, body, envelope) => {
    expect(matchErrorEnvelope(body)).toBe(envelope);
  });
});
