// Which shape a thrown or returned value has: the first recognizer that knows it wins.
import type { VendorChooser } from "../normalize/choose-vendor.js";
import type { DecodeErrorBody } from "../normalize/decoded-body.js";
import type { AnyVendorAdapter } from "../vendors/any-adapter.js";
import { bareBody, bodyInMessage, errorAndResponse, statusAndBody } from "./generic.js";
import type { GraphqlRecognizers } from "./graphql-clients.js";
import { fetchFailure, fetchResponse, messageOnlyHttpError, restClientRecognizers } from "./http-clients.js";
import type { Recognizer, ThrownReading } from "./reading.js";
import { sdkRecognizer, type VendorSdkErrors } from "./sdks.js";

/** The vendors an entry serves, the recognizers of their SDKs' errors, and how it reads and attributes bodies. */
export interface VendorScope {
  readonly adapters: readonly AnyVendorAdapter[];
  readonly recognizers: readonly Recognizer[];
  /** Every vendor package's /core decodes a body in hand the same way; an entry passes one it bundles anyway. */
  readonly decodeBody: DecodeErrorBody;
  /** Whose body it is: ranked among several vendors, or the one vendor of a `commerce-errors/<vendor>` entry. */
  readonly choose: VendorChooser;
}

export interface ScopeParts {
  adapters: readonly AnyVendorAdapter[];
  /** The SDK rules of the vendors in scope that have any (/core `sdkErrorRules`). */
  sdkErrors: readonly VendorSdkErrors[];
  /** Passed when a vendor in scope has a GraphQL API: only then are GraphQL clients' errors recognised (and bundled). */
  graphql?: GraphqlRecognizers | undefined;
  decodeBody: DecodeErrorBody;
  choose: VendorChooser;
}

/**
 * Order matters where shapes overlap: vendor SDKs first (their errors also look like plain HTTP
 * errors), then HTTP clients, then generic shapes, fetch failures, and last a bare body.
 */
export function vendorScope({ adapters, sdkErrors, graphql, decodeBody, choose }: ScopeParts): VendorScope {
  return {
    adapters,
    decodeBody,
    choose,
    recognizers: [
      ...sdkErrors.map(sdkRecognizer),
      ...restClientRecognizers,
      ...(graphql?.clients ?? []),
      fetchResponse,
      messageOnlyHttpError,
      statusAndBody,
      errorAndResponse,
      ...(graphql ? [graphql.rethrown] : []),
      bodyInMessage,
      fetchFailure,
      bareBody,
    ],
  };
}

/** Never throws: a hostile getter on the value makes that recognizer pass. */
export function recognize(scope: VendorScope, value: unknown): ThrownReading | undefined {
  for (const recognizer of scope.recognizers) {
    try {
      const reading = recognizer(value);
      if (reading) return reading;
    } catch {
      // try the next shape
    }
  }
  return undefined;
}
