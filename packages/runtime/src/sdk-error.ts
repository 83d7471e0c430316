// What an SDK or HTTP client threw or returned -> the status, headers and candidate bodies it holds.
// Recognised by shape, never by `instanceof` (duplicate installs and bundlers break it): first the
// vendor's own rules (vendor.json "sdkErrors"), then where HTTP clients generally keep things.
import type { FetchResponseLike, ParsedErrorResponse, ParseOptions, ResponseLike } from "./parse.js";
import { httpStatus, isUnreadResponse, jsonAtEndOf, type UnreadResponse } from "./http.js";
import { at, dict, headersAt, holdsAll, isError, ruleBody, type SdkErrorRule, statusAt, unreadAt, unwrapped } from "./sdk-error-rules.js";

export type { UnreadResponse } from "./http.js";
export type { SdkErrorCondition, SdkErrorRule, SdkTransportCase } from "./sdk-error-rules.js";

/** What a thrown value holds: `status` 0 when it carries none (a bare body, a network failure). */
export interface SdkErrorReading {
  status: number;
  headers?: ResponseLike["headers"];
  /** Bodies the value may hold, best guess first; the first one that validates wins. */
  bodies: unknown[];
  unread?: UnreadResponse;
}

function readByRule(thrown: unknown, rule: SdkErrorRule): SdkErrorReading | undefined {
  const value = unwrapped(thrown, rule);
  if (!holdsAll(rule.when, value)) return undefined;
  const unread = unreadAt(value, rule);
  const body = rule.noBody ? undefined : ruleBody(value, rule);
  const status = statusAt(value, rule, unread);
  // A shape that keeps no body (noBody: checkout-sdk-node's BadGateway) still tells the status.
  if (body === undefined && !unread && !(rule.noBody && status !== undefined)) return undefined;
  const headers = rule.headers === undefined ? undefined : headersAt(at(value, rule.headers));
  return {
    status: status ?? 0,
    headers: headers ?? unread?.headers,
    bodies: body === undefined ? [] : [body],
    ...(unread && { unread }),
  };
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
