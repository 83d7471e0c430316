// Shopify: GraphQL errors (usually with HTTP 200) with extensions.code, refused mutations with
// userErrors inside data, the Admin REST {errors} (a string, or messages per field) and {error},
// and the OAuth form. The request id is the X-Request-Id header (or extensions.requestId).
import {
  envelopeNames,
  errorCategories,
  knownGraphQLErrorExtensionsCode,
  matchErrorEnvelope,
  requestIdHeaders,
  summarizeStatus,
  vendor,
  vendorName,
} from "@commerce-errors/shopify/core";
import type {
  GraphQLError,
  GraphQLErrorResponse,
  MutationPayload,
  MutationUserErrorsResponse,
  OAuthErrorResponse,
  RestErrorsResponse,
  RestSingleErrorResponse,
  UserError,
} from "@commerce-errors/shopify";
import { pointerFromSegments } from "../json-pointer.js";
import type { ErrorDetail } from "../normalized-error.js";
import type { RetryHint } from "../normalize/retry.js";
import { defineVendorAdapter, type VendorReading, type VendorVocabulary } from "./adapter.js";
import { readOAuthError } from "./oauth.js";

type Envelopes = {
  GraphQLErrorResponse: GraphQLErrorResponse;
  MutationUserErrorsResponse: MutationUserErrorsResponse;
  RestErrorsResponse: RestErrorsResponse;
  OAuthErrorResponse: OAuthErrorResponse;
  RestSingleErrorResponse: RestSingleErrorResponse;
};

const extensionCodes = /* @__PURE__ */ new Set(knownGraphQLErrorExtensionsCode);

/** THROTTLED is Shopify's 429 inside a 200; INTERNAL_SERVER_ERROR its 500 ("retry your request"). MAX_COST_EXCEEDED is not retryable. */
const backoffCodes: ReadonlySet<string> = new Set(["THROTTLED", "INTERNAL_SERVER_ERROR"]);

const shopifyDocs = /^https:\/\/([a-z0-9-]+\.)*shopify\.(dev|com)\//;

function graphQLDetail(error: GraphQLError): ErrorDetail {
  const code = error.extensions?.code;
  return { ...(code !== undefined && { code }), message: error.message, ...(error.path && { pointer: pointerFromSegments(error.path) }) };
}

function graphQLRetry(errors: readonly GraphQLError[]): RetryHint | undefined {
  return errors.some((error) => backoffCodes.has(error.extensions?.code ?? "")) ? { kind: "with-backoff" } : undefined;
}

/**
 * The user errors of one refused mutation. The typed lists (customerUserErrors, checkoutUserErrors)
 * carry codes; the deprecated userErrors next to them repeat the same errors without.
 */
function userErrorsOf(payload: MutationPayload | undefined): UserError[] {
  if (!payload) return [];
  const lists = payload as { userErrors?: UserError[]; customerUserErrors?: UserError[]; checkoutUserErrors?: UserError[] };
  for (const list of [lists.customerUserErrors, lists.checkoutUserErrors, lists.userErrors]) if (list && list.length > 0) return list;
  return [];
}

/** `field` is the path to the input field (`["input", "email"]`); `null` when the error is about no one field. */
function userErrorDetail(error: UserError): ErrorDetail {
  const field = error.field ?? [];
  return {
    ...(typeof error.code === "string" && { code: error.code }),
    message: error.message,
    ...(field.length > 0 && { pointer: pointerFromSegments(field), field: field.join(".") }),
  };
}

function readUserErrors(body: MutationUserErrorsResponse): VendorReading {
  const errors = Object.values(body.data).flatMap(userErrorsOf);
  const first = errors[0];
  return { code: typeof first?.code === "string" ? first.code : undefined, message: first?.message, details: errors.map(userErrorDetail) };
}

/** `errors` is one message, a list of messages, or messages per field (`base`: the whole resource). */
function readRestErrors(body: RestErrorsResponse): VendorReading {
  const requestId = body.error_reference ? /\bid:\s*([\w-]+)/.exec(body.error_reference)?.[1] : undefined;
  const { errors } = body;
  if (typeof errors === "string") return { message: errors, details: [], requestId };
  if (Array.isArray(errors)) return { message: errors.join("; "), details: errors.map((message) => ({ message })), requestId };
  const details = Object.entries(errors).flatMap(([field, messages]): ErrorDetail[] =>
    (Array.isArray(messages) ? messages : [messages ?? ""]).map((message) =>
      field === "base" ? { message, field } : { message, field, pointer: pointerFromSegments([field]) },
    ),
  );
  return {
    message: details.map((detail) => (detail.field === "base" ? detail.message : `${detail.field}: ${detail.message}`)).join("; "),
    details,
    requestId,
  };
}

/** An OAuth code is one token (`invalid_request`); the Admin REST message is a sentence. */
const oauthCode = /^[a-z][a-z0-9_]*$/;

export const shopify = defineVendorAdapter<typeof vendorName, Envelopes>(
  { vendor: { name: vendorName, requestIdHeaders }, envelopeNames, matchErrorEnvelope, summarizeStatus, errorCategories },
  {
    GraphQLErrorResponse: (body) => ({
      code: body.errors[0].extensions?.code,
      message: body.errors[0].message,
      details: body.errors.map(graphQLDetail),
      requestId: body.errors.find((error) => error.extensions?.requestId)?.extensions?.requestId,
      retry: graphQLRetry(body.errors),
    }),
    MutationUserErrorsResponse: readUserErrors,
    RestErrorsResponse: readRestErrors,
    OAuthErrorResponse: readOAuthError,
    RestSingleErrorResponse: (body) => ({ code: oauthCode.test(body.error) ? body.error : undefined, message: body.error, details: [] }),
  },
);

/** What marks a response as shopify's among vendors (detection only): the package's hosts and headers, and the marks in bodies its envelopes accept. */
export const shopifyVocabulary: VendorVocabulary<typeof vendorName, Envelopes> = {
  vendor,
  marks: {
    GraphQLErrorResponse: (body) => {
      const documented = body.errors.find((error) => extensionCodes.has(error.extensions?.code ?? ""))?.extensions?.code;
      return [
        ...(documented !== undefined ? [`documented Shopify extensions.code ${documented}`] : []),
        ...(body.errors.some((error) => shopifyDocs.test(error.extensions?.documentation ?? ""))
          ? ["extensions.documentation links to shopify.dev"]
          : []),
        ...(body.extensions?.cost?.throttleStatus !== undefined ? ["extensions.cost.throttleStatus (Shopify query cost)"] : []),
      ];
    },
    MutationUserErrorsResponse: (body) =>
      Object.values(body.data).some(
        (payload) => payload !== undefined && ("customerUserErrors" in payload || "checkoutUserErrors" in payload),
      )
        ? ["customerUserErrors or checkoutUserErrors (Shopify Storefront)"]
        : [],
    RestErrorsResponse: (body) => [
      ...(typeof body.errors === "string" && body.errors.startsWith("[API] ") ? ["[API] message (Shopify Admin REST)"] : []),
      ...(body.error_reference !== undefined ? ["error_reference (Shopify)"] : []),
    ],
    RestSingleErrorResponse: (body) =>
      body.error.includes(" ") ? ["singular error holds a message, not an OAuth code (Shopify Admin REST)"] : [],
  },
};
