// The OAuth 2.0 error form {error, error_description?} that Stripe Connect, Shopify, PayPal and
// Salesforce SLAS all send (and commercetools inside its own envelope). The shape is the RFC's, not
// a vendor's: only codes outside the RFC, or fields a vendor adds, tell the vendors apart.
import type { VendorReading } from "./adapter.js";

/** RFC 6749 error codes (sections 4.1.2.1 and 5.2) and RFC 6750's: every OAuth server may send them. */
export const standardOAuthErrorCodes: ReadonlySet<string> = new Set([
  "invalid_request",
  "invalid_client",
  "invalid_grant",
  "unauthorized_client",
  "unsupported_grant_type",
  "invalid_scope",
  "access_denied",
  "unsupported_response_type",
  "server_error",
  "temporarily_unavailable",
  "invalid_token",
  "insufficient_scope",
]);

/** The code is `error` (an empty one is none); the message its description, else the code itself. */
export function readOAuthError(body: { error: string; error_description?: string | undefined }): VendorReading {
  return { code: body.error || undefined, message: body.error_description || body.error || undefined, details: [] };
}
