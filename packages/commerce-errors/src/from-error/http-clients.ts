// Generic HTTP and GraphQL clients, recognised by shape. Each one's paths are in its comment.
import { dict, headersOf, httpStatus, isDict, isResponse, str, type Recognizer, type UnreadResponse } from "./reading.js";
import { classifyTransport, failureOf } from "./transport.js";

/**
 * axios (and SDKs that call axios): `isAxiosError`,
 * `response.{status, data, headers}`, `config.{method, url, baseURL, headers}`; no `response` on
 * network failures (`code` ERR_NETWORK, ECONNABORTED, ETIMEDOUT, ERR_CANCELED).
 * https://github.com/axios/axios/blob/v1.x/lib/core/AxiosError.js
 */
export const axiosError: Recognizer = (value) => {
  const error = dict(value);
  if (error?.isAxiosError !== true) return undefined;
  const config = dict(error.config);
  const url = joinUrl(str(config?.baseURL), str(config?.url));
  const base = { client: "axios", url, request: { method: config?.method, headers: config?.headers } };
  const response = dict(error.response);
  const status = httpStatus(response?.status);
  if (!response || status === undefined) {
    return { kind: "transport", ...base, status: undefined, failure: failureOf(error, "axios request failed") };
  }
  return { kind: "response", ...base, status, headers: headersOf(response.headers), body: response.data, message: str(error.message) };
};

function joinUrl(base: string | undefined, path: string | undefined): string | undefined {
  if (!path) return base;
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/**
 * ky: `HTTPError` with `response`, `request`, `options` (ky 1: the body unread in `response`; ky 2:
 * read into `data`, parsed when JSON, the response's body consumed); `TimeoutError` with `request`;
 * ky 2 `NetworkError` with `request` and the fetch failure as `cause` (ky 1 let fetch's TypeError through).
 * https://github.com/sindresorhus/ky/blob/main/source/errors/HTTPError.ts
 */
export const kyError: Recognizer = (value) => {
  const error = dict(value);
  const request = dict(error?.request);
  // ky's request is a fetch Request (got's HTTPError/TimeoutError carry a Node request instead).
  if (
    !error ||
    !kyErrorNames.has(str(error.name) ?? "") ||
    !request ||
    typeof request.url !== "string" ||
    typeof dict(request.headers)?.get !== "function"
  )
    return undefined;
  const base = { client: "ky", url: str(request?.url), request: { method: request?.method, headers: request?.headers } };
  if (error.name === "TimeoutError")
    return { kind: "transport", ...base, status: undefined, failure: { reason: "timeout", message: str(error.message) ?? "timeout" } };
  if (error.name === "NetworkError") {
    return { kind: "transport", ...base, status: undefined, failure: failureOf(error, "network error", [error.cause]) };
  }
  if (!isResponse(error.response)) return undefined;
  const response = error.response;
  // Only ky 2 has a `data` field; ky 1's body is still in the response.
  const consumed = "data" in error && response.bodyUsed === true;
  const data = error.data !== undefined ? error.data : consumed ? kyConsumedBody(response) : undefined;
  return {
    kind: "response",
    ...base,
    status: httpStatus(response.status),
    headers: response.headers,
    body: data,
    message: str(error.message),
    unread: data === undefined ? response : undefined,
  };
};

const kyErrorNames = new Set(["HTTPError", "TimeoutError", "NetworkError"]);

/**
 * ky 2 leaves `data` undefined for an empty body, and also for unparsable JSON, a body over 10 MiB or
 * a slow one; a non-JSON body is kept as text, so only a JSON body can have been lost.
 */
function kyConsumedBody(response: UnreadResponse): "" | undefined {
  const length = response.headers.get("content-length");
  if (length !== null) return Number(length) === 0 ? "" : undefined;
  return /json/i.test(response.headers.get("content-type") ?? "") ? undefined : "";
}

/**
 * ofetch: `FetchError` with `status`/`statusCode`, `data` (parsed body), `response`, `request`,
 * `options`; without `response` on network failures (the reason in `cause`).
 * https://github.com/unjs/ofetch/blob/main/src/error.ts
 */
export const ofetchError: Recognizer = (value) => {
  const error = dict(value);
  if (error?.name !== "FetchError" || !("options" in error || "request" in error)) return undefined;
  const options = dict(error.options);
  const url = typeof error.request === "string" ? error.request : str(dict(error.request)?.url);
  const base = { client: "ofetch", url, request: { method: options?.method ?? "GET", headers: options?.headers } };
  const response = isResponse(error.response) ? error.response : undefined;
  const status = httpStatus(error.status) ?? response?.status;
  if (!response || status === undefined) {
    return { kind: "transport", ...base, status: undefined, failure: failureOf(error, "fetch failed", [error.cause, error]) };
  }
  // ofetch parses with destr: an unparsable text body stays a string in `data`.
  return { kind: "response", ...base, status, headers: response.headers, body: error.data, message: str(error.message) };
};

/**
 * got: `HTTPError` (`code` ERR_NON_2XX_3XX_RESPONSE) and `ParseError` with
 * `response.{statusCode, body, headers, url}`, `options.{method, headers}`; `RequestError` /
 * `TimeoutError` with system codes and no response.
 * https://github.com/sindresorhus/got/blob/main/source/core/errors.ts
 */
export const gotError: Recognizer = (value) => {
  const error = dict(value);
  if (
    !error ||
    !isDict(error.options) ||
    !("timings" in error || "code" in error) ||
    typeof error.name !== "string" ||
    !/Error$/.test(error.name)
  )
    return undefined;
  const options = dict(error.options);
  const optionsUrl = options?.url;
  const url = typeof optionsUrl === "string" ? optionsUrl : optionsUrl instanceof URL ? optionsUrl.href : undefined;
  const base = { client: "got", url, request: { method: options?.method, headers: options?.headers } };
  const response = dict(error.response);
  const status = httpStatus(response?.statusCode);
  if (!response || status === undefined) {
    return { kind: "transport", ...base, status: undefined, failure: failureOf(error, "got request failed") };
  }
  return { kind: "response", ...base, status, headers: headersOf(response.headers), body: response.body, message: str(error.message) };
};

/** A fetch `Response` itself, e.g. one that was not ok: status and headers now, the body with fromErrorAsync. */
export const fetchResponse: Recognizer = (value) => {
  if (!isResponse(value)) return undefined;
  return {
    kind: "response",
    client: "fetch-response",
    status: httpStatus(value.status), // an opaque Response (no-cors) has status 0: no HTTP status
    headers: value.headers,
    url: str(value.url) || undefined,
    body: undefined,
    unread: value,
  };
};

/** fetch's own failures: TypeError("fetch failed", {cause}), AbortError/TimeoutError DOMExceptions, system errors. */
export const fetchFailure: Recognizer = (value) => {
  const failure = classifyTransport(value);
  return failure && { kind: "transport", client: "fetch", status: undefined, failure };
};

/**
 * An HTTP error that keeps only `message` (the body's message), `statusText` and `status`, dropping
 * the rest of the body and the headers (some SDKs' fetch wrappers).
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

export const restClientRecognizers: readonly Recognizer[] = [axiosError, kyError, ofetchError, gotError];
