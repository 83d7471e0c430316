// Vendor SDK errors, recognised by shape (never `instanceof`: duplicate installs and bundlers break it).
// Paths per SDK: see each function's comment and the README's table.
import { knownOAuthErrorResponseError } from "@commerce-errors/stripe/core";
import { dict, headersOf, httpStatus, isDict, isResponse, str, type Recognizer } from "./reading.js";
import { classifyTransport, failureOf } from "./transport.js";

/**
 * stripe-node: `type` is the class name ("StripeCardError"), `raw` the body's `error` object plus
 * headers/statusCode/requestId, `statusCode`, `headers`, `requestId`.
 * https://github.com/stripe/stripe-node/blob/master/src/Error.ts
 */
export const stripeError: Recognizer = (value) => {
  const error = dict(value);
  const type = str(error?.type);
  if (!error || !type?.startsWith("Stripe") || !("rawType" in error || "raw" in error || "requestId" in error)) return undefined;
  const base = { client: "stripe", vendor: "stripe" as const, headers: headersOf(error.headers), requestId: str(error.requestId) };
  const status = httpStatus(error.statusCode);
  if (type === "StripeConnectionError") {
    const failure =
      classifyTransport(error.detail) ??
      ({ reason: /timeout/i.test(str(error.message) ?? "") ? "timeout" : "network", message: str(error.message) ?? type } as const);
    return { kind: "transport", ...base, status, failure };
  }
  if (status === undefined) {
    // "Invalid JSON received from the Stripe API": an HTML page from a proxy, neither status nor body kept.
    return { kind: "transport", ...base, status, failure: { reason: "unparsable", message: str(error.message) ?? type } };
  }
  const raw = dict(error.raw);
  if (!raw) return { kind: "response", ...base, status, body: undefined, message: str(error.message) };
  const { headers: _headers, statusCode: _statusCode, requestId: _requestId, ...inner } = raw;
  // OAuth errors are rewritten by the SDK to {type, message}; the wire body was {error, error_description}.
  const body = knownOAuthErrorResponseError.includes(str(inner.type) ?? "")
    ? { error: inner.type, ...(typeof inner.message === "string" && { error_description: inner.message }) }
    : { error: inner };
  return { kind: "response", ...base, status, body };
};

/**
 * @commercetools/ts-client (and sdk-client-v2): `statusCode`, `error` (parsed body; `body` the
 * deprecated copy), `headers`, `originalRequest` or `uri`, `method`. Failures before a response
 * reject with `{body: null, error: NetworkError}`, statusCode 0. A body that is not JSON: ts-client 4
 * rejects that way too (status and text lost); ts-client 5 throws an `HttpError` with the status,
 * the headers and the text in `error`/`body` ("Unexpected non-JSON error response").
 * https://github.com/commercetools/commercetools-sdk-typescript/blob/master/packages/sdk-client-v3/src/middleware/create-http-middleware.ts
 */
export const commercetoolsError: Recognizer = (value) => {
  let error = dict(value);
  if (error && error.body === null && isDict(error.error) && Object.keys(error).length === 2) error = error.error;
  if (!error || !("statusCode" in error) || !("originalRequest" in error || "uri" in error || "retryCount" in error)) return undefined;
  const request = dict(error.originalRequest);
  const base = {
    client: "commercetools",
    vendor: "commercetools" as const,
    headers: headersOf(error.headers),
    request: { method: error.method ?? request?.method, headers: request?.headers },
  };
  const status = httpStatus(error.statusCode);
  const body =
    (isDict(error.error) && !(error.error instanceof Error)) || typeof error.error === "string"
      ? error.error
      : isDict(error.body) || typeof error.body === "string"
        ? error.body
        : undefined;
  if (status === undefined) {
    return { kind: "transport", ...base, status, failure: failureOf(error, "commercetools request failed", [error.error, error]) };
  }
  return { kind: "response", ...base, status, body, message: str(error.message) };
};

/**
 * @commercelayer/sdk: `ApiError` (`name: "ApiError"`, `type: "response"`, `status`, `errors` = the
 * body's errors, no headers); other failures are `SdkError` with `type` request | timeout | cancel | parse.
 * https://github.com/commercelayer/commercelayer-sdk/blob/main/src/error.ts
 */
