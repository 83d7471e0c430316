import { describe, expect, it } from "vitest";
import { CommerceApiError, normalizeError } from "../src/index.js";
import { example } from "./fixtures.js";

describe("CommerceApiError", () => {
  const normalized = normalizeError({
    status: 409,
    body: example("commercetools", "StandardErrorResponse", 0),
    headers: { "x-correlation-id": "projects-acme-1" },
  });

  it("is an Error that instanceof and its name identify", () => {
    const error = new CommerceApiError(normalized);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(CommerceApiError);
    expect(error.name).toBe("CommerceApiError");
    expect(error.message).toBe("Version mismatch. Concurrent modification.");
    expect(String(error)).toBe("CommerceApiError: Version mismatch. Concurrent modification.");
    expect(error.stack).toContain("CommerceApiError");
  });

  it("carries every normalized field", () => {
    const error = new CommerceApiError(normalized);
    expect(error).toMatchObject({
      vendor: "commercetools",
      status: 409,
      envelope: "StandardErrorResponse",
      code: "ConcurrentModification",
      retry: { kind: "after-refetch", currentVersion: 2 },
      requestId: "projects-acme-1",
      statusInfo: { text: "Conflict" },
      details: [{ code: "ConcurrentModification", message: "Version mismatch. Concurrent modification." }],
    });
    expect(error.raw).toBe(normalized.raw);
    expect(error.toJSON()).toEqual(normalized);
    expect(JSON.parse(JSON.stringify(error))).toEqual(JSON.parse(JSON.stringify(normalized)));
  });

  it("keeps its cause", () => {
    const sdkError = new Error("request failed");
    const error = new CommerceApiError(normalized, { cause: sdkError });
    expect(error.cause).toBe(sdkError);
    expect(new CommerceApiError(normalized).cause).toBeUndefined();
  });

  it("is caught and narrowed like any error", () => {
    try {
      throw new CommerceApiError(normalizeError({ status: 503, body: "<html>down</html>" }, { vendor: "elasticpath" }));
    } catch (error) {
      expect(error instanceof CommerceApiError && error.envelope).toBe("unrecognized");
      expect(error instanceof CommerceApiError && error.reason).toBe("not-json");
    }
  });
});
