// BigCommerce, as its docs describe it (https://developer.bigcommerce.com/docs/start/about/status-codes).
import { describe, expect, it } from "vitest";
import {
  describeStatus,
  isGraphQLErrorResponse,
  isRestV2ErrorResponse,
  matchErrorEnvelope,
  validateErrorResponse,
  validateRestV2ErrorResponse,
} from "../src/index.js";

describe("BigCommerce error responses", () => {
  it("REST v2 errors are a top-level array", () => {
    const body = [{ status: 404, message: "The requested resource was not found." }];
    expect(isRestV2ErrorResponse(body)).toBe(true);
    expect(matchErrorEnvelope(body)).toBe("RestV2ErrorResponse");
  });

  it("a v2 item with a string status is invalid at /0/status", () => {
    const result = validateRestV2ErrorResponse([{ status: "404", message: "Not found." }]);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.issues[0]).toMatchObject({ path: "/0/status", keyword: "type" });
  });

  it("the GraphQL 401 JWT messages of the docs are GraphQL errors", () => {
    for (const message of [
      "GraphQL credentials were missing. No token was sent.",
      "GraphQL invalid credentials. JWT is expired",
      "Unknown JWT token",
    ]) {
      expect(isGraphQLErrorResponse({ errors: [{ message }] })).toBe(true);
    }
  });

  it("a v3 422 with a batch-indexed errors map is a RestV3Error", () => {
    const body = {
      status: 422,
      title: "JSON data is missing or invalid",
      type: "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes",
      errors: { "0.channel_id": "error.path.missing" },
    };
    expect(validateErrorResponse(body)).toMatchObject({ valid: true, envelope: "RestV3Error" });
  });

  it("207 means a partial failure; 429 and 503 advise a backoff", () => {
    expect(describeStatus(207)?.text).toBe("Multi-Status");
    expect(describeStatus(429)?.retry).toBe("with-backoff");
    expect(describeStatus(503)?.retry).toBe("with-backoff");
  });
});
