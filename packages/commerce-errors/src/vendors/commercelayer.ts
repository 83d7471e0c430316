// Commerce Layer: JSON:API `errors[]` (Core API) and the Auth API's single `errors` object.
import {
  envelopeNames,
  errorCategories,
  knownErrorCodes,
  matchErrorEnvelope,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/commercelayer/core";
import type { AuthErrorObject, AuthSingleErrorResponse, ErrorObject, JsonApiErrorResponse } from "@commerce-errors/commercelayer";
import { asJsonPointer, lastPointerToken } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import { defineVendorAdapter, type VendorVocabulary } from "./adapter.js";

type Envelopes = {
  JsonApiErrorResponse: JsonApiErrorResponse;
  AuthSingleErrorResponse: AuthSingleErrorResponse;
};

/**
 * `source.pointer` points into the JSON:API request document; `source.parameter` names a query
 * parameter. A pointer that is not one (JSON:API requires RFC 6901) is kept as the field only.
 */
function errorDetail(error: ErrorObject | AuthErrorObject): ErrorDetail {
  const source = "source" in error ? error.source : undefined;
  const pointer = source?.pointer === undefined ? undefined : asJsonPointer(source.pointer);
  const field = pointer !== undefined ? lastPointerToken(pointer) : (source?.pointer ?? source?.parameter);
  return {
    code: error.code,
    message: error.detail || error.title,
    ...(pointer !== undefined && { pointer }),
    ...(field !== undefined && { field }),
  };
}

/** Every documented code (the package's `errorCodes` without their descriptions). */
const documentedErrorCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(knownErrorCodes);

function vocabulary(errors: readonly (ErrorObject | AuthErrorObject)[]): string[] {
  const reasons: string[] = [];
  const documented = errors.find((error) => documentedErrorCodes.has(error.code));
  if (documented) reasons.push(`documented Commerce Layer error code ${documented.code}`);
  if (errors.some((error) => "source" in error && error.source?.pointer?.startsWith("/data/")))
    reasons.push("JSON:API source.pointer into /data");
  return reasons;
}

export const commercelayer = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    JsonApiErrorResponse: (body) => ({
      code: body.errors[0].code,
      message: body.errors[0].detail || body.errors[0].title,
      details: body.errors.map(errorDetail),
    }),
    AuthSingleErrorResponse: (body) => ({
      code: body.errors.code,
      message: body.errors.detail || body.errors.title,
      details: [errorDetail(body.errors)],
    }),
  },
);

/** What marks a response as commercelayer's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const commercelayerVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    JsonApiErrorResponse: (body) => vocabulary(body.errors),
    AuthSingleErrorResponse: (body) => vocabulary([body.errors]),
  },
};
