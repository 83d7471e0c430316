// Stripe, as its docs describe it (https://docs.stripe.com/api/errors).
import { describe, expect, it } from "vitest";
import { describeStatus, isErrorResponse, matchErrorEnvelope, validateErrorResponse } from "../src/index.js";

describe("Stripe error responses", () => {
  it("an API error and the OAuth form (error as a string) are different envelopes", () => {
    expect(
      matchErrorEnvelope({
        error: {
          type: "card_error",
          code: "card_declined",
          decline_code: "insufficient_funds",
          message: "Your card has insufficient funds.",
        },
      }),
    ).toBe("ApiErrorResponse");
    expect(matchErrorEnvelope({ error: "invalid_grant", error_description: "This authorization code has already been used." })).toBe(
      "OAuthErrorResponse",
    );
  });

  it("a card error without a string type is invalid at /error/type", () => {
    const result = validateErrorResponse({ error: { type: 402, code: "card_declined", message: "Declined." } });
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.issues.map((issue) => issue.path)).toContain("/error/type");
  });

  // Reported shapes (issue 26): seen in production traffic, no public copy, so no fixture.
  it.each([{ given: { error: {} }, want: "ApiErrorResponse", note: "reported shape, issue 26: an empty error object at 404" }])(
    "$note",
    ({ given, want }) => {
      expect(isErrorResponse(given)).toBe(true);
      expect(matchErrorEnvelope(given)).toBe(want);
    },
  );

  it("402 is a failed request (card errors), 429 a rate limit to back off from", () => {
    expect(describeStatus(402)).toMatchObject({ status: 402, retry: "no" });
    expect(describeStatus(429)?.retry).toBe("with-backoff");
  });
});
