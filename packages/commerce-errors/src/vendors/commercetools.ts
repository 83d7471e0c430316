// commercetools: {statusCode, message, errors[]}, its OAuth form and GraphQL errors with the error in `extensions`.
import {
  envelopeNames,
  errorCategories,
  knownErrorCodes,
  matchErrorEnvelope,
  readFailedItems,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/commercetools/core";
import type {
  AgentResponsesErrorResponse,
  AuthErrorResponse,
  ErrorObject,
  GraphQLError,
  GraphQLErrorResponse,
  ProductSearchErrorResponse,
  StandardErrorResponse,
  VariantBulkUpdateResponse,
} from "@commerce-errors/commercetools";
import { pointerFromDottedPath, pointerFromSegments } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import type { RetryHint } from "../normalize/retry.js";
import { stringField } from "../text.js";
import { defineVendorAdapter, type VendorReading, type VendorVocabulary } from "./adapter.js";
import { failedItemDetails } from "./batch-details.js";

type Envelopes = {
  AuthErrorResponse: AuthErrorResponse;
  AgentResponsesErrorResponse: AgentResponsesErrorResponse;
  ProductSearchErrorResponse: ProductSearchErrorResponse;
  StandardErrorResponse: StandardErrorResponse;
  GraphQLErrorResponse: GraphQLErrorResponse;
  VariantBulkUpdateResponse: VariantBulkUpdateResponse;
};

/** Codes that ask to wait rather than give up, whatever status they come with (GraphQL answers 200). */
const backoffCodes = new Set(["OverCapacity", "PendingOperation", "TooManyRequests"]);

/** Every documented code (the package's `errorCodes` without their descriptions). */
const documentedErrorCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(knownErrorCodes);

function documentedCodes(codes: readonly (string | undefined)[]): string[] {
  const documented = codes.find((code) => code !== undefined && documentedErrorCodes.has(code));
  return documented === undefined ? [] : [`documented commercetools error code ${documented}`];
}

/** No other vendor here repeats the status in the body; open GraphQL envelopes accept these bodies too. */
const statusCodeReason = "top-level statusCode (commercetools)";

function errorDetail(error: { code: string; message: string }): ErrorDetail {
  const field = stringField(error, "field");
  return { code: error.code, message: error.message, ...(field !== undefined && { field, pointer: pointerFromDottedPath(field) }) };
}

function graphQLDetail(error: GraphQLError): ErrorDetail {
  const code = error.extensions?.code;
  return { ...(code !== undefined && { code }), message: error.message, ...(error.path && { pointer: pointerFromSegments(error.path) }) };
}

/** ConcurrentModification carries the version to refetch against (a GraphQL error carries it in extensions). */
function retryHint(errors: readonly (ErrorObject | NonNullable<GraphQLError["extensions"]>)[]): RetryHint | undefined {
  for (const error of errors) {
    if (error.code === "ConcurrentModification") {
      const currentVersion = (error as { currentVersion?: unknown }).currentVersion;
      return typeof currentVersion === "number" ? { kind: "after-refetch", currentVersion } : { kind: "after-refetch" };
    }
    if (backoffCodes.has(error.code)) return { kind: "with-backoff" };
  }
  return undefined;
}

type StandardShape = { errors?: readonly { code: string; message: string }[] | undefined; message: string };

const readStandard = (body: StandardShape): VendorReading => ({
  code: body.errors?.[0]?.code,
  // The message of the error the code belongs to: the top-level one is sometimes generic
  // ("Unauthorized") or another error's (seen in https://github.com/commercetools/commercetools-sdk-typescript issues).
  message: body.errors?.[0]?.message || body.message,
  details: (body.errors ?? []).map(errorDetail),
  retry: retryHint(body.errors ?? []),
});

const standardVocabulary = (body: StandardShape) => [statusCodeReason, ...documentedCodes((body.errors ?? []).map((error) => error.code))];

/** One detail per error of each failed item (results[i] answers the request's items[i]). */
function readBulkResponse(body: VariantBulkUpdateResponse): VendorReading {
  const failed = readFailedItems("VariantBulkUpdateResponse", body)?.failed ?? [];
  const errors = failed.flatMap((item) => item.errors);
  return {
    code: errors[0]?.code,
    message: `${body.failureCount} of ${body.successCount + body.failureCount} item(s) failed${errors[0] ? `: ${errors[0].message}` : ""}`,
    details: failedItemDetails(failed, errorDetail, "the item failed"),
    retry: retryHint(errors),
  };
}

export const commercetools = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    AuthErrorResponse: (body) => ({
      code: body.error,
      message: body.error_description || body.message,
      details: body.errors.map(errorDetail),
    }),
    // The Intake Agent's and Product Search's envelopes are the standard one with narrower errors.
    AgentResponsesErrorResponse: readStandard,
    ProductSearchErrorResponse: readStandard,
    StandardErrorResponse: readStandard,
    GraphQLErrorResponse: (body) => ({
      code: body.errors[0]?.extensions?.code,
      message: body.errors[0]?.message,
      details: body.errors.map(graphQLDetail),
      retry: retryHint(body.errors.flatMap((error) => (error.extensions ? [error.extensions] : []))),
    }),
    VariantBulkUpdateResponse: readBulkResponse,
  },
);

/** What marks a response as commercetools's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const commercetoolsVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    AuthErrorResponse: (body) => [statusCodeReason, ...documentedCodes([body.error])],
    AgentResponsesErrorResponse: standardVocabulary,
    ProductSearchErrorResponse: standardVocabulary,
    StandardErrorResponse: standardVocabulary,
    GraphQLErrorResponse: (body) => documentedCodes(body.errors.map((error) => error.extensions?.code)),
    VariantBulkUpdateResponse: (body) => [
      "successCount/failureCount/results (commercetools bulk)",
      ...documentedCodes(body.results.flatMap((result) => (result.errors ?? []).map((error) => error.code))),
    ],
  },
};
