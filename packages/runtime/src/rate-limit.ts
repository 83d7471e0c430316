// Reads what a response says about the vendor's rate limit, following that vendor's rules
// (schemas/<vendor>/rate-limits.json, emitted into each package's /core). Every vendor fact is in
// the rules; this interpreter only knows formats. Never throws: a value it cannot believe is left out.
import { valueAt } from "./pointer.js";
import { ietfRateLimit, ietfRateLimitPolicy } from "./rate-limit-ietf.js";
import { boolean, count, milliseconds, perSecond, resetSeconds, retryAfter, seconds, usedOfLimit } from "./rate-limit-values.js";

/** How the vendor refills the budget: a bucket that leaks at a rate (Shopify), or a quota per time window. */
export type RateLimitModel = "leaky-bucket" | "window";

export type RateLimitNumber = "limit" | "remaining" | "used" | "resetMs" | "windowMs" | "restorePerSecond" | "cost" | "requestedCost" | "retryAfterMs";
export type RateLimitField = RateLimitNumber | "shouldRetry" | "throttled";

export type RateLimitFormat =
  | "count"
  | "seconds"
  | "milliseconds"
  | "reset-seconds"
  | "retry-after"
  | "per-second"
  | "boolean"
  | "equals"
  | "used-of-limit"
  | "ietf-ratelimit"
  | "ietf-ratelimit-policy";

/** One documented header or body value. Composite formats (`used-of-limit`, `ietf-*`) fill several fields. */
export interface RateLimitFieldRule {
  field?: RateLimitField;
  header?: string;
  /** JSON Pointer into the parsed body. */
  pointer?: string;
  format: RateLimitFormat;
  /** Format `equals`: the field (`throttled`) is true when the value is this. */
  equals?: string;
  /** Where the vendor documents it. */
  source: string;
}

export interface RateLimitPolicy {
  name: string;
  model: RateLimitModel;
  /** What a request costs: one request, or GraphQL cost points. */
  unit: "requests" | "points";
  /** Whose budget it is, in the vendor's words (e.g. "app per store"). */
  scope: string;
  source: string;
  fields: readonly RateLimitFieldRule[];
  /** What the vendor documents and does not send (Shopify's REST leak rate, Commerce Layer's windows). */
  documented?: { limit?: number; windowMs?: number; restorePerSecond?: number };
}

export interface RateLimitRules {
  vendor: string;
  /** Tried in order; the first whose fields say anything describes the response. */
  policies: readonly RateLimitPolicy[];
  /** Read on every response whichever policy matched (Retry-After, Stripe-Should-Retry). */
  common: readonly RateLimitFieldRule[];
}

export interface RateLimitState {
  vendor: string;
  policy?: string;
  model?: RateLimitModel;
  unit?: "requests" | "points";
  scope?: string;
  limit?: number;
  remaining?: number;
  used?: number;
  /** Until the window resets (window) or the bucket is full again (leaky bucket). */
  resetMs?: number;
  windowMs?: number;
  restorePerSecond?: number;
  /** What this request cost (Shopify's actualQueryCost), and what it was estimated to cost before it ran. */
  cost?: number;
  requestedCost?: number;
  retryAfterMs?: number;
  /** Stripe-Should-Retry. */
  shouldRetry?: boolean;
  /** The vendor refused this request for its rate (HTTP 429, GraphQL THROTTLED). */
  throttled: boolean;
  /** Where each value came from: `header <name>`, `body <pointer>`, `status 429` or `documented`. */
  from: Partial<Record<RateLimitField, string>>;
}

/** A fetch Response, an axios/got/ofetch response, or `{status, headers, body}`. */
export interface RateLimitResponseLike {
  status?: number;
  statusCode?: number;
  headers?: unknown;
  body?: unknown;
  data?: unknown;
  _data?: unknown;
}

export interface ReadRateLimitOptions {
  /** The clock for HTTP dates and Unix reset times (default Date.now()). */
  now?: number;
}

type Values = Partial<Record<RateLimitNumber, number>> & { shouldRetry?: boolean; throttled?: boolean };

interface Parts {
  status: number | undefined;
  header(name: string): string | undefined;
  body(): unknown;
}

function headerReader(headers: unknown): (name: string) => string | undefined {
  if (typeof headers !== "object" || headers === null) return () => undefined;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === "function" && !(headers instanceof Map)) {
    return (name) => {
      const value = (getter as (name: string) => unknown).call(headers, name);
      return typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : undefined;
    };
  }
  const entries = headers instanceof Map ? [...headers.entries()] : Object.entries(headers);
  return (name) => {
    const wanted = name.toLowerCase();
    const found = entries.filter(([key]) => String(key).toLowerCase() === wanted).map(([, value]) => value);
    const values = found.flatMap((value) => (Array.isArray(value) ? value : [value])).filter((v) => typeof v === "string" || typeof v === "number");
    return values.length === 0 ? undefined : values.map(String).join(", ");
  };
}

