// Shapes no particular client owns: {status, body, headers}, {error, response}, a body in a message, a bare body.
import { jsonAtEndOf } from "@commerce-errors/runtime";
import { dict, headersOf, httpStatus, isDict, isResponse, str, type Recognizer } from "./reading.js";

/** `{status, body, headers}` (normalizeError's input) or `{statusCode, body}`. */
export const statusAndBody: Recognizer = (value) => {
  const input = dict(value);
  if (!input || value instanceof Error || !("body" in input)) return undefined;
  const status = httpStatus(input.status ?? input.statusCode);
  if (status === undefined) return undefined;
  return { kind: "response", client: "status-and-body", status, headers: headersOf(input.headers), body: input.body, url: str(input.url) };
};

/** hey-api and openapi-fetch results: `{error, response}` with the parsed error body and the Response. */
export const errorAndResponse: Recognizer = (value) => {
  const result = dict(value);
  if (!result || !("error" in result) || result.error === undefined || !isResponse(result.response)) return undefined;
  const response = result.response;
  return {
    kind: "response",
    client: "error-and-response",
    status: httpStatus(response.status),
    headers: response.headers,
    url: str(response.url) || undefined,
    body: result.error,
  };
};

/** An Error whose message is the JSON body, e.g. `JSON.parse(e.message)` in vendors' samples. */
export const bodyInMessage: Recognizer = (value) => {
  if (!(value instanceof Error)) return undefined;
  const error = value as unknown as Record<string, unknown>;
  const body = jsonAtEndOf(value.message);
  if (body === undefined) return undefined;
  return {
    kind: "response",
    client: "body-in-message",
    status: httpStatus(error.statusCode ?? error.status ?? error.code),
    headers: headersOf(error.headers),
    body,
  };
};

/** A plain object that is not an Error: the body itself, as Elastic Path's js-sdk and hey-api's throwOnError reject with. */
export const bareBody: Recognizer = (value) => {
  if (!isDict(value) || value instanceof Error || Array.isArray(value)) return undefined;
  return { kind: "response", client: "bare-body", status: undefined, body: value };
};
