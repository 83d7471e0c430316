import { describe, expectTypeOf, it } from "vitest";
import axios from "axios";
import axiosRetry from "axios-retry";
import got from "got";
import ky from "ky";
import { ofetch } from "ofetch";
import pRetry from "p-retry";
import * as stripeEntry from "../src/entries/stripe.js";
import {
  axiosRetryOptions,
  type CommerceApiError,
  detectVendor,
  fromError,
  fromErrorAsync,
  gotRetryOptions,
  kyRetryOptions,
  normalizeError,
  ofetchRetryOptions,
  pRetryOptions,
  type EnvelopeName,
  type RetryDecision,
  type TransportReason,
  type UnrecognizedReason,
  type VendorName,
} from "../src/index.js";

describe("types", () => {
  it("vendor names come from the registry", () => {
    expectTypeOf<VendorName>().toEqualTypeOf<
      | "adyen"
      | "amazonsp"
      | "bigcommerce"
      | "braintree"
      | "checkoutcom"
      | "commercelayer"
      | "commercetools"
      | "elasticpath"
      | "magento"
      | "medusa"
      | "mollie"
      | "paypal"
      | "saleor"
      | "sfcc"
      | "shopify"
      | "shopware"
      | "square"
      | "stripe"
      | "vendure"
      | "woocommerce"
    >();
    expectTypeOf<"RestV3Error">().toExtend<EnvelopeName>();
    expectTypeOf<"ScapiProblemDetails" | "WpRestErrorResponse" | "MutationUserErrorsResponse">().toExtend<EnvelopeName>();
    expectTypeOf<
      "AdyenPaymentRefusal" | "SquareErrorResponse" | "VendureErrorResultResponse" | "SpApiErrorResponse"
    >().toExtend<EnvelopeName>();
    expectTypeOf<"SomethingElse">().not.toExtend<EnvelopeName>();
  });

  it("retry narrows on kind", () => {
    const { retry } = normalizeError({ status: 409, body: {} });
    expectTypeOf(retry).toEqualTypeOf<RetryDecision>();
    if (retry.kind === "after-refetch") expectTypeOf(retry.currentVersion).toEqualTypeOf<number | undefined>();
    if (retry.kind === "with-backoff") expectTypeOf(retry.afterMs).toEqualTypeOf<number | undefined>();
  });

  it("options take known vendors only", () => {
    // @ts-expect-error vtex is not a vendor of this package
    normalizeError({ status: 400, body: {} }, { vendor: "vtex" });
    normalizeError({ status: 400, body: {} }, { vendor: "shopify" });
    expectTypeOf(detectVendor({})[0]?.envelope).toEqualTypeOf<EnvelopeName | undefined>();
  });

  it("fromError gives a CommerceApiError whose status may be unknown", async () => {
    expectTypeOf(fromError(new Error("x"))).toEqualTypeOf<CommerceApiError>();
    expectTypeOf(await fromErrorAsync(new Error("x"))).toEqualTypeOf<CommerceApiError>();
    expectTypeOf(fromError(1).status).toEqualTypeOf<number | undefined>();
    expectTypeOf(fromError(1).reason).toEqualTypeOf<UnrecognizedReason | TransportReason | undefined>();
    // @ts-expect-error vtex is not a vendor of this package
    fromError(1, { vendor: "vtex" });
    expectTypeOf(stripeEntry.fromError).toEqualTypeOf(fromError);
  });

  it("the retry options type-check where each library takes them", () => {
    pRetry(async () => 1, pRetryOptions());
    axiosRetry(axios, axiosRetryOptions());
    got("http://127.0.0.1/", { retry: gotRetryOptions() });
    ofetch("http://127.0.0.1/", { ...ofetchRetryOptions() });
    ky("http://127.0.0.1/", { ...kyRetryOptions(ky) });
  });
});
