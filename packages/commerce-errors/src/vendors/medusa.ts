// Medusa (v2; v1 where it differs): {type, message, code?}, the v1 {errors: [...]} list and the
// {message} of the authentication middleware.
import {
  envelopeNames,
  errorCategories,
  knownMedusaErrorResponseCode,
  knownMedusaErrorResponseType,
  knownMedusaMessageErrorResponseMessage,
  matchErrorEnvelope,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/medusa/core";
import type {
  MedusaErrorListItem,
  MedusaErrorListResponse,
  MedusaErrorResponse,
  MedusaMessageErrorResponse,
} from "@commerce-errors/medusa";
import { pointerFromDottedPath } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import type { RetryHint } from "../normalize/retry.js";
import { defineVendorAdapter, type VendorReading, type VendorVocabulary } from "./adapter.js";

type Envelopes = {
  MedusaErrorListResponse: MedusaErrorListResponse;
  MedusaErrorResponse: MedusaErrorResponse;
  MedusaMessageErrorResponse: MedusaMessageErrorResponse;
};

const errorTypes = /* @__PURE__ */ new Set(knownMedusaErrorResponseType);
const errorCodes = /* @__PURE__ */ new Set(knownMedusaErrorResponseCode);
const middlewareMessages = /* @__PURE__ */ new Set(knownMedusaMessageErrorResponseMessage);

/** Request validation joins one message per field: `Invalid request: Field 'a' is required; Field 'b' is required`. */
const invalidRequest = "Invalid request: ";
const quotedField = /\b[Ff]ield '([^']+)'/;

function validationDetails(code: string, message: string): ErrorDetail[] {
  if (!message.startsWith(invalidRequest)) return [];
  return message
    .slice(invalidRequest.length)
    .split("; ")
    .filter((part) => part !== "")
    .map((part) => {
      const field = quotedField.exec(part)?.[1];
      return { code, message: part, ...(field !== undefined && { pointer: pointerFromDottedPath(field), field }) };
    });
}

/** `code ?? type`: the specific code when there is one (insufficient_inventory), else the error's type (not_allowed). */
function codeOf(error: MedusaErrorListItem | MedusaErrorResponse): string {
  return error.code ?? error.type;
}

/** A conflict ("You may retry the request with the provided Idempotency-Key") or a transaction clash of the ORM. */
function retryHint(errors: readonly (MedusaErrorListItem | MedusaErrorResponse)[]): RetryHint | undefined {
  return errors.some((error) => error.type === "conflict" || error.code === "invalid_state_error") ? { kind: "with-backoff" } : undefined;
}

function vocabulary(errors: readonly (MedusaErrorListItem | MedusaErrorResponse)[]): string[] {
  const type = errors.find((error) => errorTypes.has(error.type))?.type;
  const code = errors.find((error) => error.code !== undefined && errorCodes.has(error.code))?.code;
  return [
    ...(type !== undefined ? [`documented Medusa error type ${type}`] : []),
    ...(code !== undefined ? [`documented Medusa error code ${code}`] : []),
  ];
}

/** One detail per field of a validation message; the v1 list also gives one per error. */
function readErrors(
  errors: readonly [MedusaErrorListItem | MedusaErrorResponse, ...(MedusaErrorListItem | MedusaErrorResponse)[]],
  isList: boolean,
): VendorReading {
  const [first] = errors;
  const detailsOf = (error: MedusaErrorListItem | MedusaErrorResponse): ErrorDetail[] => {
    const fields = validationDetails(codeOf(error), error.message);
    return fields.length > 0 || !isList ? fields : [{ code: codeOf(error), message: error.message }];
  };
  return { code: codeOf(first), message: first.message, details: errors.flatMap(detailsOf), retry: retryHint(errors) };
}

export const medusa = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    MedusaErrorListResponse: (body) => readErrors(body.errors, true),
    MedusaErrorResponse: (body) => readErrors([body], false),
    MedusaMessageErrorResponse: (body) => ({ message: body.message, details: [] }),
  },
);

/** What marks a response as medusa's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const medusaVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    MedusaErrorListResponse: (body) => vocabulary(body.errors),
    MedusaErrorResponse: (body) => vocabulary([body]),
    // The middleware's body is exactly {message}; a body with more keys is not that one.
    MedusaMessageErrorResponse: (body) =>
      middlewareMessages.has(body.message) && Object.keys(body).length === 1 ? [`documented Medusa middleware message`] : [],
  },
};
