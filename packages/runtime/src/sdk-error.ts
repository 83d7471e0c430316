// What an SDK or HTTP client threw or returned -> the status, headers and candidate bodies it holds.
// Recognised by shape, never by `instanceof` (duplicate installs and bundlers break it): first the
// vendor's own rules (vendor.json "sdkErrors"), then where HTTP clients generally keep things.
import type { FetchResponseLike, ParsedErrorResponse, ParseOptions, ResponseLike } from "./parse.js";
import { httpStatus, isUnreadResponse, jsonAtEndOf, type UnreadResponse } from "./http.js";
import { valueAt } from "./pointer.js";

export type { UnreadResponse } from "./http.js";

type Scalar = string | number | boolean;

/** A test on one value of the thrown object, found by JSON Pointer; an absent value fails it. */
export interface SdkErrorCondition {
  pointer: string;
  equals?: Scalar;
  oneOf?: Scalar[];
  prefix?: string;
}

/** How one SDK keeps an error response (schemas/<vendor>/vendor.json "sdkErrors"). Pointers are JSON Pointers into the thrown value. */
export interface SdkErrorRule {
  /** Every condition holds, or the rule does not apply. */
  when: SdkErrorCondition[];
  /** Where the HTTP status is, tried in order. */
  status?: string[];
  headers?: string;
  /** Where the body (or the part of it the SDK kept) is. */
  body?: string;
  /** Keys the SDK added to the body, dropped before `wrap`. */
  omit?: string[];
  /** The SDK kept only this member of the body: put it back under this key. */
  wrap?: string;
  /** The SDK rewrote the body: rebuild it from these pointers, key by key. */
  fields?: Record<string, string>;
  /** Where an unread fetch Response is (read by fromSdkError, not by fromSdkErrorSync). */
  response?: string;
}

/** What a thrown value holds: `status` 0 when it carries none (a bare body, a network failure). */
export interface SdkErrorReading {
  status: number;
  headers?: ResponseLike["headers"];
  /** Bodies the value may hold, best guess first; the first one that validates wins. */
  bodies: unknown[];
  unread?: UnreadResponse;
}

type Dict = Record<string, unknown>;

function dict(value: unknown): Dict | undefined {
  return typeof value === "object" && value !== null ? (value as Dict) : undefined;
}

function isError(value: unknown): boolean {
  const error = dict(value);
  return value instanceof Error || (!!error && typeof error.message === "string" && typeof error.stack === "string");
}

function holds(condition: SdkErrorCondition, value: unknown): boolean {
  if (value === undefined) return false;
  if (condition.equals !== undefined && value !== condition.equals) return false;
  if (condition.oneOf !== undefined && !condition.oneOf.includes(value as Scalar)) return false;
  return condition.prefix === undefined || (typeof value === "string" && value.startsWith(condition.prefix));
}

function headersAt(value: unknown): ResponseLike["headers"] {
  return dict(value) as ResponseLike["headers"];
}

function ruleBody(value: unknown, rule: SdkErrorRule): unknown {
  if (rule.fields) {
    const body: Dict = {};
    for (const [key, pointer] of Object.entries(rule.fields)) {
      const field = valueAt(value, pointer, { inherited: true });
      if (field !== undefined) body[key] = field;
    }
    return Object.keys(body).length > 0 ? body : undefined;
  }
  if (rule.body === undefined) return undefined;
  let body = valueAt(value, rule.body, { inherited: true });
  const kept = dict(body);
  if (kept && rule.omit && !Array.isArray(kept)) {
    const copy: Dict = {};
    for (const key of Object.keys(kept)) if (!rule.omit.includes(key)) copy[key] = kept[key];
    body = copy;
  }
  return body === undefined || rule.wrap === undefined ? body : { [rule.wrap]: body };
}

function readByRule(value: unknown, rule: SdkErrorRule): SdkErrorReading | undefined {
  if (!rule.when.every((condition) => holds(condition, valueAt(value, condition.pointer, { inherited: true })))) return undefined;
  const response = rule.response === undefined ? undefined : valueAt(value, rule.response, { inherited: true });
  const unread = isUnreadResponse(response) ? response : undefined;
  const body = ruleBody(value, rule);
  let status = unread?.status ?? 0;
  for (const pointer of rule.status ?? []) {
    const found = httpStatus(valueAt(value, pointer, { inherited: true }));
    if (found !== undefined) {
      status = found;
      break;
    }
  }
  // An SDK that drops the body on some statuses (checkout-sdk-node's BadGateway) still tells the status.
  if (body === undefined && !unread && status === 0) return undefined;
  const headers = rule.headers === undefined ? undefined : headersAt(valueAt(value, rule.headers, { inherited: true }));
  return { status, headers: headers ?? unread?.headers, bodies: body === undefined ? [] : [body], ...(unread && { unread }) };
}

/**
 * Where HTTP clients keep things: `response.{status|statusCode|code, headers, data|body}` (axios,
 * got, ofetch), `{status|statusCode, headers, result|data|body|error}` on the error itself
 * (APIMatic, ky 2, commercetools), an unread `response`, JSON in the message, `errors` kept alone,
 * or the body itself.
 */
