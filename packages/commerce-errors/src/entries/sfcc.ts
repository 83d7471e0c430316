// `commerce-errors/sfcc`: the root entry's functions, limited to one vendor (pay for one vendor's validators only).
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
import { vendorScope } from "../from-error/recognize.js";
import { chooseOnly } from "../normalize/choose-vendor.js";
import { sfccResponseError } from "../from-error/sdks.js";
import { decodeErrorBody, readErrorBody } from "@commerce-errors/sfcc/core";
import { withVocabulary } from "../vendors/adapter.js";
import { sfcc, sfccVocabulary } from "../vendors/sfcc.js";

const choose = /* @__PURE__ */ chooseOnly(sfcc);
const vendors = /* @__PURE__ */ vendorScope({ decodeBody: decodeErrorBody, choose, adapters: [sfcc], sdkRecognizers: [sfccResponseError] });

export { CommerceApiError, isCommerceApiError } from "../errors/commerce-api-error.js";
export { backoffMs } from "../retry/retry-policy.js";
export * from "./public-types.js";

export const normalizeError = /* @__PURE__ */ bindNormalizeError(vendors);
// Only detection weighs a vendor's vocabulary (its hints and reasons); a scope of one vendor decides without it.
export const detectVendor = /* @__PURE__ */ bindDetectVendor([/* @__PURE__ */ withVocabulary(sfcc, sfccVocabulary)]);
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
