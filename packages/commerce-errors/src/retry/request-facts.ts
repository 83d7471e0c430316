// What the retry policy reads off the request an error carries: its method and whether it had an idempotency key.
import { isDict, type RequestSeen } from "../from-error/reading.js";
import { vendorIdempotencyHeaders } from "../generated/idempotency-headers.js";
import { headerValue, type HeadersLike } from "../http/headers.js";

export interface RequestFacts {
  method?: string | undefined;
  /** The request carried an idempotency key (`Idempotency-Key`, or a vendor's own header: vendor.json "idempotencyHeaders"). */
  idempotencyKey?: boolean | undefined;
}

const idempotencyHeaders = [...new Set(["idempotency-key", "x-idempotency-key", ...vendorIdempotencyHeaders])];

/** Facts from a method and a headers object of any style (a Headers, a plain or axios headers object). */
export function requestFacts({ method, headers }: RequestSeen): RequestFacts {
  const facts: RequestFacts = {};
  if (typeof method === "string" && method !== "") facts.method = method.toUpperCase();
  if (isDict(headers)) {
    facts.idempotencyKey = idempotencyHeaders.some((name) => headerValue(headers as HeadersLike, name) !== undefined);
  }
  return facts;
}
