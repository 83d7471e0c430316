// The rule format of schemas/<vendor>/vendor.json "sdkErrors" and the parts of it both readers share:
// the vendor packages' fromSdkError (sdk-error.ts) and the umbrella's fromError (sdk-error-match.ts).
import type { ResponseLike } from "./parse.js";
import { httpStatus, isUnreadResponse, type UnreadResponse } from "./http.js";
import { valueAt } from "./pointer.js";

type Scalar = string | number | boolean;

/** A test on one value of the thrown object, found by JSON Pointer; an absent value fails it. */
export interface SdkErrorCondition {
  pointer: string;
  equals?: Scalar | null;
  oneOf?: Scalar[];
  prefix?: string;
  /** A case-insensitive regular expression the string value matches. */
  matches?: string;
  /** `error`: an Error (or its shape), `response`: a fetch Response, `status`: an HTTP status, `object`: not an array. */
  type?: "string" | "number" | "boolean" | "object" | "array" | "error" | "response" | "status";
  /** The object has at least one of these keys (own or inherited). */
  hasKey?: string[];
  /** The object has none of these keys. */
  lacksKeys?: string[];
  /** The object has no own keys but these. */
  onlyKeys?: string[];
}

/** A failure without a response, and how to tell what kind (the umbrella classifies `causes` by their codes and names). */
export interface SdkTransportCase {
  /** When the case applies; without it, when the rule finds no status. */
  when?: SdkErrorCondition[];
  /** Values to classify by their codes and names, first that classifies wins. */
  causes?: string[];
  /** The reason when no cause classifies (default "network"). */
  reason?: "network" | "timeout" | "abort" | "unparsable";
  code?: string;
  /** Where the failure's message is (default: the rule's `message`). */
  message?: string;
}

/** How one SDK keeps an error response (schemas/<vendor>/vendor.json "sdkErrors"). Pointers are JSON Pointers into the thrown value. */
export interface SdkErrorRule {
  /** The client name the umbrella reports. */
  client?: string;
  /** The SDK wraps its error: when these conditions hold on the thrown value, the rule reads the value at `pointer` instead. */
  unwrap?: { when: SdkErrorCondition[]; pointer: string };
  /** Every condition holds, or the rule does not apply. */
  when: SdkErrorCondition[];
  /** Where the HTTP status is, tried in order (then an unread response's, then `defaultStatus`). */
  status?: string[];
  defaultStatus?: number;
  headers?: string;
  /** Where the body (or the part of it the SDK kept) is; a list is tried in order, the first value that is not an Error wins. */
  body?: string | string[];
  /** Keys the SDK added to the body, dropped before `wrap`. */
  omit?: string[];
  /** The SDK kept only this member of the body: put it back under this key. */
  wrap?: string;
  /** The SDK kept one item of a list (say the first of `errors`): put it back as a list of one (then under `wrap`). */
  asList?: boolean;
  /** The SDK rewrote the body: rebuild it from these pointers, key by key (then `asList` and `wrap` apply). */
  fields?: Record<string, string>;
  /** Where an unread fetch Response is (read by fromSdkError, not by fromSdkErrorSync). */
  response?: string;
  /** The SDK keeps no body in this shape: only its status (and message). */
  noBody?: boolean;
  requestId?: string;
  url?: string;
  /** Where the failed request's method (tried in order) and headers are. */
  request?: { method?: string[]; headers?: string };
  /** Where the SDK's own message is. */
  message?: string;
  /** false: the shape is not this vendor's SDK's alone, so a match does not name the vendor. */
  namesVendor?: boolean;
  /** Failures without a response, tried in order before reading a response. */
  transport?: SdkTransportCase[];
}

type Dict = Record<string, unknown>;

export function dict(value: unknown): Dict | undefined {
  return typeof value === "object" && value !== null ? (value as Dict) : undefined;
}

export function isError(value: unknown): boolean {
  const error = dict(value);
  return value instanceof Error || (!!error && typeof error.message === "string" && typeof error.stack === "string");
}

export function at(value: unknown, pointer: string): unknown {
  return valueAt(value, pointer, { inherited: true });
}

