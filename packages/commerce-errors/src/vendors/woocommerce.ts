// WooCommerce (and any WordPress REST API): a WP_Error as {code, message, data: {status, params?,
// details?}, additional_errors?}. Invalid parameters are named in data.params.
import {
  describeStatus,
  envelopeNames,
  matchErrorEnvelope,
  parseErrorResponse,
  statusCodes,
  validateErrorResponse,
  vendor,
  type WpErrorData,
  type WpRestErrorResponse,
} from "@commerce-errors/woocommerce";
import { pointerFromSegments } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import { defineVendorAdapter } from "./adapter.js";

type Envelopes = {
  WpRestErrorResponse: WpRestErrorResponse;
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
  return entries.map(([param, message]) => ({ code: data?.details?.[param]?.code ?? code, message, pointer: pointerFromSegments([param]), field: param }));
}

function vocabulary(body: WpRestErrorResponse): string[] {
  const codes = [body.code, ...(body.additional_errors ?? []).map((error) => error.code)];
  return [
    ...(codes.some((code) => code.startsWith("woocommerce_")) ? ["WooCommerce code prefix woocommerce_"] : []),
    ...(codes.some((code) => code.startsWith("rest_")) ? ["WordPress REST code prefix rest_"] : []),
    ...(typeof body.data?.status === "number" ? ["data.status (WordPress REST)"] : []),
  ];
}

export const woocommerce = defineVendorAdapter<typeof vendor.name, Envelopes>(
  { vendor, envelopeNames, matchErrorEnvelope, validateErrorResponse, describeStatus, statusCodes, parseErrorResponse },
  {
    WpRestErrorResponse: {
      read: (body) => ({
        code: body.code,
        message: body.message,
        details: [
          ...paramDetails(body.code, body.data),
          ...(body.additional_errors ?? []).map((error) => ({ code: error.code, message: error.message })),
        ],
      }),
      vocabulary,
    },
  },
);
