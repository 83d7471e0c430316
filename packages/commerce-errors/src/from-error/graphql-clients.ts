// GraphQL clients' errors and GraphQL rethrows, recognised by shape: only entries with a vendor
// that has a GraphQL API pass them to their scope (from-error/recognize.ts).
import { dict, headersOf, httpStatus, isDict, isResponse, str, type Recognizer } from "./reading.js";
import { classifyTransport } from "./transport.js";

/**
 * graphql-request: `ClientError` with `response.{status, headers, errors, data, extensions}` (or
 * `body`, the text, when it was not JSON) and `request.{query, variables}`.
 * https://github.com/graffle-js/graffle/blob/graphql-request/src/legacy/classes/ClientError.ts
 */
export const graphqlRequestError: Recognizer = (value) => {
  const error = dict(value);
  const response = dict(error?.response);
  const request = dict(error?.request);
  if (!error || !response || !request || !("query" in request) || httpStatus(response.status) === undefined) return undefined;
  const { status: _status, headers, body, ...parsed } = response;
  const hasParsed = Object.keys(parsed).some((key) => key === "errors" || key === "data" || key === "extensions" || key === "error");
  return {
    kind: "response",
    client: "graphql-request",
    status: httpStatus(response.status),
    headers: headersOf(headers),
    body: hasParsed ? parsed : body,
    message: str(error.message)?.split(": {")[0],
  };
};

/**
 * GraphQL clients' errors: Apollo Client 3 `ApolloError` (`graphQLErrors`, `networkError.{statusCode,
 * result, response}`), Apollo 4 `CombinedGraphQLErrors` (`errors`, `data`) and `ServerError`
 * (`statusCode`, `bodyText`, `response`), urql `CombinedError` (`graphQLErrors`, `networkError`,
 * `response`). A vendor's own GraphQL SDK errors are its `sdkErrors` rules (schemas/<vendor>/vendor.json).
 * https://github.com/apollographql/apollo-client/blob/main/src/errors/index.ts,
 * https://github.com/urql-graphql/urql/blob/main/packages/core/src/utils/error.ts
 */
export const graphqlClientError: Recognizer = (value) => {
  const error = dict(value);
  if (!error || !(value instanceof Error)) return undefined;
  const network = dict(error.networkError);
  const response = isResponse(error.response) ? error.response : isResponse(network?.response) ? network.response : undefined;
  const graphQLErrors = [error.graphQLErrors, error.name === "CombinedGraphQLErrors" ? error.errors : undefined].find(
    (list): list is unknown[] => Array.isArray(list) && list.length > 0,
  );
  const networkBody =
    network && "result" in network
      ? network.result
      : typeof network?.bodyText === "string"
        ? network.bodyText
        : typeof error.bodyText === "string"
          ? error.bodyText
          : undefined;
  const status =
    httpStatus(network?.statusCode) ?? httpStatus(error.statusCode) ?? httpStatus(error.status) ?? httpStatus(response?.status);
  if (!graphQLErrors && networkBody === undefined && !network && error.name !== "ServerError") return undefined;
  const base = { client: "graphql-client", headers: response?.headers, url: response?.url || undefined };
  if (graphQLErrors)
    return {
      kind: "response",
      ...base,
      status: status ?? 200,
      body: { errors: graphQLErrors, ...("data" in error && error.data != null && { data: error.data }) },
    };
  if (status === undefined) {
    const failure =
      classifyTransport(network) ??
      ({ reason: "network", message: str(network?.message) ?? str(error.message) ?? "GraphQL request failed" } as const);
    return { kind: "transport", ...base, status, failure };
  }
  return { kind: "response", ...base, status, body: networkBody, message: str(error.message) };
};

/**
 * Hand-rolled rethrows of storefront GraphQL layers: `{status, message, query}` (no body) and
 * `{error: <a GraphQL error>, query}`.
 */
export const rethrownGraphql: Recognizer = (value) => {
  const thrown = dict(value);
  if (!thrown || value instanceof Error || typeof thrown.query !== "string") return undefined;
  if (isDict(thrown.error)) return { kind: "response", client: "rethrown-graphql", status: undefined, body: { errors: [thrown.error] } };
  const status = httpStatus(thrown.status);
  return { kind: "response", client: "rethrown-graphql", status, body: undefined, message: str(thrown.message) };
};

/** What a scope with a GraphQL vendor recognises on top of the REST clients. */
export const graphqlRecognizers = { clients: [graphqlRequestError, graphqlClientError], rethrown: rethrownGraphql } as const;

export type GraphqlRecognizers = typeof graphqlRecognizers;
