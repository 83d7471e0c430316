// What the retry policy reads off the request an error carries: its method and whether it had an idempotency key.
import { isDict, type RequestSeen } from "../from-error/reading.js";

export interface RequestFacts {
  method?: string | undefined;
  /** The request carried a vendor idempotency key (Stripe `Idempotency-Key`, PayPal `PayPal-Request-Id`). */
  idempotencyKey?: boolean | undefined;
}

const idempotencyHeaders = ["idempotency-key", "paypal-request-id", "x-idempotency-key"];

/** Facts from a method and a headers object of any style (a Headers, a plain or axios headers object). */
export function requestFacts({ method, headers }: RequestSeen): RequestFacts {
  const facts: RequestFacts = {};
  if (typeof method === "string" && method !== "") facts.method = method.toUpperCase();
  if (isDict(headers)) {
    const get =
      typeof headers.get === "function" ? (name: string) => (headers.get as (name: string) => unknown).call(headers, name) : undefined;
    const names = get ? [] : Object.keys(headers).map((name) => name.toLowerCase());
    facts.idempotencyKey = idempotencyHeaders.some((name) => (get ? get(name) != null : names.includes(name)));
  }
  return facts;
}
