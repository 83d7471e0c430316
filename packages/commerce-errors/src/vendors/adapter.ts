// The contract between the umbrella and one vendor: the vendor package's own validators and
// catalog, plus a hand-written reader per envelope. Adding a vendor = one module + one registry line.
import type { HeadersLike } from "../http/headers.js";
import type { ErrorDetail } from "../normalized-error.js";
import type { RetryHint } from "../normalize/retry.js";
import type { FetchResponseLike, StatusCodeInfo, UnrecognizedReason, ValidationResult } from "../vendor-runtime.js";

/** The `vendor` constant of a vendor package (schemas/<vendor>/vendor.json). */
export interface VendorMetadata<Name extends string = string> {
  readonly name: Name;
  readonly displayName: string;
  readonly hosts: readonly string[];
  readonly contentTypes: readonly string[];
  readonly headers: readonly string[];
  readonly requestIdHeaders: readonly string[];
}

/** The vendor-neutral parts a reader finds in a body its vendor's validator accepted. */
export interface VendorReading {
  code?: string | undefined;
  message?: string | undefined;
  details: ErrorDetail[];
  requestId?: string | undefined;
  retry?: RetryHint | undefined;
}

export interface EnvelopeReader<Body> {
  read(body: Body): VendorReading;
  /** Marks of this vendor beyond the shape (documented codes, docs URLs): each one raises the detection score. */
  vocabulary?(body: Body): string[];
}

/** What every vendor package's parseErrorResponse resolves to, seen without the vendor's body type. */
export type ParsedBody =
  | { kind: "error"; body: unknown }
  | { kind: "partial"; body: unknown }
  | { kind: "empty" }
  | { kind: "unrecognized"; reason: UnrecognizedReason; text?: string; json?: unknown };

/** The parts of a vendor package the umbrella uses; every generated package exports them. */
export interface VendorPackageParts<Name extends string, Envelope extends string> {
  vendor: VendorMetadata<Name>;
  envelopeNames: readonly Envelope[];
  matchErrorEnvelope(value: unknown): Envelope | undefined;
  validateErrorResponse(value: unknown): ValidationResult<unknown>;
  describeStatus(status: number): StatusCodeInfo | undefined;
  statusCodes: Readonly<Record<number, StatusCodeInfo>>;
  parseErrorResponse(response: FetchResponseLike, options?: { maxBytes?: number }): Promise<ParsedBody>;
}

/** What a vendor says about a response beyond its body; every part is optional. */
export interface VendorResponseReaders {
  /**
   * Whether the server itself said a retry can succeed (Stripe-Should-Retry: true/false), or
   * `undefined` when it did not say. It overrides the catalog and the error kind.
   */
  serverRetryAdvice?(headers: HeadersLike | undefined): boolean | undefined;
}

export interface VendorAdapter<Name extends string = string, Envelope extends string = string>
  extends VendorPackageParts<Name, Envelope>,
    VendorResponseReaders {
  vocabulary(body: unknown, envelope: Envelope): string[];
  read(body: unknown, envelope: Envelope): VendorReading;
}

/**
 * The documented values of one open string field, from a vendor package's `knownValues`
 * (`"ApiError.type"`, `"GraphQLErrorExtensions.code"`): the vocabulary that marks the vendor.
 */
export function knownSet(knownValues: Readonly<Record<string, readonly string[]>>, field: string): ReadonlySet<string> {
  return new Set(knownValues[field] ?? []);
}

/**
 * Binds a vendor package to one reader per envelope. `Bodies` maps each envelope name to its
 * type; a vendor that gains an envelope fails to compile here until it has a reader.
 */
export function defineVendorAdapter<Name extends string, Bodies extends Record<string, unknown>>(
  parts: VendorPackageParts<Name, keyof Bodies & string>,
  readers: { [Envelope in keyof Bodies]: EnvelopeReader<Bodies[Envelope]> },
  response: VendorResponseReaders = {},
): VendorAdapter<Name, keyof Bodies & string> {
  return {
    ...parts,
    ...response,
    // The body was accepted by this envelope's validator, which is what makes the casts sound.
    read: (body, envelope) => readers[envelope].read(body as Bodies[typeof envelope]),
    vocabulary: (body, envelope) => readers[envelope].vocabulary?.(body as Bodies[typeof envelope]) ?? [],
  };
}
