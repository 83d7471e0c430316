// The one error shape every vendor's error body is normalized into.

import type { ErrorCategory, StatusSummary, UnrecognizedReason } from "@commerce-errors/runtime";
import type { ErrorBlame } from "./classify/blame.js";
import type { TransportReason } from "./from-error/transport.js";
import type { EnvelopeName, VendorName } from "./generated/vendor-names.js";
import type { RetryDecision } from "./normalize/retry.js";

/** One problem inside an error response, e.g. one invalid field. */
export interface ErrorDetail {
  code?: string;
  message: string;
  /**
   * JSON Pointer: into the request body for field errors, into `data` for GraphQL `path`s and for
   * errors returned as data (`/customer/updateCustomerAddress/errors/0`).
   */
  pointer?: string;
  /** The field or parameter name as the vendor spells it (`0.channel_id`, `quantity`). */
  field?: string;
  /** The failed item of a batch (207 Multi-Status, per-item errors) this error belongs to. */
  item?: { index: number; id?: string; pointer: string };
}

export interface NormalizedError {
  /** `undefined` when neither the body nor the hints point at a vendor. */
  vendor: VendorName | undefined;
  /** The HTTP status of the response; `undefined` when there was none (network failure) or the SDK dropped it. */
  status: number | undefined;
  /** The vendor envelope the body matched, or why none did; "transport" when no usable response arrived. */
  envelope: EnvelopeName | "unrecognized" | "empty" | "transport";
  /**
   * With `envelope: "unrecognized"`: HTML or other text, JSON of no known shape, too large, unreadable.
   * With `envelope: "transport"`: network, timeout, abort, or a body the SDK could not parse and did not keep.
   */
  reason?: UnrecognizedReason | TransportReason;
  /** The primary machine-readable code (as the vendor's reading rules find it, e.g. `errors[0].code`). */
  code: string | undefined;
  /** Human-readable; falls back to the status text when the body has none. */
  message: string;
  details: ErrorDetail[];
  retry: RetryDecision;
  /**
   * What kind of failure: from the vendor's data for its codes (schemas/<vendor>/categories.json), else
   * the status, else the envelope; `transport` when no response arrived, `unknown` when nothing says.
   */
  category: ErrorCategory;
  /** Whose fault: the request (`client`), the vendor's side (`vendor`), the network (`network`). */
  blame: ErrorBlame;
  /** A business outcome (decline, validation, stock, not found, conflict) rather than an incident. */
  expected: boolean;
  /** The key of a message a shopper may see (commerce-errors/messages): a shopper-facing code's, else the category's. */
  messageKey: string;
  /**
   * The status's text and retry advice from the vendor's catalog, when the vendor is known and
   * documents it. Its meaning and troubleshooting advice: `describeStatus` of `commerce-errors/catalog`.
   */
  statusInfo: StatusSummary | undefined;
  /** From the body (Elastic Path `request_id`) or a request-id header; quote it to vendor support. */
  requestId: string | undefined;
  /** Other vendors that accept the body with the same score: the vendor was a tie-break, not a certainty. */
  ambiguousWith?: VendorName[];
  /** The body: the parsed JSON value when it was JSON, else its text; `undefined` when empty or unreadable. */
  raw: unknown;
}
