// What checkout-sdk-node throws, captured from the real SDK (5.2.1) against a local server: the body
// where the SDK keeps it, and only the status where it drops the body (401 empty, 502).
import { describe, expect, it } from "vitest";
import { fromSdkError } from "../src/index.js";

const validation = {
  name: "ValidationError",
  http_code: 422,
  body: { request_id: "0HLULE6FQN9M3:00000F03", error_type: "request_invalid", error_codes: ["url_required"] },
  message: "ValidationError",
};

describe("checkout-sdk-node errors", () => {
  it("ValidationError keeps the 422 body", async () => {
    expect(await fromSdkError(validation)).toMatchObject({ kind: "error", status: 422, envelope: "CheckoutComErrorResponse" });
  });

  it.each([
    [
      "AuthenticationError with the empty body as {}",
      { http_code: 401, name: "AuthenticationError", body: {}, message: "AuthenticationError" },
      401,
    ],
    ["BadGateway without a body", { name: "Bad gateway", http_code: 502, message: "Bad gateway" }, 502],
  ])("%s: the status, no envelope", async (_name, thrown, status) => {
    const parsed = await fromSdkError(thrown);
    expect(parsed.status).toBe(status);
    expect(parsed.kind).not.toBe("error");
  });
});
