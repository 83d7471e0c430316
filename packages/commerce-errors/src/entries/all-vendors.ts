// Every function bound to all twelve vendors: what the root entry `commerce-errors` exports.
import {
  bindAssertOk,
  bindAxiosRetryOptions,
  bindDetectVendor,
  bindFromError,
  bindFromErrorAsync,
  bindGotRetryOptions,
  bindKyRetryOptions,
  bindNormalizeError,
  bindOfetchRetryOptions,
  bindPRetryOptions,
  bindRetryDelayMs,
  bindRetryOnConflict,
  bindShouldRetry,
} from "./bind-vendors.js";
import { decodeErrorBody, readErrorBody } from "@commerce-errors/runtime";
import { graphqlRecognizers } from "../from-error/graphql-clients.js";
import { vendorScope } from "../from-error/recognize.js";
import { chooseAmong } from "../normalize/choose-vendor.js";
import { vendorAdapters, vendorSdkErrors } from "../generated/registry.js";

// The body reader is the runtime's, the same one every vendor's /core re-exports.
const vendors = /* @__PURE__ */ vendorScope({
  adapters: vendorAdapters,
  sdkErrors: vendorSdkErrors,
  graphql: graphqlRecognizers,
  decodeBody: decodeErrorBody,
  choose: /* @__PURE__ */ chooseAmong(vendorAdapters),
});

export { CommerceApiError, isCommerceApiError } from "../errors/commerce-api-error.js";
export { backoffMs } from "../retry/retry-policy.js";
export * from "./public-types.js";

export const normalizeError = /* @__PURE__ */ bindNormalizeError(vendors);
export const detectVendor = /* @__PURE__ */ bindDetectVendor(vendorAdapters);
export const assertOk = /* @__PURE__ */ bindAssertOk(vendors, readErrorBody);
export const fromError = /* @__PURE__ */ bindFromError(vendors);
export const fromErrorAsync = /* @__PURE__ */ bindFromErrorAsync(vendors, readErrorBody);
export const shouldRetry = /* @__PURE__ */ bindShouldRetry(vendors);
export const retryDelayMs = /* @__PURE__ */ bindRetryDelayMs(vendors);
export const retryOnConflict = /* @__PURE__ */ bindRetryOnConflict(vendors);
export const pRetryOptions = /* @__PURE__ */ bindPRetryOptions(vendors);
export const axiosRetryOptions = /* @__PURE__ */ bindAxiosRetryOptions(vendors);
export const gotRetryOptions = /* @__PURE__ */ bindGotRetryOptions(vendors);
export const ofetchRetryOptions = /* @__PURE__ */ bindOfetchRetryOptions(vendors);
export const kyRetryOptions = /* @__PURE__ */ bindKyRetryOptions(vendors, readErrorBody);
