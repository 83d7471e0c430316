// commerceErrorSerializer with real pino writing to a stream, set up as README "Observability / pino" shows it.
import { Writable } from "node:stream";
import { fromError } from "commerce-errors";
import { commerceErrorSerializer } from "commerce-errors/pino";
import pino from "pino";
import { describe, expect, it } from "vitest";

/** A stream that keeps each line pino writes, parsed. */
function lines(): { destination: Writable; logged: Record<string, any>[] } {
  const logged: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) logged.push(JSON.parse(line));
      done();
    },
  });
  return { destination, logged };
}

const secretBody = {
  status: 401,
  headers: { "x-correlation-id": "projects-acme-9" },
  body: {
    statusCode: 401,
    message: "invalid_token: Bearer abcdefghijklmnop is not valid",
    errors: [{ code: "invalid_token", message: "invalid_token: Bearer abcdefghijklmnop is not valid" }],
    error: "invalid_token",
    error_description: "client_secret=s3cr3t-value rejected",
  },
};

describe("commerceErrorSerializer in real pino (README)", () => {
  it("keeps vendor, code, category, status, request id and details, credentials redacted", () => {
    const { destination, logged } = lines();
    const e = secretBody;
    const logger = pino({ serializers: { err: commerceErrorSerializer(pino.stdSerializers.err) } }, destination); // stdout when left out
    logger.error({ err: fromError(e) }, "checkout failed");
    expect(logged).toHaveLength(1);
    const [entry] = logged;
    expect(entry?.msg).toBe("checkout failed");
    expect(entry?.err).toMatchObject({
      type: "CommerceApiError",
      vendor: "commercetools",
      status: 401,
      code: "invalid_token",
      category: "authentication",
      blame: "client",
      expected: false,
      envelope: "AuthErrorResponse",
      requestId: "projects-acme-9",
      retry: "no",
      details: [{ code: "invalid_token", message: "invalid_token: Bearer [REDACTED] is not valid" }],
    });
    expect(entry?.err.message).toBe("client_secret=[REDACTED] rejected"); // the OAuth error_description
    expect(entry?.err.stack).toContain("CommerceApiError");
    expect(JSON.stringify(entry)).not.toMatch(/abcdefghijklmnop|s3cr3t-value/);
    expect(entry?.err.raw).toBeUndefined();
  });

  it("logs the vendor's body, redacted, only when asked", () => {
    const { destination, logged } = lines();
    const logger = pino({ serializers: { err: commerceErrorSerializer(pino.stdSerializers.err, { body: true }) } }, destination);
    logger.error({ err: fromError(secretBody) }, "checkout failed");
    expect(logged[0]?.err.raw).toMatchObject({ error_description: "client_secret=[REDACTED] rejected" });
  });

  it("hands any other error to pino's own serializer", () => {
    const { destination, logged } = lines();
    const logger = pino({ serializers: { err: commerceErrorSerializer(pino.stdSerializers.err) } }, destination);
    logger.error({ err: new TypeError("a bug") }, "oops");
    expect(logged[0]?.err).toMatchObject({ type: "TypeError", message: "a bug" });
    expect(logged[0]?.err.category).toBeUndefined();
  });
});