function readGeneric(value: unknown): SdkErrorReading {
  if (isUnreadResponse(value)) return { status: value.status, headers: value.headers, bodies: [], unread: value };
  if (typeof value === "string") return { status: 0, bodies: [value] };
  const thrown = dict(value);
  if (!thrown) return { status: 0, bodies: [] };
  const response = dict(thrown.response);
  const unread = isUnreadResponse(response) && !response.bodyUsed ? response : undefined;
  const held = response && !isUnreadResponse(response) ? response : undefined;
  const bodies: unknown[] = [];
  const add = (body: unknown) => {
    if (body !== undefined && body !== null && !isError(body) && !bodies.includes(body)) bodies.push(body);
  };
  add(held?.data);
  add(held?.body);
  for (const key of ["data", "result", "body", "error", "raw"]) add(thrown[key]);
  if (!isError(value)) add(value);
  add(jsonAtEndOf(thrown.message));
  if (Array.isArray(thrown.errors) && thrown.errors.length > 0) add({ errors: thrown.errors });
  const statuses = [held?.status, held?.statusCode, held?.code, response?.status, thrown.status, thrown.statusCode, thrown.code];
  const status = statuses.map(httpStatus).find((found) => found !== undefined) ?? 0;
  return {
    status,
    headers: headersAt(held?.headers) ?? (response?.headers as ResponseLike["headers"]) ?? headersAt(thrown.headers),
    bodies,
    ...(unread && { unread }),
  };
}

/** The vendor's rules first (their bodies lead), then the generic shapes. Never throws. */
export function readSdkError(value: unknown, rules: readonly SdkErrorRule[]): SdkErrorReading {
  try {
    const generic = readGeneric(value);
    const matched = rules.flatMap((rule) => readByRule(value, rule) ?? []);
    if (matched.length === 0) return generic;
    const first = matched[0] as SdkErrorReading;
    const bodies = [...matched.flatMap((reading) => reading.bodies), ...generic.bodies];
    const unread = first.unread ?? generic.unread;
    return {
      status: first.status || generic.status,
      headers: first.headers ?? generic.headers,
      bodies: bodies.filter((body, index) => bodies.indexOf(body) === index),
      ...(unread && { unread }),
    };
  } catch {
    return { status: 0, bodies: [] };
  }
}

type HeldBodyParser<T, E, N extends string> = (
  status: number,
  headers: ResponseLike["headers"],
  body: unknown,
  options?: ParseOptions,
) => ParsedErrorResponse<T, E, N>;

type ResponseParser<T, E, N extends string> = (
  response: FetchResponseLike | ResponseLike,
  options?: ParseOptions,
) => Promise<ParsedErrorResponse<T, E, N>>;

/** The first held body that parses to an error (or partial), else the first one's verdict; undefined when none is held. */
function parseHeld<T, E, N extends string>(parse: HeldBodyParser<T, E, N>, reading: SdkErrorReading, options: ParseOptions) {
  let first: ParsedErrorResponse<T, E, N> | undefined;
  for (const body of reading.bodies) {
    const parsed = parse(reading.status, reading.headers, body, options);
    if (parsed.kind === "error" || parsed.kind === "partial") return parsed;
    first ??= parsed;
  }
  return first;
}

function nothingHeld<T, E, N extends string>(parse: HeldBodyParser<T, E, N>, reading: SdkErrorReading): ParsedErrorResponse<T, E, N> {
  const parsed = parse(reading.status, reading.headers, undefined);
  return { kind: "unrecognized", status: parsed.status, reason: "unreadable", ...(parsed.statusInfo && { statusInfo: parsed.statusInfo }) };
}

/** fromSdkErrorSync: what the value already holds; a body still in an unread Response is `unreadable`. */
export function createSdkErrorParserSync<T, E, N extends string>(parse: HeldBodyParser<T, E, N>, rules: readonly SdkErrorRule[]) {
  return function fromSdkErrorSync(value: unknown, options: ParseOptions = {}): ParsedErrorResponse<T, E, N> {
    const reading = readSdkError(value, rules);
    return parseHeld(parse, reading, options) ?? nothingHeld(parse, reading);
  };
}

/** fromSdkError: the same, and an unread Response the value holds is read (once, at most `maxBytes`). */
export function createSdkErrorParser<T, E, N extends string>(
  parse: HeldBodyParser<T, E, N>,
  parseResponse: ResponseParser<T, E, N>,
  rules: readonly SdkErrorRule[],
) {
  return async function fromSdkError(value: unknown, options: ParseOptions = {}): Promise<ParsedErrorResponse<T, E, N>> {
    const reading = readSdkError(value, rules);
    const held = parseHeld(parse, reading, options);
    if (held?.kind === "error" || held?.kind === "partial") return held;
    const unread = reading.unread;
    // readErrorBody reads a WHATWG or a Node stream (node-fetch 2), bounded by maxBytes, and never rejects.
    if (unread && !unread.bodyUsed) return parseResponse(unread as FetchResponseLike, options);
    return held ?? nothingHeld(parse, reading);
  };
}
