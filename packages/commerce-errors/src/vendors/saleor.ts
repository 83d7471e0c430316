// Saleor GraphQL: top-level errors whose code is in extensions.exception.code (not extensions.code),
// and refused mutations whose payload lists errors[{field, message, code}] inside data.
import {
  envelopeNames,
  errorCategories,
  knownSaleorErrorExceptionCode,
  knownSaleorMutationErrorCode,
  matchErrorEnvelope,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/saleor/core";
import type {
  SaleorBatchedResponse,
  SaleorGraphQLError,
  SaleorGraphQLErrorResponse,
  SaleorMutationError,
  SaleorMutationErrorResponse,
  SaleorStorefrontTrafficErrorResponse,
} from "@commerce-errors/saleor";
import { pointerFromDottedPath, pointerFromSegments } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import { defineVendorAdapter, type VendorReading, type VendorVocabulary } from "./adapter.js";

type Envelopes = {
  SaleorGraphQLErrorResponse: SaleorGraphQLErrorResponse;
  SaleorStorefrontTrafficErrorResponse: SaleorStorefrontTrafficErrorResponse;
  SaleorMutationErrorResponse: SaleorMutationErrorResponse;
  SaleorBatchedResponse: SaleorBatchedResponse;
};

const exceptionCodes = /* @__PURE__ */ new Set(knownSaleorErrorExceptionCode);
const mutationCodes = /* @__PURE__ */ new Set(knownSaleorMutationErrorCode);

/** format_error writes extensions.exception.code (the storefront-traffic 401 is an envelope of its own). */
function exceptionCode(error: SaleorGraphQLError): string {
  return error.extensions.exception.code;
}

function graphQLDetail(error: SaleorGraphQLError): ErrorDetail {
  return { code: exceptionCode(error), message: error.message, ...(error.path && { pointer: pointerFromSegments(error.path) }) };
}

/** `field` names the input field (`email`); seven error types use `path` instead. The message may be null. */
function mutationDetail(error: SaleorMutationError): ErrorDetail {
  const field = error.field ?? error.path ?? undefined;
  const message = error.message ?? error.code ?? "mutation error"; // Saleor 2.x errors have no code
  return { ...(error.code !== undefined && { code: error.code }), message, ...(field && { pointer: pointerFromDottedPath(field), field }) };
}

/** The payloads' errors, then the errors of bulk rows and payment gateway configs. */
function mutationErrors(body: SaleorMutationErrorResponse): SaleorMutationError[] {
  return Object.values(body.data).flatMap((payload) => [
    ...(payload?.errors ?? []),
    ...(payload?.results ?? []).flatMap((row) => row.errors ?? []),
    ...(payload?.gatewayConfigs ?? []).flatMap((config) => config.errors ?? []),
  ]);
}

function readGraphQLErrors(body: SaleorGraphQLErrorResponse): VendorReading {
  return { code: exceptionCode(body.errors[0]), message: body.errors[0].message, details: body.errors.map(graphQLDetail) };
}

function readMutationErrors(body: SaleorMutationErrorResponse): VendorReading {
  const errors = mutationErrors(body);
  const first = errors[0];
  return { code: first?.code, message: first ? (first.message ?? first.code) : undefined, details: errors.map(mutationDetail) };
}

function readStorefrontTraffic(body: SaleorStorefrontTrafficErrorResponse): VendorReading {
  return {
    code: body.errors[0].extensions.code,
    message: body.errors[0].message,
    details: body.errors.map((error) => ({ code: error.extensions.code, message: error.message })),
  };
}

/** How each single (not batched) response reads; a batch reads its results with these. */
const singleReaders = {
  SaleorGraphQLErrorResponse: readGraphQLErrors,
  SaleorStorefrontTrafficErrorResponse: readStorefrontTraffic,
  SaleorMutationErrorResponse: readMutationErrors,
};

/** Each result of a batch is read as a single response; its details point into the batch (`/1/...`). */
function readBatched(body: SaleorBatchedResponse): VendorReading {
  const readings = body.map((result, index) => {
    const envelope = matchErrorEnvelope(result);
    if (envelope === undefined || envelope === "SaleorBatchedResponse") return undefined;
    // The result was accepted by this envelope's validator, which is what makes the cast sound.
    const reading = (singleReaders[envelope] as (body: unknown) => VendorReading)(result);
    return { ...reading, details: reading.details.map((detail) => ({ ...detail, item: { index, pointer: `/${index}` } })) };
  });
  const first = readings.find((reading) => reading !== undefined);
  return { code: first?.code, message: first?.message, details: readings.flatMap((reading) => reading?.details ?? []) };
}

export const saleor = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  { ...singleReaders, SaleorBatchedResponse: readBatched },
);

/** What marks a response as saleor's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const saleorVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    SaleorGraphQLErrorResponse: (body) => {
      const documented = body.errors.map(exceptionCode).find((code) => exceptionCodes.has(code));
      return ["extensions.exception.code (Saleor)", ...(documented !== undefined ? [`documented Saleor exception ${documented}`] : [])];
    },
    SaleorStorefrontTrafficErrorResponse: () => ["extensions.code STOREFRONT_TRAFFIC_NOT_ALLOWED (Saleor)"],
    SaleorMutationErrorResponse: (body) => {
      const errors = mutationErrors(body);
      const code = errors.find((error) => error.code !== undefined && mutationCodes.has(error.code))?.code;
      const typename = errors.find((error) => error.__typename?.endsWith("Error"))?.__typename;
      return [
        ...(code !== undefined ? [`documented Saleor error code ${code}`] : []),
        ...(typename !== undefined ? [`__typename ${typename} (Saleor)`] : []),
      ];
    },
    SaleorBatchedResponse: () => ["an array of GraphQL results (Saleor batched request)"],
  },
};
