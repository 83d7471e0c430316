// Which shape a thrown or returned value has: the first recognizer that knows it wins.
import type { BodyReader } from "../normalize/decoded-body.js";
import type { AnyVendorAdapter } from "../vendors/registry.js";
import { bareBody, genericRecognizers } from "./generic.js";
import { fetchFailure, httpClientRecognizers } from "./http-clients.js";
import type { Recognizer, ThrownReading } from "./reading.js";
import { messageOnlyHttpError } from "./sdks.js";

/** The vendors an entry serves, and the recognizers of their SDKs' errors. */
export interface VendorScope {
  readonly adapters: readonly AnyVendorAdapter[];
  readonly recognizers: readonly Recognizer[];
  readonly body: BodyReader;
}

/**
 * Order matters where shapes overlap: vendor SDKs first (their errors also look like plain HTTP
 * errors), then HTTP clients, then generic shapes, fetch failures, and last a bare body.
 */
export function vendorScope(adapters: readonly AnyVendorAdapter[], sdkRecognizers: readonly Recognizer[], body: BodyReader): VendorScope {
  return {
    adapters,
    body,
    recognizers: [...sdkRecognizers, ...httpClientRecognizers, messageOnlyHttpError, ...genericRecognizers, fetchFailure, bareBody],
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
