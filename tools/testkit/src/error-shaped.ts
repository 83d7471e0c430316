// fast-check arbitraries of what reaches a catch block, for the "never throws" properties of the
// vendor packages' fromSdkError and the umbrella's fromError.
import fc from "fast-check";
import { hostileProxy } from "./hostile-proxy.js";

const keys = [
  "status",
  "statusCode",
  "statusText",
  "body",
  "data",
  "headers",
  "response",
  "request",
  "config",
  "options",
  "isAxiosError",
  "name",
  "message",
  "code",
  "errno",
  "cause",
  "errors",
  "error",
  "raw",
  "requestId",
  "timings",
  "graphQLErrors",
  "graphqlErrors",
  "networkError",
  "result",
  "bodyText",
  "responseBody",
  "originalRequest",
  "uri",
  "retryCount",
  "query",
  "url",
  "method",
  "bodyUsed",
  "networkStatusCode",
  "fault",
  "type",
  "detail",
  "title",
  "extensions",
  "path",
  "get",
  "text",
  "baseURL",
];

const leaf = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    -1,
    200,
    404,
    429,
    503,
    599,
    600,
    Number.NaN,
    "",
    "429",
    "Error",
    "TimeoutError",
    "AbortError",
    "HTTPError",
    "FetchError",
    "ECONNREFUSED",
    "ETIMEDOUT",
    '{"error":{}}',
    "Retry-After",
    "POST",
    "https://api.stripe.com/v1",
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
);

const headersLike = fc.oneof(
  fc.dictionary(
    fc.constantFrom("retry-after", "request-id", "x-request-id", "content-type", "idempotency-key"),
    fc.oneof(fc.string(), fc.array(fc.string())),
  ),
  fc.constant(null).map(() => new Headers({ "retry-after": "2", "content-type": "application/json" })),
);

const { value: errorish } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    headersLike,
    fc.dictionary(fc.constantFrom(...keys), tie("value"), { maxKeys: 8 }),
    fc.array(tie("value"), { maxLength: 3 }),
    tie("error"),
  ),
  error: fc
    .tuple(
      fc.string(),
      fc.constantFrom("Error", "TypeError", "TimeoutError", "AbortError", "HTTPError", "FetchError", "RequestError", "ClientError"),
      fc.dictionary(fc.constantFrom(...keys), tie("value"), { maxKeys: 6 }),
    )
    .map(([message, name, fields]) => Object.assign(Object.assign(new Error(message), { name }), fields)),
}));

// Hostile to string keys only: fast-check itself looks up symbols on generated values.
const hostile = hostileProxy(["get", "has", "ownKeys"], { spareSymbols: true });
// A Response per run: its body can be read once, and an earlier run's read would leave it consumed.
const unreadResponses = fc
  .tuple(fc.constantFrom(400, 429, 502, 503), fc.constantFrom("not json", "", '{"errors":[{"message":"x"}]}', "<html></html>"))
  .map(([status, text]) => new Response(text, { status, headers: { "content-type": status === 502 ? "text/html" : "application/json" } }));
const special = fc.oneof(
  unreadResponses,
  fc.constantFrom(hostile, Object.assign(new Error("with hostile cause"), { cause: hostile }), Symbol("s"), () => 1, 10n),
);

/**
 * Whatever may reach a catch block: values built from the fields that HTTP clients, vendor SDKs and
 * GraphQL clients put on their errors (nested and mistyped at random), Errors with such fields,
 * headers, a Response, and hostile proxies.
 */
export const errorShapedValues: fc.Arbitrary<unknown> = fc.oneof(errorish, special);
