// Adobe Commerce / Magento 2 REST: the rendered exception {message, parameters?, errors?, code?, trace?}
// and the fallback {messages: {error: [{code, message}]}}. There is no machine-readable code: the
// message is a template whose %1 / %name placeholders `parameters` fills (the package's formatMessage).
import {
  envelopeNames,
  errorCategories,
  findDataErrors,
  formatMessage,
  matchErrorEnvelope,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/magento/core";
import type {
  FallbackErrorResponse,
  GraphQLErrorResponse,
  GraphQLUserErrorsResponse,
  MessageParameters,
  WebapiErrorItem,
  WebapiErrorResponse,
} from "@commerce-errors/magento";
import type { ErrorDetail } from "../normalized-error.js";
import { pointerFromSegments } from "../json-pointer.js";
import { defineVendorAdapter, type VendorReading, type VendorVocabulary } from "./adapter.js";
import { dataErrorDetails } from "./batch-details.js";

type Envelopes = {
  GraphQLErrorResponse: GraphQLErrorResponse;
  GraphQLUserErrorsResponse: GraphQLUserErrorsResponse;
  WebapiErrorResponse: WebapiErrorResponse;
  FallbackErrorResponse: FallbackErrorResponse;
};

/** The id of the error report Magento wrote: `Report ID: webapi-5678ac6216cf5`, `report api/501949553088`. */
const reportId = /\b(?:Report ID: (webapi-\w+)|details in report (api\/\w+))/;

/** Outside developer mode, every unexpected exception becomes this masked message (ErrorProcessor::maskException). */
const maskedInternalError = /^Internal Error\. Details are available in Magento log file\./;

const placeholder = /%(\d+|[A-Za-z_][A-Za-z0-9_]*)/;

function reportIdOf(message: string): string | undefined {
  const match = reportId.exec(message);
  return match?.[1] ?? match?.[2];
}

/** The request field a message names through its `fieldName` parameter (`"%fieldName" is required`). */
function fieldOf(parameters: MessageParameters | undefined): string | undefined {
  if (!parameters || Array.isArray(parameters)) return undefined;
  const field = parameters.fieldName;
  return typeof field === "string" && field !== "" ? field : undefined;
}

function itemDetail(item: WebapiErrorItem): ErrorDetail {
  const field = fieldOf(item.parameters);
  return { message: formatMessage(item), ...(field !== undefined && { field }) };
}

function readWebapiError(body: WebapiErrorResponse): VendorReading {
  const message = formatMessage(body);
  const field = fieldOf(body.parameters);
  const details = body.errors ? body.errors.map(itemDetail) : field !== undefined ? [{ message, field }] : [];
  return { code: body.code !== undefined ? String(body.code) : undefined, message, details, requestId: reportIdOf(message) };
}

function webapiVocabulary(body: WebapiErrorResponse): string[] {
  const templated = [body, ...(body.errors ?? [])].some((error) => error.parameters !== undefined && placeholder.test(error.message));
  return [
    ...(templated ? ["message placeholders filled from parameters (Magento)"] : []),
    ...(maskedInternalError.test(body.message) ? ["masked internal error with a report id (Magento)"] : []),
  ];
}

/** GraphQL errors name their exception class in extensions.category (graphql-authorization, graphql-input, ...). */
function readGraphQLErrors(body: GraphQLErrorResponse): VendorReading {
  const details = body.errors.map((error): ErrorDetail => {
    const code = error.extensions?.category;
    return { ...(code !== undefined && { code }), message: error.message, ...(error.path && { pointer: pointerFromSegments(error.path) }) };
  });
  return { code: details[0]?.code, message: details[0]?.message, details };
}

function readUserErrors(body: GraphQLUserErrorsResponse): VendorReading {
  const details = dataErrorDetails(findDataErrors(body), (error) => ({
    ...(error.code !== undefined && { code: error.code }),
    message: error.message,
  }));
  return { code: details[0]?.code, message: details[0]?.message, details };
}

export const magento = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    GraphQLErrorResponse: readGraphQLErrors,
    GraphQLUserErrorsResponse: readUserErrors,
    WebapiErrorResponse: readWebapiError,
    // `code` repeats the HTTP status; the messages are already rendered.
    FallbackErrorResponse: ({ messages }) => {
      const [first] = messages.error;
      return {
        code: String(first.code),
        message: first.message,
        details: messages.error.map((error) => ({ code: String(error.code), message: error.message })),
        requestId: messages.error.map((error) => reportIdOf(error.message)).find((id) => id !== undefined),
      };
    },
  },
);

/** What marks a response as magento's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const magentoVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    GraphQLErrorResponse: (body) =>
      body.errors.some((error) => error.extensions?.category?.startsWith("graphql-"))
        ? ["extensions.category graphql-* (Adobe Commerce)"]
        : [],
    GraphQLUserErrorsResponse: () => ["user_errors inside data (Adobe Commerce)"],
    WebapiErrorResponse: webapiVocabulary,
    FallbackErrorResponse: ({ messages }) =>
      messages.error.some((error) => reportIdOf(error.message) !== undefined) ? ["error report id (Magento)"] : [],
  },
};
