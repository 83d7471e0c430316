// recordCommerceError with the real @opentelemetry/api and the real SDK's in-memory exporter, set up
// as README "Observability / OpenTelemetry" shows it.
import { SpanStatusCode, trace } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { fromError } from "commerce-errors";
import { commerceErrorAttributes, recordCommerceError } from "commerce-errors/otel";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

const exporter = new InMemorySpanExporter();
beforeAll(() => {
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
});
afterEach(() => exporter.reset());

const declined = {
  status: 402,
  headers: { "request-id": "req_8dC2Lw9fQ1" },
  body: { error: { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." } },
};

/** Throws what a Stripe call would, here a plain {status, body, headers} answer. */
async function confirmPayment(): Promise<never> {
  throw declined;
}

describe("recordCommerceError on a real span (README)", () => {
  it("records the exception event, status ERROR and the attributes", async () => {
    const tracer = trace.getTracer("checkout");
    await tracer
      .startActiveSpan("confirm payment", async (span) => {
        try {
          return await confirmPayment();
        } catch (e) {
          recordCommerceError(span, fromError(e), { errorType: "code" });
          throw e;
        } finally {
          span.end();
        }
      })
      .catch(() => undefined);
    const [span] = exporter.getFinishedSpans();
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: "Your card was declined." });
    expect(span?.attributes).toEqual({
      "error.type": "card_declined",
      "http.response.status_code": 402,
      "commerce.vendor": "stripe",
      "commerce.error.code": "card_declined",
      "commerce.error.category": "payment-declined",
      "commerce.error.blame": "client",
      "commerce.error.expected": true,
      "commerce.error.envelope": "ApiErrorResponse",
      "commerce.error.retry": "no",
      "commerce.request_id": "req_8dC2Lw9fQ1",
    });
    expect(
      span?.events.map((event) => [event.name, event.attributes?.["exception.type"], event.attributes?.["exception.message"]]),
    ).toEqual([["exception", "CommerceApiError", "Your card was declined."]]);
  });
});

describe("recordCommerceError", () => {
  const record = (value: unknown, options?: Parameters<typeof recordCommerceError>[2]) => {
    const span = trace.getTracer("test").startSpan("call");
    const recorded = recordCommerceError(span, value, options);
    span.end();
    return { recorded, span: exporter.getFinishedSpans().at(-1) };
  };

  const cases = [
    {
      name: "error.type is the category by default (low cardinality)",
      value: () => fromError(declined),
      options: {},
      want: { "error.type": "payment-declined" },
    },
    {
      name: "server.address is the host of the request URL, never its path or credentials",
      value: () => fromError({ status: 503, body: "<html>busy</html>" }, { vendor: "commercetools" }),
      options: { url: "https://user:secret@api.europe-west1.gcp.commercetools.com/acme/carts?token=abc" },
      want: { "server.address": "api.europe-west1.gcp.commercetools.com", "error.type": "unavailable", "commerce.error.blame": "vendor" },
    },
    {
      name: "values are redacted and bounded to 200 characters",
      value: () =>
        fromError({
          status: 400,
          headers: { "request-id": `sk_live_${"a".repeat(40)} ${"x".repeat(300)}` },
          body: { error: { type: "invalid_request_error", code: "x".repeat(500) } },
        }),
      options: { errorType: "code" as const },
      want: { "commerce.request_id": expect.stringMatching(/^sk_live_\[REDACTED\] x+…$/) },
    },
  ];
  it.each(cases)("$name", ({ value, options, want }) => {
    const { recorded, span } = record(value(), options);
    expect(recorded).toBe(true);
    expect(span?.attributes).toMatchObject(want);
    for (const attribute of Object.values(span?.attributes ?? {}))
      if (typeof attribute === "string") expect(attribute.length).toBeLessThanOrEqual(200);
  });

  it("leaves the status unset for an expected error with expectedIsOk, and records the rest", () => {
    const { span } = record(fromError(declined), { expectedIsOk: true });
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    expect(span?.attributes["commerce.error.expected"]).toBe(true);
    expect(span?.events).toHaveLength(1);
  });

  it("finds a CommerceApiError wrapped as a cause, and leaves any other error alone", () => {
    expect(record(new Error("checkout failed", { cause: fromError(declined) })).recorded).toBe(true);
    const { recorded, span } = record(new TypeError("a bug"));
    expect(recorded).toBe(false);
    expect(span?.attributes).toEqual({});
    expect(span?.events).toEqual([]);
  });

  it("gives the same attributes for a span managed elsewhere", () => {
    expect(commerceErrorAttributes(fromError(declined))).toMatchObject({
      "error.type": "payment-declined",
      "http.response.status_code": 402,
    });
  });
});
