// Properties of normalizeError over bodies generated from every vendor's envelope schemas and
// arbitrary JSON: the encoding of a body (parsed value, JSON text, UTF-8 bytes) does not change the
// result, and a `commerce-errors/<vendor>` entry reads its own vendor's bodies as the root does
// when the root detects that vendor.
import { envelopeBodies } from "@commerce-errors/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import { vendorNames } from "../src/generated/vendor-names.js";
import { vendorEntries } from "./support/entries.js";

const vendorBodies = fc.oneof(...vendorNames.map(envelopeBodies));
// By contract a string body is text (normalizeError parses it) and null is no body, so neither has an "as a value" form.
const bodies = fc.oneof(vendorBodies, fc.jsonValue()).filter((body) => typeof body !== "string" && body !== null);
const statuses = fc.oneof(fc.constantFrom(200, 400, 401, 404, 409, 422, 429, 500, 502, 503), fc.integer({ min: 100, max: 599 }));

describe("normalizeError, as properties", () => {
  it("gives the same result for a body as a value, as JSON text and as UTF-8 bytes", () => {
    fc.assert(
      fc.property(bodies, statuses, (body, status) => {
        const text = JSON.stringify(body);
        // JSON text cannot tell -0 from 0, so the results are compared as JSON knows them.
        const asJson = (input: root.ErrorInput) => JSON.parse(JSON.stringify(root.normalizeError(input)));
        const asValue = asJson({ status, body });
        expect(asJson({ status, body: text })).toEqual(asValue);
        expect(asJson({ status, body: new TextEncoder().encode(text) })).toEqual(asValue);
      }),
      { numRuns: 300 },
    );
  });

  it("a vendor entry agrees with the root on every body the root attributes to that vendor", () => {
    fc.assert(
      fc.property(vendorBodies, statuses, (body, status) => {
        const fromRoot = root.normalizeError({ status, body });
        fc.pre(fromRoot.vendor !== undefined && fromRoot.ambiguousWith === undefined);
        const fromEntry = vendorEntries[fromRoot.vendor!].normalizeError({ status, body });
        expect(fromEntry).toEqual(fromRoot);
      }),
      { numRuns: 300 },
    );
  });
});

describe("assertOk, as a property", () => {
  const texts = fc.oneof(
    bodies.map((body) => JSON.stringify(body)),
    fc.string(),
    fc.constantFrom("", "<html><body>502 Bad Gateway</body></html>", "null"),
  );

  it("rejects a non-2xx Response with what normalizeError makes of the same status, text and headers", async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.integer({ min: 400, max: 599 }), async (text, status) => {
        const headers = { "content-type": "application/json", "x-request-id": "req-1" };
        const rejection = await root.assertOk(new Response(text, { status, headers })).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(root.isCommerceApiError(rejection)).toBe(true);
        const { cause: _cause, name: _name, ...thrown } = rejection as root.CommerceApiError & { cause: unknown };
        expect({ ...thrown, message: (rejection as Error).message }).toEqual(
          root.normalizeError({ status, body: text, headers: new Headers(headers) }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