export const commerceLayerError: Recognizer = (value) => {
  const error = dict(value);
  if (!error || (error.name !== "ApiError" && error.name !== "SdkError") || typeof error.type !== "string") return undefined;
  const base = { client: "commercelayer", vendor: "commercelayer" as const };
  if (error.name === "ApiError" && Array.isArray(error.errors)) {
    const status = httpStatus(error.status);
    return {
      kind: "response",
      ...base,
      status,
      body: error.errors.length > 0 ? { errors: error.errors } : undefined,
      message: str(error.message),
    };
  }
  const reasons: Record<string, "network" | "timeout" | "abort" | "unparsable"> = {
    request: "network",
    timeout: "timeout",
    cancel: "abort",
    parse: "unparsable",
  };
  const reason = reasons[error.type];
  if (!reason) return undefined;
  return { kind: "transport", ...base, status: undefined, failure: { reason, message: str(error.message) ?? error.type } };
};

/**
 * @shopify/graphql-client and @shopify/admin-api-client `request()` resolve (never throw) with
 * `{data, extensions, errors: {networkStatusCode, message, graphQLErrors, response}}`; a non-2xx
 * body stays unread in `errors.response`.
 * https://github.com/Shopify/shopify-app-js/blob/main/packages/api-clients/graphql-client/src/graphql-client/types.ts
 */
export const shopifyGraphqlClientResult: Recognizer = (value) => {
  const result = dict(value);
  const errors = dict(result?.errors);
  if (
    !result ||
    !errors ||
    Array.isArray(result.errors) ||
    !("networkStatusCode" in errors || "graphQLErrors" in errors || "response" in errors)
  )
    return undefined;
  const response = isResponse(errors.response) ? errors.response : undefined;
  const status = httpStatus(errors.networkStatusCode) ?? response?.status;
  const base = {
    client: "shopify-graphql-client",
    vendor: "shopify" as const,
    headers: response?.headers ?? headersOf(result.headers),
    url: response?.url,
  };
  const graphQLErrors = Array.isArray(errors.graphQLErrors) && errors.graphQLErrors.length > 0 ? errors.graphQLErrors : undefined;
  if (graphQLErrors) {
    const body = {
      errors: graphQLErrors,
      ...("data" in result && { data: result.data }),
      ...(isDict(result.extensions) && { extensions: result.extensions }),
    };
    return { kind: "response", ...base, status: status ?? 200, body, message: str(errors.message) };
  }
  if (status === undefined) {
    return { kind: "transport", ...base, status, failure: failureOf(errors, "Shopify request failed") };
  }
  return { kind: "response", ...base, status, body: undefined, message: str(errors.message), unread: response };
};

/**
 * @shopify/shopify-api: `HttpResponseError.response = {code, statusText, body, headers}`;
 * `GraphqlQueryError` (200 with errors) has `body.errors.graphQLErrors` and `headers`.
 * https://github.com/Shopify/shopify-app-js/blob/main/packages/apps/shopify-api/lib/error.ts
 */
export const shopifyApiError: Recognizer = (value) => {
  const error = dict(value);
  if (!error || !(value instanceof Error)) return undefined;
  const base = { client: "shopify-api", vendor: "shopify" as const };
  const graphql = dict(dict(error.body)?.errors);
  if (error.name === "GraphqlQueryError" && graphql && Array.isArray(graphql.graphQLErrors)) {
    return { kind: "response", ...base, status: 200, headers: headersOf(error.headers), body: { errors: graphql.graphQLErrors } };
  }
  const response = dict(error.response);
  const status = httpStatus(response?.code);
  if (!response || status === undefined || !("body" in response) || !("statusText" in response)) return undefined;
  const body = dict(response.body);
  // GraphQL non-2xx: the body handed over is graphql-client's result, not Shopify's JSON.
  const shopifyBody = body && isDict(body.errors) && "networkStatusCode" in body.errors ? undefined : response.body;
  return { kind: "response", ...base, status, headers: headersOf(response.headers), body: shopifyBody, message: str(error.message) };
};

/**
 * @paypal/paypal-server-sdk (APIMatic `ApiError`/`CustomError`): `statusCode`, `headers`, `result`
 * (parsed JSON, `undefined` when not JSON), `body` (the text), `request`.
 * https://github.com/apimatic/apimatic-js-runtime/blob/master/packages/core/src/errors/apiError.ts
 */