function hasType(value: unknown, type: unknown): boolean {
  if (type === "object") return !!dict(value) && !Array.isArray(value);
  if (type === "array") return Array.isArray(value);
  if (type === "error") return isError(value);
  if (type === "response") return isUnreadResponse(value);
  if (type === "status") return httpStatus(value) !== undefined;
  return typeof value === type;
}

const keysOf = (value: unknown): string[] => (dict(value) ? Object.keys(value as Dict) : []);
const hasKey = (value: unknown, key: string): boolean => !!dict(value) && key in (value as Dict);

/** Each condition's test of a defined value, by its key. */
const tests: Record<string, (value: unknown, operand: never) => boolean> = {
  equals: (value, operand: unknown) => value === operand,
  oneOf: (value, operand: unknown[]) => operand.includes(value),
  prefix: (value, operand: string) => typeof value === "string" && value.startsWith(operand),
  matches: (value, operand: string) => typeof value === "string" && new RegExp(operand, "i").test(value),
  type: hasType,
  hasKey: (value, operand: string[]) => operand.some((key) => hasKey(value, key)),
  lacksKeys: (value, operand: string[]) => !operand.some((key) => hasKey(value, key)),
  onlyKeys: (value, operand: string[]) => !!dict(value) && keysOf(value).every((key) => operand.includes(key)),
};

function holds(condition: SdkErrorCondition, value: unknown): boolean {
  return (
    value !== undefined &&
    Object.entries(condition).every(([key, operand]) => key === "pointer" || (tests[key]?.(value, operand as never) ?? true))
  );
}

export function holdsAll(conditions: readonly SdkErrorCondition[], value: unknown): boolean {
  return conditions.every((condition) => holds(condition, at(value, condition.pointer)));
}

/** The value the rule reads: the thrown value, or what it wraps. */
export function unwrapped(value: unknown, rule: SdkErrorRule): unknown {
  return rule.unwrap && holdsAll(rule.unwrap.when, value) ? at(value, rule.unwrap.pointer) : value;
}

export const headersAt = dict as (value: unknown) => ResponseLike["headers"];

export function unreadAt(value: unknown, rule: SdkErrorRule): UnreadResponse | undefined {
  const response = rule.response === undefined ? undefined : at(value, rule.response);
  return isUnreadResponse(response) ? response : undefined;
}

/** The first status the rule's pointers find, else the unread response's, else the rule's default. */
export function statusAt(value: unknown, rule: SdkErrorRule, unread: UnreadResponse | undefined): number | undefined {
  for (const pointer of rule.status ?? []) {
    const found = httpStatus(at(value, pointer));
    if (found !== undefined) return found;
  }
  return unread?.status ?? rule.defaultStatus;
}

/** What the SDK kept, put back where the body had it: as a list of one (`asList`), under `wrap`. */
function putBack(kept: unknown, rule: SdkErrorRule): unknown {
  if (kept === undefined) return undefined;
  const listed = rule.asList ? [kept] : kept;
  return rule.wrap === undefined ? listed : { [rule.wrap]: listed };
}

/** The body as the vendor sent it, rebuilt from what the SDK kept; undefined when it kept none. */
export function ruleBody(value: unknown, rule: SdkErrorRule): unknown {
  if (rule.fields) {
    const body: Dict = {};
    for (const [key, pointer] of Object.entries(rule.fields)) {
      const field = at(value, pointer);
      if (field !== undefined) body[key] = field;
    }
    return Object.keys(body).length > 0 ? putBack(body, rule) : undefined;
  }
  if (rule.body === undefined) return undefined;
  let body = (typeof rule.body === "string" ? [rule.body] : rule.body)
    .map((pointer) => at(value, pointer))
    .find((found) => found !== undefined && found !== null && !isError(found));
  const kept = dict(body);
  if (kept && rule.omit && !Array.isArray(kept)) {
    const copy: Dict = {};
    for (const key of Object.keys(kept)) if (!rule.omit.includes(key)) copy[key] = kept[key];
    body = copy;
  }
  return putBack(body, rule);
}
