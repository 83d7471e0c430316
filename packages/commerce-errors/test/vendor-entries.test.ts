// What a `commerce-errors/<vendor>` entry promises beyond the root's functions: every response is its
// vendor's; it agrees with the root on that vendor's own bodies; detection there still gives reasons.
import { describe, expect, it } from "vitest";
import * as catalog from "../src/catalog.js";
import * as commercetools from "../src/entries/commercetools.js";
import * as paypal from "../src/entries/paypal.js";
import * as stripe from "../src/entries/stripe.js";
import * as root from "../src/index.js";
import { allExamples, example } from "./fixtures.js";

const entries = { commercetools, paypal, stripe } as const;

describe("a vendor entry attributes every response to its vendor", () => {
  it.each([
    {
      name: "an HTML 503 from a proxy in front of Stripe",
      entry: "stripe",
      input: { status: 503, body: "<h1>Service Unavailable</h1>", headers: { "request-id": "req_123" } },
      want: {
        vendor: "stripe",
        envelope: "unrecognized",
        reason: "not-json",
        retry: { kind: "with-backoff" },
        statusInfo: { status: 503, text: "Service Unavailable", retry: "with-backoff" },
        requestId: "req_123",
      },
    },
    {
      name: "an empty 429 from PayPal",
      entry: "paypal",
      input: { status: 429, body: "", headers: { "paypal-debug-id": "f00d" } },
      want: { vendor: "paypal", envelope: "empty", retry: { kind: "with-backoff" }, requestId: "f00d" },
    },
    {
      name: "another vendor's body",
      entry: "commercetools",
      input: { status: 400, body: example("stripe", "ApiErrorResponse", 0) },
      want: { vendor: "commercetools", envelope: "unrecognized", reason: "invalid", code: undefined },
    },
  ] as const)("$name", ({ entry, input, want }) => {
    expect(entries[entry].normalizeError(input)).toMatchObject(want);
    expect(entries[entry].fromError(input).toJSON()).toMatchObject(want);
  });

  it("the root entry, which detects, leaves the vendor of an HTML page without hints unknown", () => {
    expect(root.normalizeError({ status: 503, body: "<h1>Service Unavailable</h1>" }).vendor).toBeUndefined();
  });

  it("a vendor named in the options must be the entry's", () => {
    expect(() => stripe.normalizeError({ status: 400, body: {} }, { vendor: "paypal" })).toThrow(/Unknown vendor "paypal"/);
  });
});

describe("a vendor entry reads its vendor's bodies as the root does", () => {
  const own = allExamples.filter((each): each is typeof each & { vendor: keyof typeof entries } => each.vendor in entries);
  it.each(own.map((each) => [`${each.vendor} ${each.envelope} #${each.index}`, each] as const))("%s", (_name, { vendor, body }) => {
    const input = { status: 400, body };
    expect(entries[vendor].normalizeError(input)).toEqual(root.normalizeError(input, { vendor }));
  });
});

describe("detectVendor in a vendor entry", () => {
  it("weighs the vendor's vocabulary and says why", () => {
    const [candidate] = stripe.detectVendor(example("stripe", "ApiErrorResponse", 0));
    expect(candidate?.vendor).toBe("stripe");
    expect(candidate?.reasons.some((reason) => reason.startsWith("documented Stripe error"))).toBe(true);
  });
});

describe("commerce-errors/catalog", () => {
  it("has the long-form advice that statusInfo leaves out", () => {
    const info = catalog.describeStatus("commercetools", 409);
    expect(info).toMatchObject({
      status: 409,
      retry: root.normalizeError({ status: 409, body: "" }, { vendor: "commercetools" }).statusInfo?.retry,
    });
    expect(info?.troubleshooting.length).toBeGreaterThan(0);
    expect(catalog.describeStatus("stripe", 299)).toBeUndefined();
  });

  it("lists the documented statuses ascending and names the vendor", () => {
    const statuses = catalog.documentedStatuses("stripe");
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
    expect(statuses).toContain(402);
    expect(catalog.displayNameOf("magento")).toBe("Adobe Commerce (Magento 2)");
  });

  it("explains a body no envelope accepts, and refuses an unknown vendor", () => {
    const result = catalog.validateErrorBody("paypal", { name: 42 });
    expect(result.valid).toBe(false);
    expect(() => catalog.describeStatus("acme" as never, 400)).toThrow(TypeError);
  });
});
