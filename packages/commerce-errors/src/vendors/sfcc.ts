// Salesforce Commerce Cloud B2C: SCAPI problem details (RFC 7807; the code is the slug of `type`),
// SLAS OAuth errors and legacy OCAPI faults. correlationId, when present, identifies the request.
import {
  envelopeNames,
  errorCategories,
  knownOcapiFaultType,
  knownSlasOAuthErrorResponseError,
  matchErrorEnvelope,
  readFailedItems,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/sfcc/core";
import type {
  ConsentSubscriptionBulkResponse,
  OcapiFaultResponse,
  ScapiProblemDetails,
  SlasAdminExceptionResponse,
  SlasOAuthErrorResponse,
} from "@commerce-errors/sfcc";
import { defineVendorAdapter, type VendorReading, type VendorVocabulary } from "./adapter.js";
import { failedItemDetails } from "./batch-details.js";
import { readOAuthError, standardOAuthErrorCodes } from "./oauth.js";

type Envelopes = {
  OcapiFaultResponse: OcapiFaultResponse;
  SlasOAuthErrorResponse: SlasOAuthErrorResponse;
  SlasAdminExceptionResponse: SlasAdminExceptionResponse;
  ScapiProblemDetails: ScapiProblemDetails;
  ConsentSubscriptionBulkResponse: ConsentSubscriptionBulkResponse;
};

/** Shopper Consents bulk 207: one detail per failed update, with its subscriptionId. */
function readConsentBulk(body: ConsentSubscriptionBulkResponse): VendorReading {
  const failed = readFailedItems("ConsentSubscriptionBulkResponse", body)?.failed ?? [];
  const first = failed[0]?.errors[0];
  return {
    code: first?.code,
    message: first ? `${failed.length} of ${body.results.length} update(s) failed: ${first.message}` : undefined,
    details: failedItemDetails(failed, (error) => ({ code: error.code, message: error.message }), "the update failed"),
  };
}

/** `https://api.commercecloud.salesforce.com/documentation/error/v1/errors/basket-not-found`; Promotions uses `/PromotionNotFoundException`. */
const scapiErrorType = /^(https:\/\/api\.commercecloud\.salesforce\.com\/documentation\/error\/|\/[A-Z]\w*Exception$)/;

/** SLAS codes beyond RFC 6749 (not_found, conflict, ...): the RFC's own are every OAuth server's. */
const slasCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(
  knownSlasOAuthErrorResponseError.filter((code) => !standardOAuthErrorCodes.has(code)),
);
const faultTypes = /* @__PURE__ */ new Set(knownOcapiFaultType);

/**
 * SLAS codes whose status the catalog reads as after-refetch (409, 412) but that ask to wait: the
 * same login twice within one second, a dependent service down (schemas/sfcc/status-codes.json).
 */
const slasBackoffCodes: ReadonlySet<string> = new Set(["conflict", "precondition_failure"]);

/** The extension members SCAPI adds to a problem (schemas/sfcc/scapi-problem.schema.json). */
const scapiMembers = ["correlationId", "basketIds", "productId", "siteId", "selector", "extensionPoint"] as const;

/** The last path segment of the type URI: `.../errors/basket-not-found` -> `basket-not-found`. */
function typeSlug(type: string): string {
  return type.replace(/\/+$/, "").split("/").pop() || type;
}

export const sfcc = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    OcapiFaultResponse: ({ fault }) => ({ code: fault.type, message: fault.message, details: [] }),
    SlasOAuthErrorResponse: (body) => ({
      ...readOAuthError(body),
      retry: slasBackoffCodes.has(body.error) ? { kind: "with-backoff" } : undefined,
    }),
    ScapiProblemDetails: (body) => ({
      code: typeSlug(body.type),
      message: body.detail || body.title,
      details: [],
      requestId: body.correlationId,
    }),
    SlasAdminExceptionResponse: (body) => ({ code: body.exception_name, message: body.message ?? body.exception_name, details: [] }),
    ConsentSubscriptionBulkResponse: readConsentBulk,
  },
);

/** What marks a response as sfcc's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const sfccVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    OcapiFaultResponse: (body) => [
      ...(faultTypes.has(body.fault.type) ? [`documented OCAPI fault type ${body.fault.type}`] : []),
      ...(body._v !== undefined ? ["OCAPI version _v"] : []),
    ],
    SlasOAuthErrorResponse: (body) => (slasCodes.has(body.error) ? [`SLAS error code ${body.error}`] : []),
    ScapiProblemDetails: (body) => {
      const member = scapiMembers.find((name) => body[name] !== undefined);
      return [
        ...(scapiErrorType.test(body.type) ? ["type is an SCAPI error URI"] : []),
        ...(member !== undefined ? [`SCAPI extension member ${member}`] : []),
      ];
    },
    SlasAdminExceptionResponse: (body) => (body.exception_name.endsWith("Exception") ? ["exception_name (SLAS Admin)"] : []),
    ConsentSubscriptionBulkResponse: () => ["results with subscriptionId and success (SCAPI Shopper Consents bulk)"],
  },
};
