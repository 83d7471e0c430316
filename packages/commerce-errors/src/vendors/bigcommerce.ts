// BigCommerce: REST v3 problem objects, v2 arrays, 207/bulk partial failures, GraphQL, and a few
// endpoint-specific shapes. Most carry no machine code, so `title` stands in for one.
import {
  envelopeNames,
  errorCategories,
  findDataErrors,
  matchErrorEnvelope,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/bigcommerce/core";
import type {
  B2BErrorResponse,
  B2BErrMsg,
  CodeMessageErrorResponse,
  GraphQLErrorItem,
  GraphQLErrorResponse,
  GraphQLLegacyErrorResponse,
  GraphQLMutationError,
  GraphQLMutationErrorsResponse,
  MultiStatusResponse,
  PartialFailureError,
  PriceRecordBatchErrorResponse,
  RefundErrorResponse,
  RestV2ErrorResponse,
  RestV3Error,
  ServiceUnavailableErrorResponse,
} from "@commerce-errors/bigcommerce";
import { pointerFromDottedPath, pointerFromSegments } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import { joinTitleAndDetail, textOf } from "../text.js";
import { defineVendorAdapter, type VendorReading, type VendorVocabulary } from "./adapter.js";
import { dataErrorDetails } from "./batch-details.js";

type Envelopes = {
  GraphQLErrorResponse: GraphQLErrorResponse;
  GraphQLMutationErrorsResponse: GraphQLMutationErrorsResponse;
  B2BErrorResponse: B2BErrorResponse;
  GraphQLLegacyErrorResponse: GraphQLLegacyErrorResponse;
  ServiceUnavailableErrorResponse: ServiceUnavailableErrorResponse;
  RestV3Error: RestV3Error;
  MultiStatusResponse: MultiStatusResponse;
  PriceRecordBatchErrorResponse: PriceRecordBatchErrorResponse;
  RefundErrorResponse: RefundErrorResponse;
  CodeMessageErrorResponse: CodeMessageErrorResponse;
  RestV2ErrorResponse: RestV2ErrorResponse;
};

// The generated package exports no data for these known values (they live only in its types),
// so the few that identify BigCommerce are named here; see schemas/bigcommerce/*.schema.json.
const statusCodesDocsPath = /\/(api-docs\/getting-started\/api-status-codes|docs\/start\/about\/status-codes)$/;
const graphQLMessage = /^(GraphQL (invalid )?credentials|Unknown JWT token|The query is too complex)/;
const graphQLExtensionCodes = new Set(["INSUFFICIENT_ACCESS_SCOPE", "INVALID_CUSTOMER_ACCESS_TOKEN", "MISSING_CUSTOMER_ACCESS_TOKEN"]);

const docsTypeReason = "type links to the BigCommerce status-code docs";

/** `errors` of a v3 object: a map from request paths ("0.channel_id") to messages, or a list of messages. */
function mapDetails(errors: Record<string, unknown> | readonly string[] | undefined): ErrorDetail[] {
  if (!errors) return [];
  if (Array.isArray(errors)) return errors.map((message) => ({ message: textOf(message) }));
  return Object.entries(errors).map(([field, message]) => ({ message: textOf(message), field, pointer: pointerFromDottedPath(field) }));
}

function problemDetails(problem: PartialFailureError): ErrorDetail[] {
  const details = mapDetails(problem.errors);
  const message = joinTitleAndDetail(problem.title, problem.detail);
  return details.length > 0 || message === undefined ? details : [{ message }];
}

function graphQLDetail(error: GraphQLErrorItem): ErrorDetail {
  const code = error.extensions?.code;
  return { ...(code !== undefined && { code }), message: error.message, ...(error.path && { pointer: pointerFromSegments(error.path) }) };
}

function readMultiStatus(body: MultiStatusResponse): VendorReading {
  if ("message" in body) return { message: body.message, details: [] }; // v2 customer group partial success
  const problems = Array.isArray(body.errors) ? body.errors : [body.errors];
  const first = problems[0];
  return { code: first?.title, message: first && joinTitleAndDetail(first.title, first.detail), details: problems.flatMap(problemDetails) };
}

/** `__typename` names the error type (AddressDoesNotExistError); the client may not have selected it. */
function mutationDetail(error: GraphQLMutationError): ErrorDetail {
  const message = error.message ?? error.__typename ?? "mutation error";
  return { ...(error.__typename !== undefined && { code: error.__typename }), message };
}

function readMutationErrors(body: GraphQLMutationErrorsResponse): VendorReading {
  const details = dataErrorDetails(findDataErrors(body), mutationDetail);
  return { code: details[0]?.code, message: details[0]?.message, details };
}

/** errMsg: one message, messages per field, or one entry per bulk item ({} for items without errors). */
function b2bDetails(errMsg: B2BErrMsg): ErrorDetail[] {
  if (typeof errMsg === "string") return [{ message: errMsg }];
  const perItem = Array.isArray(errMsg) ? errMsg : [errMsg];
  return perItem.flatMap((entry, index) => {
    if (typeof entry === "string") return [{ message: entry }];
    const prefix = Array.isArray(errMsg) ? `/${index}` : "";
    return Object.entries(entry).flatMap(([field, messages]) =>
      (Array.isArray(messages) ? messages : [messages]).map((message) => ({
        message: textOf(message),
        field,
        pointer: `${prefix}${pointerFromSegments([field])}`,
      })),
    );
  });
}

export const bigcommerce = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    GraphQLErrorResponse: (body) => ({
      code: body.errors[0].extensions?.code,
      message: body.errors[0].message,
      details: body.errors.map(graphQLDetail),
    }),
    GraphQLMutationErrorsResponse: readMutationErrors,
    B2BErrorResponse: (body) => {
      const details = b2bDetails(body.data.errMsg);
      return {
        code: body.meta?.message,
        message: typeof body.data.errMsg === "string" ? body.data.errMsg : (body.meta?.message ?? details[0]?.message),
        details,
      };
    },
    GraphQLLegacyErrorResponse: (body) => ({ message: body.error.error, details: [] }),
    ServiceUnavailableErrorResponse: (body) => ({
      code: body.error.code,
      message: body.error.message,
      details: body.error.details ? [{ code: body.error.code, message: body.error.details }] : [],
      retry: {
        kind: "with-backoff",
        ...(body.error.retry_after_seconds !== undefined && { afterMs: body.error.retry_after_seconds * 1000 }),
      },
    }),
    RestV3Error: (body) => ({
      code: body.code !== undefined ? String(body.code) : body.title,
      message: joinTitleAndDetail(body.title, body.detail),
      details: mapDetails(body.errors),
    }),
    MultiStatusResponse: readMultiStatus,
    PriceRecordBatchErrorResponse: (body) => ({
      message: `${body.batch_errors.length} price record(s) rejected`,
      details: body.batch_errors.flatMap((set) =>
        Object.entries(set.field_errors ?? {}).map(([field, message]) => ({ message: textOf(message), field })),
      ),
    }),
    RefundErrorResponse: (body) => {
      const first = body.data[0];
      const messageOf = (item: (typeof body.data)[number]) => ("error" in item ? item.error : item.title);
      return {
        code: "title" in first ? first.title : undefined,
        message: messageOf(first),
        details: body.data.map((item) => ({ message: messageOf(item) })),
      };
    },
    CodeMessageErrorResponse: (body) => ({ code: String(body.code), message: body.message, details: [] }),
    RestV2ErrorResponse: (body) => ({ message: body[0].message, details: body.map((error) => ({ message: error.message })) }),
  },
);

