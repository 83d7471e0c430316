// commerceBeforeSend with the real @sentry/node, set up as README "Observability / Sentry" shows it.
// Its transport posts to a receiver on 127.0.0.1: nothing leaves the machine.
import * as Sentry from "@sentry/node";
import { fromError } from "commerce-errors";
import { commerceBeforeSend, type SentryEventLike } from "commerce-errors/sentry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSentryReceiver, type SentryReceiver } from "../support/sentry-receiver.js";

let receiver: SentryReceiver;
beforeAll(async () => {
  receiver = await startSentryReceiver();
  const { dsn } = receiver;
  Sentry.init({ dsn, beforeSend: commerceBeforeSend({ expected: "drop" }) });
});
afterAll(async () => {
  await Sentry.close();
  await receiver.close();
});

async function captured(error: unknown): Promise<Record<string, any>[]> {
  const before = receiver.events.length;
  Sentry.captureException(error);
  await Sentry.flush();
  return receiver.events.slice(before);
}

describe("commerceBeforeSend in a real Sentry client (README)", () => {
  it("groups an incident by vendor and code, tags its category and request id", async () => {
    const error = fromError({
      status: 503,
      headers: { "x-correlation-id": "projects-acme-4f2" },
      body: { statusCode: 503, message: "Over capacity.", errors: [{ code: "OverCapacity", message: "Over capacity." }] },
    });
    const [event] = await captured(error);
    expect(event?.fingerprint).toEqual(["commerce-errors", "commercetools", "OverCapacity"]);
    expect(event?.tags).toMatchObject({
      "commerce.vendor": "commercetools",
      "commerce.category": "unavailable",
      "commerce.code": "OverCapacity",
      "commerce.expected": "false",
      "commerce.request_id": "projects-acme-4f2",
    });
    expect(event?.contexts?.commerce).toMatchObject({ status: 503, blame: "vendor", expected: false, retry: "with-backoff" });
  });

  it("drops an expected error (a declined card): Sentry receives nothing", async () => {
    const declined = fromError({
      status: 402,
      body: { error: { type: "card_error", code: "card_declined", message: "Your card was declined." } },
    });
    expect(await captured(declined)).toEqual([]);
  });

  it("leaves any other error as Sentry made it", async () => {
    const [event] = await captured(new TypeError("a bug"));
    expect(event?.fingerprint).toBeUndefined();
    expect(event?.tags?.["commerce.vendor"]).toBeUndefined();
    expect(event?.exception?.values?.[0]).toMatchObject({ type: "TypeError", value: "a bug" });
  });
});

describe("commerceBeforeSend options", () => {
  const declined = fromError({ status: 402, body: { error: { type: "card_error", code: "card_declined", message: "Declined." } } });
  const cases = [
    {
      name: "keep (default): sent as an error, grouped",
      options: {},
      want: { level: "error", fingerprint: ["commerce-errors", "stripe", "card_declined"] },
    },
    { name: "downgraded to a warning", options: { expected: "warning" as const }, want: { level: "warning" } },
    { name: "Sentry's own grouping kept, tags still added", options: { keepFingerprint: true }, want: { fingerprint: ["sentry's own"] } },
  ];
  it.each(cases)("$name", ({ options, want }) => {
    const given: SentryEventLike = { level: "error", fingerprint: ["sentry's own"] };
    const event = commerceBeforeSend(options)(given, { originalException: declined });
    expect(event).toMatchObject(want);
    expect(event?.tags).toMatchObject({ "commerce.category": "payment-declined" });
  });
});
