// Property: every vendor's readers read every body its envelopes accept. Bodies are generated from
// the envelope schemas (valid by construction, with undocumented extra fields), so a reader that
// assumes more than the schema promises (a non-empty array, a field present) fails here instead of
// being swallowed by normalizeError's safety net and losing the code and message.
import { arbitraryFromSchema, readEnvelopeSchemas } from "@commerce-errors/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeError } from "../../src/index.js";
import { vendorAdapters } from "../../src/generated/registry.js";

const retryKinds = new Set(["no", "with-backoff", "after-refetch"]);
const optionalString = (value: unknown) => value === undefined || typeof value === "string";

describe.each(vendorAdapters.map((adapter) => [adapter.vendor.name, adapter] as const))("%s readers", (vendor, adapter) => {
  it.each(readEnvelopeSchemas(vendor).map((envelope) => [envelope.title, envelope] as const))(
    "%s: every generated body is read without throwing, into well-formed parts",
    (_, envelope) => {
      fc.assert(
        fc.property(arbitraryFromSchema(envelope.schema), (body) => {
          const matched = adapter.matchErrorEnvelope(body);
          expect(matched).toBeDefined();
          const reading = adapter.read(body, matched!);
          expect(optionalString(reading.code), `code ${JSON.stringify(reading.code)}`).toBe(true);
          expect(optionalString(reading.message), `message ${JSON.stringify(reading.message)}`).toBe(true);
          expect(optionalString(reading.requestId)).toBe(true);
          if (reading.retry !== undefined) expect(retryKinds.has(reading.retry.kind)).toBe(true);
          for (const detail of reading.details) {
            expect(typeof detail.message, JSON.stringify(detail)).toBe("string");
            expect(optionalString(detail.code)).toBe(true);
            if (detail.pointer !== undefined) expect(detail.pointer).toMatch(/^(\/|$)/);
          }
          const normalized = normalizeError({ status: 400, body }, { vendor });
          expect(normalized.envelope).toBe(matched);
          expect(normalized.message).toBeTypeOf("string");
        }),
        { numRuns: 100 },
      );
    },
  );
});
