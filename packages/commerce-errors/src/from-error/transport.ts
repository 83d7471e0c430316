// Failures without a usable response: what kind they were, from the names and codes clients use.
import { dict, str } from "./values.js";

/**
 * - `network`: the connection failed (refused, reset, DNS), no response arrived.
 * - `timeout`: the client gave up waiting.
 * - `abort`: the caller cancelled the request.
 * - `unparsable`: a response arrived, but the SDK could not parse its body and kept neither body nor status.
 */
export type TransportReason = "network" | "timeout" | "abort" | "unparsable";

/** Node/undici/axios/got codes, by what they mean. */
const timeoutCodes = new Set([
  "ETIMEDOUT",
  "ECONNABORTED",
  "ESOCKETTIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "ERR_TIMEOUT",
]);
const abortCodes = new Set(["ERR_CANCELED", "ABORT_ERR", "ERR_ABORTED"]);
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_NETWORK",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "ERR_SOCKET_CONNECTION_TIMEOUT",
]);

/** Codes meaning the request never reached the server, so replaying it cannot duplicate anything. */
export const notSentCodes: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

export interface TransportFailure {
  reason: TransportReason;
  /** The system or client code, e.g. ECONNREFUSED, ETIMEDOUT. */
  code?: string | undefined;
  message: string;
}

/** The first string code along the `cause` chain (undici puts ECONNREFUSED on `cause.code`). */
function codeOf(value: unknown): string | undefined {
  for (let current = value, depth = 0; current && depth < 4; current = dict(current)?.cause, depth++) {
    const code = dict(current)?.code;
    if (typeof code === "string" && code !== "") return code;
    const errno = dict(current)?.errno;
    if (typeof errno === "string") return errno;
  }
  return undefined;
}

function namesOf(value: unknown): string[] {
  const names: string[] = [];
  for (let current = value, depth = 0; current && depth < 4; current = dict(current)?.cause, depth++) {
    const name = dict(current)?.name;
    if (typeof name === "string") names.push(name);
  }
  return names;
}

function messageOf(value: unknown): string {
  const message = dict(value)?.message;
  return typeof message === "string" && message !== "" ? message : String(value);
}

/**
 * Classifies an error that came without an HTTP response, or `undefined` when nothing marks it as a
 * transport failure. Never throws.
 */
export function classifyTransport(value: unknown): TransportFailure | undefined {
  try {
    const code = codeOf(value);
    const names = namesOf(value);
    const message = messageOf(value);
    const known = code !== undefined ? { code } : {};
    if (names.includes("TimeoutError") || (code !== undefined && timeoutCodes.has(code))) return { reason: "timeout", ...known, message };
    if (names.includes("AbortError") || names.includes("CanceledError") || (code !== undefined && abortCodes.has(code)))
      return { reason: "abort", ...known, message };
    if (code !== undefined && networkCodes.has(code)) return { reason: "network", code, message };
    if (names.includes("SyntaxError")) return { reason: "unparsable", ...known, message };
    // undici: TypeError("fetch failed", {cause}); browsers: TypeError("Failed to fetch" / "NetworkError when attempting to fetch resource.")
    if (names[0] === "TypeError" && /fetch failed|failed to fetch|networkerror|load failed|network request failed/i.test(message))
      return { reason: "network", ...known, message };
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a client failed without a response: the first of `causes` that classifies, else a network
 * failure with the error's own code and message (`fallback` when it has none). Never throws.
 */
export function failureOf(error: Record<string, unknown>, fallback: string, causes: readonly unknown[] = [error]): TransportFailure {
  for (const cause of causes) {
    const failure = classifyTransport(cause);
    if (failure) return failure;
  }
  const code = str(error.code) || undefined;
  const message = str(error.message) ?? fallback;
  return code === undefined ? { reason: "network", message } : { reason: "network", code, message };
}
