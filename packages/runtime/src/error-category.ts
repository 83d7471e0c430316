// What kind of failure an error is, from a vendor's classification data (schemas/<vendor>/categories.json,
// shipped compact in each package's /core as `errorCategories`) and, where the vendor says nothing,
// from the HTTP status as RFC 9110 defines it.
import { lookupStatus } from "./status.js";

/** The fixed vocabulary of error categories, the same for every vendor. */
export const errorCategoryNames = [
  "authentication",
  "permission",
  "not-found",
  "validation",
  "conflict",
  "rate-limit",
  "payment-declined",
  "out-of-stock",
  "idempotency",
  "server",
  "unavailable",
  "transport",
  "unknown",
] as const;

export type ErrorCategory = (typeof errorCategoryNames)[number];

/**
 * A vendor's classification as /core ships it. The generator leaves out what the status or envelope
 * already gives: statuses whose category is `httpStatusCategory`'s, and codes documented to arrive
 * with a status (or in an envelope) of their own category.
 */
export interface ErrorCategoryData {
  readonly statuses: Readonly<Record<number, ErrorCategory>>;
  readonly codes: Readonly<Partial<Record<ErrorCategory, readonly string[]>>>;
  readonly envelopes: Readonly<Record<string, ErrorCategory>>;
  /** Shopper message key -> the codes it stands for (commerce-errors/messages has the English text). */
  readonly shopperMessages: Readonly<Record<string, readonly string[]>>;
}

/** When a body names several mapped codes (a list of errors, a decline code beside the code), the most specific outcome wins. */
const precedence: readonly ErrorCategory[] = [
  "payment-declined",
  "out-of-stock",
  "rate-limit",
  "idempotency",
  "conflict",
  "not-found",
  "authentication",
  "permission",
  "validation",
  "unavailable",
  "server",
  "transport",
];

const statusTable: Readonly<Record<number, ErrorCategory>> = {
  400: "validation",
  401: "authentication",
  403: "permission",
  404: "not-found",
  405: "validation",
  406: "validation",
  408: "transport",
  409: "conflict",
  410: "not-found",
  411: "validation",
  412: "conflict",
  413: "validation",
  414: "validation",
  415: "validation",
  416: "validation",
  417: "validation",
  422: "validation",
  423: "conflict",
  424: "unavailable",
  425: "unavailable",
  428: "conflict",
  429: "rate-limit",
  431: "validation",
  451: "permission",
  499: "transport",
  502: "unavailable",
  503: "unavailable",
  504: "unavailable",
};

/**
 * The category RFC 9110 (and common proxies: 499, Cloudflare's 52x) give a status: `undefined` below
 * 400 and for a 4xx that says nothing about the kind of failure (402, 418, ...). Any other 5xx is `server`.
 */
export function httpStatusCategory(status: number): ErrorCategory | undefined {
  const known = lookupStatus(statusTable, status);
  if (known) return known;
  if (status >= 520 && status <= 530) return "unavailable";
  return status >= 500 && status <= 599 ? "server" : undefined;
}

/** The category of an error status for this vendor: its own data, else RFC 9110's. */
export function statusCategory(data: ErrorCategoryData | undefined, status: number | undefined): ErrorCategory | undefined {
  if (status === undefined || status < 400) return undefined;
  return (data && lookupStatus(data.statuses, status)) ?? httpStatusCategory(status);
}

/** What the categorizer needs to know of one error. */
export interface CategoryFacts {
  /** The primary code, then the codes of the error's details. */
  codes: readonly (string | undefined)[];
  status: number | undefined;
  envelope: string | undefined;
}

const indexes = new WeakMap<ErrorCategoryData, Map<string, ErrorCategory>>();

function codeIndex(data: ErrorCategoryData): Map<string, ErrorCategory> {
  let index = indexes.get(data);
  if (!index) {
    index = new Map();
    for (const category of precedence) for (const code of data.codes[category] ?? []) if (!index.has(code)) index.set(code, category);
    indexes.set(data, index);
  }
  return index;
}

/**
 * The category of one error: its most specific mapped code, else its status, else its envelope,
 * else `unknown`. Never throws; without data, only the status and RFC 9110 decide.
 */
export function categorize(data: ErrorCategoryData | undefined, facts: CategoryFacts): ErrorCategory {
  let best: ErrorCategory | undefined;
  if (data) {
    const index = codeIndex(data);
    for (const code of facts.codes) {
      const category = code === undefined ? undefined : index.get(code);
      if (category && (best === undefined || precedence.indexOf(category) < precedence.indexOf(best))) best = category;
    }
  }
  return (
    best ??
    statusCategory(data, facts.status) ??
    (data && facts.envelope !== undefined ? lookupEnvelope(data.envelopes, facts.envelope) : undefined) ??
    "unknown"
  );
}

function lookupEnvelope(envelopes: Readonly<Record<string, ErrorCategory>>, envelope: string): ErrorCategory | undefined {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the packages target ES2020
  return Object.prototype.hasOwnProperty.call(envelopes, envelope) ? envelopes[envelope] : undefined;
}

/**
 * The shopper message key of the first code that has one (`card-expired`, `out-of-stock`, ...).
 * Pass the most specific codes first (a detail's decline code before the error's own code).
 */
export function shopperMessageKeyOf(data: ErrorCategoryData | undefined, codes: readonly (string | undefined)[]): string | undefined {
  if (!data) return undefined;
  for (const code of codes) {
    if (code === undefined) continue;
    for (const key in data.shopperMessages) if (data.shopperMessages[key]?.includes(code)) return key;
  }
  return undefined;
}
