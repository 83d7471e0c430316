// RFC 9457 problem details: a normalized error served by an application's own API (README
// "Observability / RFC 9457 problem details"), and problem documents read back.
import { fromError, normalizeError } from "commerce-errors";
import { problemDetailsContentType, readProblemDetails, toProblemDetails } from "commerce-errors/problem-details";
import { describe, expect, it } from "vitest";

const declined = {
  status: 402,
  headers: { "request-id": "req_8dC2Lw9fQ1" },
  body: { error: { type: "card_error", code: "card_declined", message: "Your card was declined.", param: "payment_method" } },
};

/** A BFF route handler as the README shows it. */
function serve(e: unknown, request: { url: string }): Response {
  const problem = toProblemDetails(fromError(e), { instance: request.url });
  return new Response(JSON.stringify(problem), { status: problem.status, headers: { "content-type": problemDetailsContentType } });
}

describe("toProblemDetails", () => {
  it("serves a vendor's decline as application/problem+json (README)", async () => {
    const response = serve(declined, { url: "/checkout" });
    expect(response.status).toBe(402);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "urn:commerce-errors:stripe:code:card_declined",
      title: "Payment declined",
      status: 402,
      detail: "Your card was declined.",
      instance: "/checkout",
      vendor: "stripe",
      code: "card_declined",
      category: "payment-declined",
      requestId: "req_8dC2Lw9fQ1",
      retryable: false,
      errors: [{ detail: "Your card was declined.", pointer: "/payment_method", code: "card_declined", field: "payment_method" }],
    });
  });

  const cases = [
    {
      name: "a vendor's 5xx is the upstream's failure: 502",
      given: () =>
        fromError({ status: 500, body: { statusCode: 500, message: "Internal", errors: [{ code: "General", message: "Internal" }] } }),
      want: { status: 502, type: "urn:commerce-errors:commercetools:code:General", title: "The commerce platform failed", retryable: true },
    },
    {
      name: "a timeout: 504, typed by its category",
      given: () => fromError(new DOMException("The operation timed out.", "TimeoutError")),
      want: { status: 504, type: "urn:commerce-errors:category:transport", category: "transport", retryable: true },
    },
    {
      name: "no code: the category's type; a code with URN-unsafe characters is percent-encoded",
      given: () =>
        normalizeError(
          { status: 404, body: { errors: [{ status: 404, title: "Not Found", detail: "No product 'x'" }] } },
          { vendor: "elasticpath" },
        ),
      want: { status: 404, type: "urn:commerce-errors:elasticpath:code:Not%20Found", category: "not-found" },
    },
    {
      name: "the caller's status wins",
      given: () => fromError(declined),
      options: { status: 400 },
      want: { status: 400 },
    },
  ];
  it.each(cases)("$name", ({ given, options, want }) => {
    expect(toProblemDetails(given(), options)).toMatchObject(want);
  });

  it("redacts credentials in detail and field issues", () => {
    const problem = toProblemDetails(
      normalizeError(
        {
          status: 400,
          body: { message: "Bad key sk_live_abcdefgh1234", errors: [{ message: "token=abc", parameters: { fieldName: "x" } }] },
        },
        { vendor: "magento" },
      ),
    );
    expect(JSON.stringify(problem)).not.toMatch(/abcdefgh1234/);
  });

  it("a problem it serves reads back as the same code and message", () => {
    const problem = toProblemDetails(fromError(declined));
    expect(readProblemDetails(problem)).toEqual({ code: "card_declined", message: "Your card was declined." });
  });
});

describe("readProblemDetails", () => {
  const cases: { name: string; body: unknown; want: unknown }[] = [
    {
      name: "SCAPI's problem: the slug of its type",
      body: {
        title: "Basket Not Found",
        type: "https://api.commercecloud.salesforce.com/documentation/error/v1/errors/basket-not-found",
        detail: "No basket.",
      },
      want: { code: "basket-not-found", message: "No basket." },
    },
    {
      name: "about:blank has no code; the title is the message",
      body: { type: "about:blank", title: "Not Found", status: 404 },
      want: { code: undefined, message: "Not Found" },
    },
    { name: "a status that is not a number is no problem document", body: { type: "x", status: "404" }, want: undefined },
    { name: "neither type nor title", body: { detail: "x" }, want: undefined },
    { name: "an array", body: [{ type: "x" }], want: undefined },
    { name: "text", body: "Not Found", want: undefined },
  ];
  it.each(cases)("$name", ({ body, want }) => {
    expect(readProblemDetails(body)).toEqual(want);
  });
});
