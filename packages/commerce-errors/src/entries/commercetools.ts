// `commerce-errors/commercetools`: the root entry's functions, limited to one vendor (pay for one vendor's validators only).
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
import { graphqlRecognizers } from "../from-error/graphql-clients.js";
import { vendorScope } from "../from-error/recognize.js";
import { chooseOnly } from "../normalize/choose-vendor.js";
import { commercetoolsError } from "../from-error/sdks.js";
import { decodeErrorBody, readErrorBody } from "@commerce-errors/commercetools/core";
import { withVocabulary } from "../vendors/adapter.js";
import { commercetools, commercetoolsVocabulary } from "../vendors/commercetools.js";

const choose = /* @__PURE__ */ chooseOnly(commercetools);
const vendors = /* @__PURE__ */ vendorScope({
  decodeBody: decodeErrorBody,
  choose,
  graphql: graphqlRecognizers,
  adapters: [commercetools],
  sdkRecognizers: [commercetoolsError],
});

export { CommerceApiError, isCommerceApiError } from "../errors/commerce-api-error.js";
export { backoffMs } from "../retry/retry-policy.js";
export * from "./public-types.js";

export const normalizeError = /* @__PURE__ */ bindNormalizeError(vendors);
// Only detection weighs a vendor's vocabulary (its hints and reasons); a scope of one vendor decides without it.
export const detectVendor = /* @__PURE__ */ bindDetectVendor([/* @__PURE__ */ withVocabulary(commercetools, commercetoolsVocabulary)]);
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
