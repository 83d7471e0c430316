// The data a vendor's /core exports so that one generic interpreter (read-by-rules.ts) reads its
// error bodies: how each envelope gives a code, a message, details, a request id and retry advice,
// and what marks a body as this vendor's. Written in schemas/<vendor>/reading.json; the format is
// documented in schemas/README.md ("Reading rules").

/**
 * A value computed from a body. A string starting with `/` is a JSON Pointer into the current value,
 * `@` is the current value, `@name/pointer` a named value (`@root`, `@index`, a `let`); any other
 * string, number, boolean or null is itself; an array is the list of its items' values; an object
 * is one operation, named by its first key (see read-by-rules.ts).
 */
export type RuleExpr = string | number | boolean | null | readonly RuleExpr[] | { readonly [key: string]: unknown };

/** How one envelope reads. Each part is optional; `let` values are computed first and named `@<name>`. */
export interface EnvelopeReadingRule {
  /** A JSON Pointer to the part of the body the other pointers start from (`/error`); `@root` stays the body. */
  readonly at?: string;
  readonly let?: { readonly [name: string]: RuleExpr };
  readonly code?: RuleExpr;
  readonly message?: RuleExpr;
  readonly details?: RuleExpr;
  readonly requestId?: RuleExpr;
  readonly retry?: RuleExpr;
}

/** A response header in which the server says whether a retry can succeed (Stripe-Should-Retry). */
export interface RetryHeaderRule {
  /** Lower-case header name. */
  readonly header: string;
  /** Values (trimmed, lower-cased) that mean "retry" and "do not retry". */
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

/** What /core exports as `errorReading`: the rules of every envelope, and the functions they may call. */
export interface ErrorReadingRules {
  /** Expressions several envelopes share, used as `{"use": name}` in the scope where they are used. */
  readonly definitions?: { readonly [name: string]: RuleExpr };
  /** Each envelope's rule, or the name of another envelope that reads alike. */
  readonly envelopes: { readonly [envelope: string]: EnvelopeReadingRule | string };
  readonly retryHeaders?: readonly RetryHeaderRule[];
  /** The vendor package's functions a `{"call": name}` may apply (readFailedItems, findDataErrors, formatMessage). */
  readonly functions?: { readonly [name: string]: (...args: never[]) => unknown };
}

/** One mark: given when `when` holds and `value` (if any) is defined; `{value}` in the reason is replaced by it. */
export interface MarkRule {
  readonly when?: RuleExpr;
  readonly value?: RuleExpr;
  readonly reason: string;
}

/** What /core exports as `errorMarks`: detection marks per envelope, and the known-value lists they test membership in. */
export interface ErrorMarkRules {
  readonly definitions?: { readonly [name: string]: RuleExpr };
  /** Each envelope's marks, or the name of another envelope whose marks it shares. */
  readonly envelopes: { readonly [envelope: string]: readonly MarkRule[] | string };
  readonly lists?: { readonly [name: string]: readonly unknown[] };
  readonly functions?: { readonly [name: string]: (...args: never[]) => unknown };
}

/** One detail of an error, as the umbrella's ErrorDetail. */
export interface RuleErrorDetail {
  code?: string;
  message: string;
  pointer?: string;
  field?: string;
  item?: { index: number; id?: string; pointer: string };
}

export type RuleRetryHint = { kind: "with-backoff"; afterMs?: number } | { kind: "after-refetch"; currentVersion?: number };

/** What the rules read off one body: the umbrella's VendorReading. */
export interface RuleReading {
  code?: string | undefined;
  message?: string | undefined;
  details: RuleErrorDetail[];
  requestId?: string | undefined;
  retry?: RuleRetryHint | undefined;
}