export const apimaticError: Recognizer = (value) => {
  const error = dict(value);
  // `result` is only set when the body parsed as JSON.
  if (!error || !(value instanceof Error) || !isDict(error.request) || !("body" in error) || !isDict(error.headers)) return undefined;
  const status = httpStatus(error.statusCode);
  if (status === undefined) return undefined;
  const request = dict(error.request);
  const body = error.result !== undefined ? error.result : typeof error.body === "string" ? error.body : undefined;
  const headers = headersOf(error.headers);
  return {
    kind: "response",
    client: "paypal-server-sdk",
    vendor: "paypal",
    status,
    headers,
    body,
    message: str(error.message),
    request: { method: request?.method, headers: request?.headers },
  };
};

/**
 * commerce-sdk-isomorphic (`throwOnBadResponse: true`) and commerce-sdk: `ResponseError` /
 * `MaintenanceError` with the unread fetch `response`.
 * https://github.com/SalesforceCommerceCloud/commerce-sdk-isomorphic/blob/main/src/static/responseError.ts
 */
export const sfccResponseError: Recognizer = (value) => {
  const error = dict(value);
  // The isomorphic bundle minifies the class name; an Error holding a Response without a request is enough.
  if (
    !error ||
    !(value instanceof Error) ||
    !isResponse(error.response) ||
    "request" in error ||
    "options" in error ||
    "graphQLErrors" in error
  )
    return undefined;
  const response = error.response;
  const named = error.name === "ResponseError" || error.name === "MaintenanceError" || "maintenanceType" in error;
  return {
    kind: "response",
    client: "commerce-sdk",
    vendor: named ? "sfcc" : undefined,
    status: response.status,
    headers: response.headers,
    url: response.url,
    body: undefined,
    message: str(error.message),
    unread: response,
  };
};

/**
 * node-bigcommerce: `Error("Request returned error code: <status> and body: <text>")` with
 * `code` (the status) and `responseBody`. https://github.com/getconversio/node-bigcommerce/blob/master/lib/request.js
 */
export const nodeBigcommerceError: Recognizer = (value) => {
  const error = dict(value);
  if (!error || typeof error.responseBody !== "string") return undefined;
  return {
    kind: "response",
    client: "node-bigcommerce",
    vendor: "bigcommerce",
    status: httpStatus(error.code),
    body: error.responseBody,
    message: str(error.message),
  };
};

/**
 * magento2-rest-client rejects with a plain `{errorMessage, code}` (the template already filled in).
 * https://github.com/vuestorefront/magento2-rest-client/blob/master/lib/rest_client.js
 */
export const magentoRestClientError: Recognizer = (value) => {
  const error = dict(value);
  if (!error || typeof error.errorMessage !== "string" || !("code" in error)) return undefined;
  return {
    kind: "response",
    client: "magento2-rest-client",
    vendor: "magento",
    status: httpStatus(error.code),
    body: { message: error.errorMessage },
  };
};

/**
 * @medusajs/js-sdk `FetchError`: only `message` (the body's message), `statusText`, `status`; the
 * body's `type` and `code` and the headers are dropped by the SDK.
 * https://github.com/medusajs/medusa/blob/develop/packages/core/js-sdk/src/client.ts
 */
export const messageOnlyHttpError: Recognizer = (value) => {
  const error = dict(value);
  if (
    !error ||
    !(value instanceof Error) ||
    typeof error.statusText !== "string" ||
    "response" in error ||
    "data" in error ||
    "body" in error
  )
    return undefined;
  const status = httpStatus(error.status);
  if (status === undefined) return undefined;
  const message = str(error.message);
  const body = message && message !== error.statusText ? { message } : undefined;
  return { kind: "response", client: "status-and-message", status, body, message };
};

/** Every vendor SDK's recognizer, for the root entry. */
export const sdkRecognizers: readonly Recognizer[] = [
  stripeError,
  commercetoolsError,
  commerceLayerError,
  shopifyGraphqlClientResult,
  shopifyApiError,
  apimaticError,
  sfccResponseError,
  nodeBigcommerceError,
  magentoRestClientError,
];
