// A Sentry `beforeSend` that groups CommerceApiErrors by vendor and code, tags them, and drops or
// downgrades the expected ones. Typed structurally: this package never imports @sentry/*.
import { boundedText } from "./bounded.js";
import { commerceErrorOf } from "./commerce-error-of.js";

/** The parts of a Sentry `ErrorEvent` this hook reads and writes. */
export interface SentryEventLike {
  fingerprint?: string[];
  level?: string;
  tags?: Record<string, unknown>;
  contexts?: Record<string, Record<string, unknown> | undefined>;
}

export interface SentryOptions {
  /**
   * What to do with an `expected` error (a decline, a validation error, out of stock): `"keep"`
   * (default), `"drop"` (not sent), or a lower level (`"warning"`, `"info"`, `"debug"`).
   */
  expected?: "keep" | "drop" | "warning" | "info" | "debug";
  /** Keep Sentry's own grouping instead of one issue per vendor and code: default false. */
  keepFingerprint?: boolean;
}

/**
 * `Sentry.init({ beforeSend: commerceBeforeSend({ expected: "drop" }) })`. Events of other errors
 * pass unchanged. Fingerprint `["commerce-errors", vendor, code or category]`; tags
 * `commerce.vendor`, `commerce.category`, `commerce.code`, `commerce.request_id`; context `commerce`.
 */
export function commerceBeforeSend(options: SentryOptions = {}) {
  return <Event extends SentryEventLike>(event: Event, hint?: { originalException?: unknown }): Event | null => {
    const error = commerceErrorOf(hint?.originalException);
    if (!error) return event;
    if (error.expected && options.expected === "drop") return null;
    if (error.expected && options.expected !== undefined && options.expected !== "keep") event.level = options.expected;
    if (!options.keepFingerprint)
      event.fingerprint = ["commerce-errors", error.vendor ?? "unknown-vendor", boundedText(error.code ?? error.category)];
    event.tags = {
      ...event.tags,
      "commerce.vendor": error.vendor ?? "unknown",
      "commerce.category": error.category,
      "commerce.expected": String(error.expected),
      ...(error.code !== undefined && { "commerce.code": boundedText(error.code) }),
      ...(error.requestId !== undefined && { "commerce.request_id": boundedText(error.requestId) }),
    };
    event.contexts = {
      ...event.contexts,
      commerce: {
        vendor: error.vendor,
        status: error.status,
        code: error.code,
        category: error.category,
        blame: error.blame,
        expected: error.expected,
        envelope: error.envelope,
        requestId: error.requestId,
        retry: error.retry.kind,
      },
    };
    return event;
  };
}
