// What the retry policy reads off the request an error carries (axios config, got options, ky/fetch Request).
import { AxiosHeaders } from "axios";
import { describe, expect, it } from "vitest";
import { requestFacts } from "../../src/retry/request-facts.js";

describe("requestFacts(request seen)", () => {
  it.each([
    { given: "nothing", seen: {}, want: {} },
    { given: "a lower-case method", seen: { method: "post" }, want: { method: "POST" } },
    { given: "an empty method", seen: { method: "" }, want: {} },
    { given: "a method that is not a string", seen: { method: 42 }, want: {} },
    {
      given: "plain headers with Stripe's key, any case",
      seen: { method: "POST", headers: { "Idempotency-Key": "k1" } },
      want: { method: "POST", idempotencyKey: true },
    },
    { given: "plain headers without a key", seen: { headers: { Authorization: "Bearer x" } }, want: { idempotencyKey: false } },
    {
      given: "a fetch Headers with PayPal's key",
      seen: { method: "POST", headers: new Headers({ "PayPal-Request-Id": "r1" }) },
      want: { method: "POST", idempotencyKey: true },
    },
    {
      given: "Checkout.com's key (vendor.json idempotencyHeaders)",
      seen: { method: "POST", headers: { "Cko-Idempotency-Key": "pay-42" } },
      want: { method: "POST", idempotencyKey: true },
    },
    {
      given: "a fetch Headers without a key",
      seen: { headers: new Headers({ accept: "application/json" }) },
      want: { idempotencyKey: false },
    },
    {
      given: "axios headers with a key",
      seen: { method: "post", headers: new AxiosHeaders({ "X-Idempotency-Key": "k2" }) },
      want: { method: "POST", idempotencyKey: true },
    },
    { given: "headers that are not an object", seen: { headers: "Idempotency-Key: k" }, want: {} },
  ])("$given", ({ seen, want }) => {
    expect(requestFacts(seen)).toEqual(want);
  });
});