/** What marks a response as bigcommerce's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const bigcommerceVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    GraphQLErrorResponse: (body) => [
      ...(body.errors.some((error) => graphQLMessage.test(error.message)) ? ["documented BigCommerce GraphQL message"] : []),
      ...(body.errors.some((error) => graphQLExtensionCodes.has(error.extensions?.code ?? ""))
        ? ["documented BigCommerce extensions.code"]
        : []),
    ],
    GraphQLMutationErrorsResponse: (body) =>
      findDataErrors(body).some((list) => list.errors.some((error) => error.__typename?.endsWith("Error")))
        ? ["mutation errors with __typename (BigCommerce)"]
        : [],
    B2BErrorResponse: () => ["data.errMsg (BigCommerce B2B Edition)"],
    GraphQLLegacyErrorResponse: (body) => (graphQLMessage.test(body.error.error) ? ["documented BigCommerce GraphQL message"] : []),
    ServiceUnavailableErrorResponse: (body) =>
      body.error.code === "SERVICE_DEGRADED" ? ["documented BigCommerce code SERVICE_DEGRADED"] : [],
    RestV3Error: (body) => (body.type !== undefined && statusCodesDocsPath.test(body.type) ? [docsTypeReason] : []),
    MultiStatusResponse: (body) => {
      const problems = "errors" in body ? (Array.isArray(body.errors) ? body.errors : [body.errors]) : [];
      return problems.some((problem) => problem.type !== undefined && statusCodesDocsPath.test(problem.type)) ? [docsTypeReason] : [];
    },
    RefundErrorResponse: (body) =>
      body.data.some((item) => "type" in item && item.type !== undefined && statusCodesDocsPath.test(item.type)) ? [docsTypeReason] : [],
    // Magento's {message, code} carries an exception code, Medusa's {message} none: BigCommerce repeats the HTTP status.
    CodeMessageErrorResponse: (body) =>
      body.code >= 400 && body.code <= 599 ? ["code repeats an HTTP error status (BigCommerce {code, message})"] : [],
  },
};
