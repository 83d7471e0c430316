// The contract between the umbrella and one vendor, made from the vendor package's /core alone: its
// envelope checks and status summaries, its reading rules (`errorReading`, from
// schemas/<vendor>/reading.json, compiled into `readErrorEnvelope`) and, apart, what marks its
// responses (`vendor` hints and `errorEnvelopeMarks`), which only detection weighs. No vendor is named here.
import {
  marksByRules,
  readByRules,
  retryHeaderAdvice,
  type ErrorMarkRules,
  type ErrorReadingRules,
  type RetryHeaderRule,
  type RuleReading,
  type WaitResponse,
} from "@commerce-errors/runtime";
import { headerValue, type HeadersLike } from "../http/headers.js";
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
   * Whether the server itself said a retry can succeed (a retry header of reading.json), or
   * `undefined` when it did not say. It overrides the catalog and the error kind.
   */
  serverRetryAdvice?(headers: HeadersLike | undefined): boolean | undefined;
  /** The longest wait the response asks for by the vendor's rate-limit rules (wait and reset headers, a bucket's refill). */
  retryWaitMs?(status: number | undefined, headers: HeadersLike | undefined, body: unknown): number | undefined;
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

/** What every generated vendor package's /core exports, of which reading an error needs these. */
export interface VendorCore<Name extends string = string, Envelope extends string = string> {
  readonly vendorName: Name;
  readonly requestIdHeaders: readonly string[];
  readonly envelopeNames: readonly Envelope[];
  matchErrorEnvelope(value: unknown): Envelope | undefined;
  summarizeStatus(status: number): StatusSummary | undefined;
  /** The reading rules (`errorReading`), compiled: readByRules(errorReading, body, envelope, matchErrorEnvelope). */
  readErrorEnvelope(body: unknown, envelope: string): RuleReading;
  /** `errorReading.retryHeaders`: where the server says whether a retry can succeed. */
  readonly errorRetryHeaders: readonly RetryHeaderRule[];
  /** What kind of failure each code and status is (`errorCategories`); classification reads only this. */
  readonly errorCategories?: ErrorCategoryData;
  /** The longest wait an error response asks for by the vendor's own rules (`readRetryWait`, from rate-limits.json); only vendors with waits beyond Retry-After pass it. */
  readRetryWait?(response: WaitResponse): number | undefined;
}

/**
 * /core as detection among several vendors reads it (the root entry, detectVendor): the reading rules
 * as data, read by the runtime's interpreter, which the marks need anyway; the hints and the marks.
 */
export interface DetectableVendorCore<Name extends string = string, Envelope extends string = string>
  extends Omit<VendorCore<Name, Envelope>, "readErrorEnvelope" | "errorRetryHeaders"> {
  readonly errorReading: ErrorReadingRules;
  readonly vendor: VendorMetadata<Name>;
  readonly errorMarks: ErrorMarkRules;
  /** Fields each envelope declares and values it documents (`envelopeEvidence`): ranks equal scores. */
  readonly envelopeEvidence?: Readonly<Partial<Record<Envelope, EnvelopeEvidence>>>;
}

/** The adapter of a /core, whichever way it reads bodies and with whichever rules it reads retry headers. */
function readingAdapter<Name extends string, Envelope extends string>(
  core: Omit<VendorCore<Name, Envelope>, "readErrorEnvelope" | "errorRetryHeaders">,
  read: (body: unknown, envelope: Envelope) => RuleReading,
  retryRules: { readonly retryHeaders?: readonly RetryHeaderRule[] },
): VendorAdapter<Name, Envelope> {
  const { vendorName, requestIdHeaders, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories, readRetryWait } = core;
  return {
    vendor: { name: vendorName, requestIdHeaders },
    envelopeNames,
    matchErrorEnvelope,
    summarizeStatus,
    ...(errorCategories && { errorCategories }),
    serverRetryAdvice: (headers) => retryHeaderAdvice(retryRules, (name) => headerValue(headers, name)),
    ...(readRetryWait && {
      retryWaitMs: (status, headers, body) => readRetryWait({ status, header: (name) => headerValue(headers, name), body }),
    }),
    read,
  };
}

/**
 * A vendor's adapter from its package's /core (`@commerce-errors/<vendor>/core`):
 * bodies read by its compiled rules, the server's retry word read from its retry headers, its waits from its rate-limit rules.
 */
export function adapterFromCore<Name extends string, Envelope extends string>(
  core: VendorCore<Name, Envelope>,
): VendorAdapter<Name, Envelope> {
  return readingAdapter(core, core.readErrorEnvelope, { retryHeaders: core.errorRetryHeaders });
}

/** The adapter, with the hints and marks that detection among several vendors weighs (the root entry, detectVendor). */
export function detectableAdapterFromCore<Name extends string, Envelope extends string>(
  core: DetectableVendorCore<Name, Envelope>,
): DetectableAdapter<Name, Envelope> {
  const { vendor, errorReading, errorMarks, envelopeEvidence, matchErrorEnvelope } = core;
  return {
    ...readingAdapter(core, (body, envelope) => readByRules(errorReading, body, envelope, matchErrorEnvelope), errorReading),
    metadata: vendor,
    vocabulary: (body, envelope) => marksByRules(errorMarks, body, envelope),
    ...(envelopeEvidence && { evidence: envelopeEvidence }),
  };
}
