// One factory per public function, bound to the vendors in scope. Each entry (the root, or
// `commerce-errors/<vendor>`) calls them with /* @__PURE__ */, so a bundler keeps only what is imported.
import type { DetectionHints } from "../detect/hint-evidence.js";
import { rankVendors } from "../detect/detect-vendor.js";
import { assertOkAmong, type AssertOkOptions } from "../errors/assert-ok.js";
import { fromErrorAmong, fromErrorAsyncAmong, type FromErrorOptions } from "../from-error/from-error.js";
import type { ReadErrorBody } from "../normalize/decoded-body.js";
import { normalizeDecodedBody, type ErrorInput, type NormalizeOptions } from "../normalize/normalize-error.js";
import {
  axiosRetryOptionsAmong,
  gotRetryOptionsAmong,
  kyRetryOptionsAmong,
  ofetchRetryOptionsAmong,
  pRetryOptionsAmong,
  type KyLike,
  type KyRetryOptions,
  type RetryLibraryOptions,
} from "../retry/integrations.js";
import { retryDelayMsAmong, shouldRetryAmong, type BackoffOptions, type RetryRequest } from "../retry/retry-policy.js";
import { retryOnConflictAmong, type RetryOnConflictOptions } from "../retry/retry-on-conflict.js";
import type { FetchResponseLike } from "@commerce-errors/runtime";
import type { VendorScope } from "../from-error/recognize.js";
import type { AnyDetectableAdapter } from "../vendors/any-adapter.js";

type Vendors = VendorScope;

export const bindNormalizeError =
  (vendors: Vendors) =>
  (input: ErrorInput, options: NormalizeOptions = {}) =>
    normalizeDecodedBody(vendors.decodeBody(input.body), input, options, vendors);

/** Detection weighs each vendor's vocabulary, which no other function bundles. */
export const bindDetectVendor =
  (adapters: readonly AnyDetectableAdapter[]) =>
  (body: unknown, hints: DetectionHints = {}) =>
    rankVendors(adapters, body, hints);

/** The async functions also take the vendor packages' stream reader, which the sync ones never bundle. */
export const bindAssertOk =
  (vendors: Vendors, readBody: ReadErrorBody) =>
  <R extends FetchResponseLike & { url?: string }>(response: R, options: AssertOkOptions = {}) =>
    assertOkAmong(vendors, readBody, response, options);

/** `fromError(e)`: see from-error/from-error.ts. */
export const bindFromError = (vendors: Vendors) => (value: unknown, options?: FromErrorOptions) => fromErrorAmong(vendors, value, options);

export const bindFromErrorAsync = (vendors: Vendors, readBody: ReadErrorBody) => (value: unknown, options?: FromErrorOptions) =>
  fromErrorAsyncAmong(vendors, readBody, value, options);

export const bindShouldRetry = (vendors: Vendors) => (error: unknown, request?: RetryRequest) => shouldRetryAmong(vendors, error, request);

export const bindRetryDelayMs = (vendors: Vendors) => (error: unknown, attempt: number, options?: BackoffOptions) =>
  retryDelayMsAmong(vendors, error, attempt, options);

export const bindRetryOnConflict =
  (vendors: Vendors) =>
  <T>(update: (currentVersion: number | undefined) => Promise<T>, options?: RetryOnConflictOptions) =>
    retryOnConflictAmong(vendors, update, options);

export const bindPRetryOptions = (vendors: Vendors) => (options?: RetryLibraryOptions) => pRetryOptionsAmong(vendors, options);

export const bindAxiosRetryOptions = (vendors: Vendors) => (options?: RetryLibraryOptions) => axiosRetryOptionsAmong(vendors, options);

export const bindGotRetryOptions = (vendors: Vendors) => (options?: RetryLibraryOptions) => gotRetryOptionsAmong(vendors, options);

export const bindOfetchRetryOptions = (vendors: Vendors) => (options?: RetryLibraryOptions) => ofetchRetryOptionsAmong(vendors, options);

export const bindKyRetryOptions =
  (vendors: Vendors, readBody: ReadErrorBody) =>
  <Marker>(ky: KyLike<Marker>, options?: KyRetryOptions) =>
    kyRetryOptionsAmong(vendors, readBody, ky, options);
