// WooCommerce (and any WordPress REST API): a WP_Error as {code, message, data: {status, params?,
// details?}, additional_errors?}. Invalid parameters are named in data.params.
import {
  envelopeNames,
  errorCategories,
  matchErrorEnvelope,
  readFailedItems,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/woocommerce/core";
import type { BatchResponse, LegacyApiErrorResponse, WpErrorData, WpRestErrorResponse } from "@commerce-errors/woocommerce";
import { pointerFromSegments } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import { defineVendorAdapter, type VendorReading, type VendorVocabulary } from "./adapter.js";
import { failedItemDetails } from "./batch-details.js";

type Envelopes = {
  WpRestErrorResponse: WpRestErrorResponse;
  LegacyApiErrorResponse: LegacyApiErrorResponse;
  BatchResponse: BatchResponse;
};

/**
 * `params` maps each invalid parameter to its reason (rest_invalid_param), or lists the missing
 * ones (rest_missing_callback_param); `details` adds a code per parameter. WordPress merges query
 * and body parameters, so the pointer names the parameter at the top of the request.
 */
function paramDetails(code: string, data: WpErrorData | null | undefined): ErrorDetail[] {
  const params = data?.params;
  if (!params) return [];
  const entries: [string, string][] = Array.isArray(params)
    ? params.map((param) => [param, `Missing parameter: ${param}`])
    : Object.entries(params).map(([param, reason]) => [param, reason ?? ""]);
  return entries.map(([param, message]) => ({
    code: data?.details?.[param]?.code ?? code,
    message,
    pointer: pointerFromSegments([param]),
    field: param,
  }));
}

function vocabulary(body: WpRestErrorResponse): string[] {
  const codes = [body.code, ...(body.additional_errors ?? []).map((error) => error.code)];
  return [
    ...(codes.some((code) => code.startsWith("woocommerce_")) ? ["WooCommerce code prefix woocommerce_"] : []),
    ...(codes.some((code) => code.startsWith("rest_")) ? ["WordPress REST code prefix rest_"] : []),
    ...(typeof body.data?.status === "number" ? ["data.status (WordPress REST)"] : []),
  ];
}

/** A batch answers 200 with {id, error} for each item that failed, next to the saved resources. */
function readBatch(body: BatchResponse): VendorReading {
  const failed = readFailedItems("BatchResponse", body)?.failed ?? [];
  const first = failed[0]?.errors[0];
  return {
    code: first?.code,
    message: first ? `${failed.length} batch item(s) failed: ${first.message}` : undefined,
    details: failedItemDetails(failed, (error) => ({ code: error.code, message: error.message }), "the item failed"),
  };
}

export const woocommerce = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    WpRestErrorResponse: (body) => ({
      code: body.code,
      message: body.message,
      details: [
        ...paramDetails(body.code, body.data),
        ...(body.additional_errors ?? []).map((error) => ({ code: error.code, message: error.message })),
      ],
    }),
    LegacyApiErrorResponse: (body) => ({
      code: body.errors[0].code,
      message: body.errors[0].message,
      details: body.errors.map((error) => ({ code: error.code, message: error.message })),
    }),
    BatchResponse: readBatch,
  },
);

/** What marks a response as woocommerce's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const woocommerceVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    WpRestErrorResponse: vocabulary,
    LegacyApiErrorResponse: (body) =>
      body.errors.some((error) => error.code.startsWith("woocommerce_api_")) ? ["legacy WooCommerce code prefix woocommerce_api_"] : [],
    BatchResponse: () => ["create/update/delete lists with {id, error} items (WooCommerce batch)"],
  },
};
