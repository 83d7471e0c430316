// The contract between the umbrella and one vendor: the vendor package's /core (envelope checks,
// status summaries), plus a hand-written reader per envelope and, apart, the vocabulary that marks
// the vendor's responses (its hosts and headers, the codes in its bodies), which only detection
// weighs. Adding a vendor = one module, one registry line and one line of entry-config.json (README).
import type { HeadersLike } from "../http/headers.js";
import type { ErrorDetail } from "../normalized-error.js";
import type { RetryHint } from "../normalize/retry.js";
import type { StatusSummary } from "@commerce-errors/runtime";
import type { ErrorCategoryData } from "@commerce-errors/runtime";

/** The `vendor` constant of a vendor package (schemas/<vendor>/vendor.json): the hints detection weighs. */
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

export type EnvelopeReader<Body> = (body: Body) => VendorReading;

/** Marks of this vendor beyond the shape (documented codes, docs URLs): each one raises the detection score. */
export type EnvelopeVocabulary<Body> = (body: Body) => string[];

/** What reading an error needs of who the vendor is. */
export interface VendorIdentity<Name extends string = string> {
  readonly name: Name;
  readonly requestIdHeaders: readonly string[];
}

/** The parts of a vendor package the umbrella uses, from what every generated package's /core exports. */
export interface VendorPackageParts<Name extends string, Envelope extends string> {
  /** `{name: vendorName, requestIdHeaders}`: not /core's `vendor`, whose detection hints only detection needs. */
  vendor: VendorIdentity<Name>;
  envelopeNames: readonly Envelope[];
  matchErrorEnvelope(value: unknown): Envelope | undefined;
  summarizeStatus(status: number): StatusSummary | undefined;
  /** What kind of failure each code and status is (/core `errorCategories`); classification reads only this. */
  errorCategories?: ErrorCategoryData;
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
  read(body: unknown, envelope: Envelope): VendorReading;
}

/**
 * An adapter as detection among several vendors needs it (the root entry, detectVendor): with the
 * vendor's hints and the marks in its bodies. A scope of one vendor decides without them, so its
 * fromError bundles neither the hosts and headers nor the code lists.
 */
export interface DetectableAdapter<Name extends string = string, Envelope extends string = string> extends VendorAdapter<Name, Envelope> {
  metadata: VendorMetadata<Name>;
  vocabulary(body: unknown, envelope: Envelope): string[];
  /** The package's `envelopeEvidence`: fields each envelope declares and values it documents (ranking among equal scores). */
  evidence?: Readonly<Partial<Record<Envelope, EnvelopeEvidence>>>;
}

/** One envelope's entry of a vendor package's `envelopeEvidence` (/core). */
export interface EnvelopeEvidence {
  readonly fields: readonly string[];
  readonly values: readonly (readonly [readonly string[], readonly string[]])[];
}

/**
 * Binds a vendor package's /core to one reader per envelope. `Bodies` maps each envelope name to its
 * type; a vendor that gains an envelope fails to compile here until it has a reader.
 */
export function defineVendorAdapter<Name extends string, Bodies extends Record<string, unknown>>(
  parts: VendorPackageParts<Name, keyof Bodies & string>,
  readers: { [Envelope in keyof Bodies]: EnvelopeReader<Bodies[Envelope]> },
  response: VendorResponseReaders = {},
): VendorAdapter<Name, keyof Bodies & string> {
  const {
    vendor: { name: vendorName, requestIdHeaders },
    envelopeNames,
    matchErrorEnvelope,
    summarizeStatus,
    errorCategories,
  } = parts;
  return {
    vendor: { name: vendorName, requestIdHeaders },
    envelopeNames,
    matchErrorEnvelope,
    summarizeStatus,
    ...(errorCategories && { errorCategories }),
    ...response,
    // The body was accepted by this envelope's validator, which is what makes the casts sound.
    read: (body, envelope) => readers[envelope](body as Bodies[typeof envelope]),
  };
}

/** What marks a vendor's responses: its package's hints, and the marks of the envelopes that have any (see DetectableAdapter). */
export interface VendorVocabulary<Name extends string, Bodies extends Record<string, unknown>> {
  vendor: VendorMetadata<Name>;
  marks: { [Envelope in keyof Bodies]?: EnvelopeVocabulary<Bodies[Envelope]> };
}

/** The adapter, with the vocabulary that detection among several vendors weighs. */
export function withVocabulary<Name extends string, Envelope extends string, Bodies extends Record<Envelope, unknown>>(
  adapter: VendorAdapter<Name, Envelope>,
  { vendor, marks }: VendorVocabulary<Name, Bodies>,
): DetectableAdapter<Name, Envelope> {
  return { ...adapter, metadata: vendor, vocabulary: (body, envelope) => marks[envelope]?.(body as Bodies[typeof envelope]) ?? [] };
}