function responseParts(response: unknown): Parts | undefined {
  if (typeof response !== "object" || response === null) return undefined;
  const r = response as RateLimitResponseLike;
  const status = typeof r.status === "number" ? r.status : typeof r.statusCode === "number" ? r.statusCode : undefined;
  let parsed: { body: unknown } | undefined;
  return {
    status,
    header: headerReader(r.headers),
    body: () => {
      if (parsed) return parsed.body;
      // axios keeps the body in `data`, ofetch in `_data`; a fetch Response's `body` is a stream, which reads as nothing.
      const raw = "data" in r ? r.data : "_data" in r ? r._data : r.body;
      parsed = { body: typeof raw === "string" && raw.length < 1_048_576 && raw.trimStart().startsWith("{") ? parseJson(raw) : raw };
      return parsed.body;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function rawValue(parts: Parts, rule: RateLimitFieldRule): { value: unknown; from: string } | undefined {
  if (rule.header !== undefined) {
    const value = parts.header(rule.header);
    return value === undefined ? undefined : { value, from: `header ${rule.header.toLowerCase()}` };
  }
  if (rule.pointer !== undefined) {
    const value = valueAt(parts.body(), rule.pointer);
    return value === undefined ? undefined : { value, from: `body ${rule.pointer}` };
  }
  return undefined;
}

const single: Partial<Record<RateLimitFormat, (value: unknown, now: number) => number | undefined>> = {
  count,
  seconds,
  milliseconds,
  "reset-seconds": resetSeconds,
  "retry-after": retryAfter,
  "per-second": perSecond,
};

/** Reads one rule into `values`/`from`; an earlier rule's value for the same field wins. */
function applyRule(parts: Parts, rule: RateLimitFieldRule, values: Values, from: RateLimitState["from"], now: number, policyHint: { name?: string }): void {
  const found = rawValue(parts, rule);
  if (!found) return;
  const set = (field: RateLimitField, value: number | boolean | undefined) => {
    if (value === undefined || values[field] !== undefined) return;
    (values as Record<string, number | boolean>)[field] = value;
    from[field] = found.from;
  };
  const parse = single[rule.format];
  if (parse && rule.field) return set(rule.field, parse(found.value, now));
  switch (rule.format) {
    case "boolean":
      if (rule.field) set(rule.field, boolean(found.value));
      return;
    case "equals":
      if (rule.field && found.value === rule.equals) set(rule.field, true);
      return;
    case "used-of-limit": {
      const read = usedOfLimit(found.value);
      set("used", read?.used);
      set("limit", read?.limit);
      set("remaining", read && read.limit - read.used);
      return;
    }
    case "ietf-ratelimit": {
      const read = ietfRateLimit(found.value);
      set("remaining", read?.remaining);
      set("resetMs", read?.resetMs);
      if (read?.policy !== undefined) policyHint.name = read.policy;
      return;
    }
    case "ietf-ratelimit-policy": {
      const read = ietfRateLimitPolicy(found.value, policyHint.name);
      set("limit", read?.limit);
      set("windowMs", read?.windowMs);
      return;
    }
    default:
      return;
  }
}

function readFields(parts: Parts, rules: readonly RateLimitFieldRule[], values: Values, from: RateLimitState["from"], now: number): void {
  const policyHint: { name?: string } = {};
  // RateLimit names the policy RateLimit-Policy is read for, wherever the two sit in the list.
  const ordered = [...rules].sort((a, b) => Number(a.format === "ietf-ratelimit-policy") - Number(b.format === "ietf-ratelimit-policy"));
  for (const rule of ordered) applyRule(parts, rule, values, from, now, policyHint);
}

/**
 * The rate-limit state a response carries under `rules`, or `undefined` when it says nothing
 * about the limit. Accepts a fetch Response (headers only: pass `{status, headers, body}` with the
 * parsed body for GraphQL cost data), axios, got and ofetch responses. Never throws.
 */
export function readRateLimitWith(rules: RateLimitRules, response: unknown, options: ReadRateLimitOptions = {}): RateLimitState | undefined {
  try {
    return read(rules, response, options.now ?? Date.now());
  } catch {
    return undefined; // a response with hostile getters says nothing we can trust
  }
}

function read(rules: RateLimitRules, response: unknown, now: number): RateLimitState | undefined {
  const parts = responseParts(response);
  if (!parts) return undefined;
  let policy: RateLimitPolicy | undefined;
  let values: Values = {};
  let from: RateLimitState["from"] = {};
  for (const candidate of rules.policies) {
    const candidateValues: Values = {};
    const candidateFrom: RateLimitState["from"] = {};
    readFields(parts, candidate.fields, candidateValues, candidateFrom, now);
    if (Object.keys(candidateFrom).length > 0) {
      policy = candidate;
      values = candidateValues;
      from = candidateFrom;
      break;
    }
  }
  readFields(parts, rules.common, values, from, now);
  if (parts.status === 429 && values.throttled === undefined) {
    values.throttled = true;
    from.throttled = "status 429";
  }
  if (Object.keys(from).length === 0) return undefined;
  if (policy?.documented) {
    for (const [field, value] of Object.entries(policy.documented) as [RateLimitNumber, number][]) {
      if (values[field] === undefined) {
        values[field] = value;
        from[field] = "documented";
      }
    }
  }
  if (values.remaining === undefined && values.limit !== undefined && values.used !== undefined && values.used <= values.limit) {
    values.remaining = values.limit - values.used;
    from.remaining = `${from.limit} - ${from.used}`;
  }
  const { throttled = false, ...rest } = values;
  return {
    vendor: rules.vendor,
    ...(policy ? { policy: policy.name, model: policy.model, unit: policy.unit, scope: policy.scope } : {}),
    ...rest,
    throttled,
    from,
  };
}
