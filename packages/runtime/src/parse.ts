// Reads an HTTP error response (a fetch Response or a plain object) into a typed, validated result.
// Never throws: bodies that are HTML, empty, truncated, too large or unreadable become data.
import { headerValue } from "./http.js";
import type { BatchReading, BatchRule, FailedItem } from "./batch.js";
import type { StatusCodeInfo } from "./status.js";
import type { ValidationIssue, ValidationResult } from "./validation.js";
import {
  decodeErrorBody,
  type FetchResponseLike,
  isFetchResponse,
  type ParseOptions,
  type ReadBody,
  type ResponseLike,
  readErrorBody,
} from "./read-body.js";

export { DEFAULT_MAX_BODY_BYTES, type FetchResponseLike, type ParseOptions, type ResponseLike, type StreamReader } from "./read-body.js";

/** Why a response was not recognised as one of the vendor's error envelopes. */
export type UnrecognizedReason =
  | "not-json" // e.g. an HTML maintenance page, truncated JSON
  | "invalid" // JSON, but no error envelope of this vendor
  | "too-large" // the body exceeded maxBytes; only a prefix was read
  | "unreadable"; // the body stream failed or was already consumed

/** `T` the body, `E` a failed batch item's error, `N` the vendor's envelope names (its `EnvelopeName` union). */
export type ParsedErrorResponse<T, E = unknown, N extends string = string> =
  | { kind: "error"; status: number; envelope: N; body: T; contentType?: string; statusInfo?: StatusCodeInfo }
  | {
      // A 2xx batch body (207 Multi-Status, per-item errors) in which some items failed.
      kind: "partial";
      status: number;
      envelope: N;
      failed: FailedItem<E>[];
      succeeded: number;
      body: T;
      contentType?: string;
      statusInfo?: StatusCodeInfo;
    }
  | {
      kind: "unrecognized";
      status: number;
      reason: UnrecognizedReason;
      contentType?: string;
      text?: string;
      json?: unknown;
      issues?: ValidationIssue[];
      statusInfo?: StatusCodeInfo;
    }
  | { kind: "empty"; status: number; contentType?: string; statusInfo?: StatusCodeInfo };

function safeStatus(response: unknown): number {
  try {
    const status = (response as { status?: unknown } | null)?.status;
    return typeof status === "number" ? status : 0;
  } catch {
    return 0;
  }
}

/** The vendor's batch envelopes and the reader of their items (a vendor without batches passes none). */
export interface BatchSupport<E> {
  rules: Readonly<Record<string, BatchRule>>;
  read(body: unknown, rule: BatchRule): BatchReading<E> | undefined;
}

/** A 2xx answer whose batch envelope lists failed items is partial; any other accepted body is an error. */
function failedItemsOf<E>(status: number, body: unknown, envelope: string, batches: BatchSupport<E> | undefined) {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
  if (!batches || status < 200 || status > 299 || !Object.prototype.hasOwnProperty.call(batches.rules, envelope)) return undefined;
  const reading = batches.read(body, batches.rules[envelope] as BatchRule);
  return reading && reading.failed.length > 0 ? reading : undefined;
}

/** Classifies a body as read-body.ts read it (a stream, text, bytes or parsed JSON); shared by parseErrorResponse and fromSdkErrorSync. */
function bodyClassifier<T, E, N extends string>(
  validate: (value: unknown) => ValidationResult<T, N>,
  describeStatus: (status: number) => StatusCodeInfo | undefined,
  batches: BatchSupport<E> | undefined,
) {
  function classify(status: number, contentType: string | undefined, value: unknown, text?: string): ParsedErrorResponse<T, E, N> {
    const statusInfo = describeStatus(status);
    const result = validate(value);
    if (result.valid) {
      const extra = { ...(contentType !== undefined && { contentType }), ...(statusInfo && { statusInfo }) };
      const batch = failedItemsOf<E>(status, result.value, result.envelope, batches);
      if (batch)
        return {
          kind: "partial",
          status,
          envelope: result.envelope,
          failed: batch.failed,
          succeeded: batch.succeeded,
          body: result.value,
          ...extra,
        };
      return { kind: "error", status, envelope: result.envelope, body: result.value, ...extra };
    }
    return {
      kind: "unrecognized",
      status,
      reason: "invalid",
      json: value,
      issues: result.issues,
      ...(contentType !== undefined && { contentType }),
      ...(text !== undefined && { text }),
      ...(statusInfo && { statusInfo }),
    };
  }

  /** A body as read-body.ts read it: JSON is validated, anything else says why it is not an error envelope. */
  function fromBody(status: number, contentType: string | undefined, body: ReadBody): ParsedErrorResponse<T, E, N> {
    if (body.kind === "json") return classify(status, contentType, body.value, body.text);
    const statusInfo = describeStatus(status);
    const extra = { ...(contentType !== undefined && { contentType }), ...(statusInfo && { statusInfo }) };
    if (body.kind === "empty") return { kind: "empty", status, ...extra };
    return { kind: "unrecognized", status, reason: body.reason, ...(body.text !== undefined && { text: body.text }), ...extra };
  }

  return fromBody;
}

/**
 * The synchronous half of parseErrorResponse: a body the caller already holds (not a stream).
 * Never throws; `status` 0 means the caller knows none.
 */
export function createHeldBodyParser<T, E = unknown, N extends string = string>(
  validate: (value: unknown) => ValidationResult<T, N>,
  describeStatus: (status: number) => StatusCodeInfo | undefined,
  batches?: BatchSupport<E>,
) {
  const fromBody = bodyClassifier(validate, describeStatus, batches);
  return function parseHeldBody(
    status: number,
    headers: ResponseLike["headers"],
    body: unknown,
    options: ParseOptions = {},
  ): ParsedErrorResponse<T, E, N> {
    try {
      return fromBody(status, headerValue(headers, "content-type"), decodeErrorBody(body, options));
    } catch {
      const statusInfo = describeStatus(status);
      return { kind: "unrecognized", status, reason: "unreadable", ...(statusInfo && { statusInfo }) };
    }
  };
}

export function createResponseParser<T, E = unknown, N extends string = string>(
  validate: (value: unknown) => ValidationResult<T, N>,
  describeStatus: (status: number) => StatusCodeInfo | undefined,
  batches?: BatchSupport<E>,
) {
  const fromBody = bodyClassifier(validate, describeStatus, batches);
  /** Reads and validates an error response; resolves to `error`, `partial`, `unrecognized` or `empty`, never rejects. */
  return async function parseErrorResponse(
    response: FetchResponseLike | ResponseLike,
    options: ParseOptions = {},
  ): Promise<ParsedErrorResponse<T, E, N>> {
    const status = safeStatus(response);
    try {
      const contentType = isFetchResponse(response)
        ? (response.headers.get("content-type") ?? undefined)
        : headerValue(response.headers, "content-type");
      return fromBody(status, contentType, await readErrorBody(response, options));
    } catch {
      const statusInfo = describeStatus(status);
      return { kind: "unrecognized", status, reason: "unreadable", ...(statusInfo && { statusInfo }) };
    }
  };
}
