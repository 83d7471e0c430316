// The SCAPI Shopper Consents bulk update: a 207 whose failed results carry their own error.
import { describe, expect, it } from "vitest";
import { matchErrorEnvelope, parseErrorResponse } from "../src/index.js";

// ConsentSubscriptionBulkUpdateResponsePartial (commerce-sdk-isomorphic apis/shopper-consents-oas-1.1.4)
const partial = {
  results: [
    { subscriptionId: "weekly-newsletter", contactPointValue: "john.doe@example.com", channel: "email", status: "opt_in", success: true },
    {
      subscriptionId: "sms-alerts",
      contactPointValue: "invalid-phone",
      channel: "sms",
      status: "opt_out",
      success: false,
      error: {
        code: "INVALID_CONTACT_POINT",
        message: "Invalid phone number format",
        details: { field: "contactPointValue", provided: "invalid-phone" },
      },
    },
  ],
};

describe("Shopper Consents bulk update", () => {
  it("the documented 207 is kind partial: the failed update by subscriptionId with its error, one succeeded", async () => {
    expect(await parseErrorResponse({ status: 207, body: partial })).toMatchObject({
      kind: "partial",
      envelope: "ConsentSubscriptionBulkResponse",
      succeeded: 1,
      failed: [{ index: 1, id: "sms-alerts", pointer: "/results/1", errors: [partial.results[1]!.error] }],
    });
  });

  it.each([
    ["every update applied", { results: [{ ...partial.results[0] }] }],
    ["no results", { results: [] }],
  ])("%s is no error", (_name, body) => {
    expect(matchErrorEnvelope(body)).toBeUndefined();
  });
});
