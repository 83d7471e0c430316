// Commerce Layer: JSON:API `errors[]` (Core API) and the Auth API's single `errors` object.
import {
  describeStatus,
  envelopeNames,
  errorCodes,
  matchErrorEnvelope,
  parseErrorResponse,
  statusCodes,
  validateErrorResponse,
  vendor,
  type AuthErrorObject,
  type AuthSingleErrorResponse,
  type ErrorObject,
  type JsonApiErrorResponse,
} from "@commerce-errors/commercelayer";
import { lastPointerToken } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import { defineVendorAdapter } from "./adapter.js";

type Envelopes = {
  JsonApiErrorResponse: JsonApiErrorResponse;
  AuthSingleErrorResponse: AuthSingleErrorResponse;
};

/** `source.pointer` points into the JSON:API request document; `source.parameter` names a query parameter. */
function errorDetail(error: ErrorObject | AuthErrorObject): ErrorDetail {
  const source = "source" in error ? error.source : undefined;
  const field = source?.pointer !== undefined ? lastPointerToken(source.pointer) : source?.parameter;
  return {
    code: error.code,
    message: error.detail || error.title,
    ...(source?.pointer !== undefined && { pointer: source.pointer }),
    ...(field !== undefined && { field }),
  };
}

function vocabulary(errors: readonly (ErrorObject | AuthErrorObject)[]): string[] {
  const reasons: string[] = [];
  const documented = errors.find((error) => errorCodes.some((entry) => entry.code === error.code));
  if (documented) reasons.push(`documented Commerce Layer error code ${documented.code}`);
  if (errors.some((error) => "source" in error && error.source?.pointer?.startsWith("/data/")))
    reasons.push("JSON:API source.pointer into /data");
  return reasons;
}

export const commercelayer = defineVendorAdapter<typeof vendor.name, Envelopes>(
  { vendor, envelopeNames, matchErrorEnvelope, validateErrorResponse, describeStatus, statusCodes, parseErrorResponse },
  {
    JsonApiErrorResponse: {
      read: (body) => ({
        code: body.errors[0].code,
        message: body.errors[0].detail || body.errors[0].title,
        details: body.errors.map(errorDetail),
      }),
      vocabulary: (body) => vocabulary(body.errors),
    },
    AuthSingleErrorResponse: {
      read: (body) => ({ code: body.errors.code, message: body.errors.detail || body.errors.title, details: [errorDetail(body.errors)] }),
      vocabulary: (body) => vocabulary([body.errors]),
    },
  },
);
