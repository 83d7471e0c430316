// Saleor GraphQL: top-level errors whose code is in extensions.exception.code (not extensions.code),
// and refused mutations whose payload lists errors[{field, message, code}] inside data.
import {
  describeStatus,
  envelopeNames,
  knownValues,
  matchErrorEnvelope,
  parseErrorResponse,
  statusCodes,
  validateErrorResponse,
  vendor,
  type SaleorGraphQLError,
  type SaleorGraphQLErrorResponse,
  type SaleorMutationError,
  type SaleorMutationErrorResponse,
} from "@commerce-errors/saleor";
import { pointerFromDottedPath, pointerFromSegments } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import { defineVendorAdapter, knownSet } from "./adapter.js";

type Envelopes = {
  SaleorGraphQLErrorResponse: SaleorGraphQLErrorResponse;
  SaleorMutationErrorResponse: SaleorMutationErrorResponse;
};

const exceptionCodes = knownSet(knownValues, "SaleorErrorException.code");
const mutationCodes = knownSet(knownValues, "SaleorMutationError.code");

function graphQLDetail(error: SaleorGraphQLError): ErrorDetail {
  return { code: error.extensions.exception.code, message: error.message, ...(error.path && { pointer: pointerFromSegments(error.path) }) };
}

/** `field` names the input field (`email`); seven error types use `path` instead. The message may be null. */
function mutationDetail(error: SaleorMutationError): ErrorDetail {
  const field = error.field ?? error.path ?? undefined;
  return { code: error.code, message: error.message ?? error.code, ...(field && { pointer: pointerFromDottedPath(field), field }) };
}

function mutationErrors(body: SaleorMutationErrorResponse): SaleorMutationError[] {
  return Object.values(body.data).flatMap((payload) => payload?.errors ?? []);
}

export const saleor = defineVendorAdapter<typeof vendor.name, Envelopes>(
  { vendor, envelopeNames, matchErrorEnvelope, validateErrorResponse, describeStatus, statusCodes, parseErrorResponse },
  {
    SaleorGraphQLErrorResponse: {
      read: (body) => ({ code: body.errors[0].extensions.exception.code, message: body.errors[0].message, details: body.errors.map(graphQLDetail) }),
      vocabulary: (body) => {
        const documented = body.errors.find((error) => exceptionCodes.has(error.extensions.exception.code))?.extensions.exception.code;
        return ["extensions.exception.code (Saleor)", ...(documented !== undefined ? [`documented Saleor exception ${documented}`] : [])];
      },
    },
    SaleorMutationErrorResponse: {
      read: (body) => {
        const errors = mutationErrors(body);
        const first = errors[0];
        return { code: first?.code, message: first ? (first.message ?? first.code) : undefined, details: errors.map(mutationDetail) };
      },
      vocabulary: (body) => {
        const errors = mutationErrors(body);
        const code = errors.find((error) => mutationCodes.has(error.code))?.code;
        const typename = errors.find((error) => error.__typename?.endsWith("Error"))?.__typename;
        return [...(code !== undefined ? [`documented Saleor error code ${code}`] : []), ...(typename !== undefined ? [`__typename ${typename} (Saleor)`] : [])];
      },
    },
  },
);
