// Reads the body of an HTTP error response once, whatever it is: JSON, text, bytes, a stream that is
// too large, fails or was already consumed. Never throws. parse.ts validates what this reads; the
// commerce-errors umbrella uses it alone (through ./core) to read a body before it knows the vendor.

/** Bodies larger than this are not read further (1 MiB); override with `options.maxBytes`. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/** The parts of a response that matter, for callers that already hold the body. */
export interface ResponseLike {
  status: number;
  headers?: Record<string, string | undefined> | { get(name: string): string | null };
  body: unknown;
}

export interface ParseOptions {
  maxBytes?: number;
}

/**
 * The structural part of a fetch `Response` that the parser uses. Its body is a WHATWG stream, or
 * a Node stream (node-fetch 2, e.g. commerce-sdk-isomorphic on Node), which is async iterable.
 */
export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  bodyUsed: boolean;
  body: { getReader(): StreamReader } | AsyncIterable<Uint8Array | string> | null;
}

export interface StreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

type BodyText = { text: string } | { failure: "too-large"; text: string } | { failure: "unreadable" };

export function isFetchResponse(value: unknown): value is FetchResponseLike {
  return (
    typeof value === "object" && value !== null && "bodyUsed" in value && typeof (value as FetchResponseLike).headers?.get === "function"
  );
}

type Chunk = { done?: boolean; value?: Uint8Array | string };

/** Chunks until the end, or until `maxBytes`, when `stop` cancels the rest. */
async function readChunks(next: () => Promise<Chunk>, stop: () => Promise<unknown>, maxBytes: number): Promise<BodyText> {
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await next();
      if (done || value === undefined) break;
      const chunk = typeof value === "string" ? new TextEncoder().encode(value) : value;
      bytes += chunk.byteLength;
      if (bytes > maxBytes) {
        text += decoder.decode(chunk.subarray(0, chunk.byteLength - (bytes - maxBytes)));
        await stop().catch(() => undefined);
        return { failure: "too-large", text };
      }
      text += decoder.decode(chunk, { stream: true });
    }
  } catch {
    return { failure: "unreadable" };
  }
  return { text: text + decoder.decode() };
}

async function readStream(response: FetchResponseLike, maxBytes: number): Promise<BodyText> {
  const body = response.body;
  if (response.bodyUsed) return { failure: "unreadable" };
  if (!body) return { text: "" };
  if ("getReader" in body && typeof body.getReader === "function") {
    const reader = body.getReader();
    return readChunks(
      () => reader.read(),
      () => reader.cancel(),
      maxBytes,
    );
  }
  if (Symbol.asyncIterator in body) {
    const chunks = body[Symbol.asyncIterator]();
    return readChunks(
      () => chunks.next(),
      async () => chunks.return?.(),
      maxBytes,
    );
  }
  // Some other body a `text()` still reads (a Response-like object): bounded after the fact.
  const { text } = response as { text?: () => Promise<string> };
  if (typeof text !== "function") return { failure: "unreadable" };
  const read = bodyText(await text.call(response), maxBytes);
  return "value" in read ? { failure: "unreadable" } : read;
}

function bodyText(body: unknown, maxBytes: number): BodyText | { value: unknown } {
  if (body === undefined || body === null) return { text: "" };
  if (typeof body === "string") {
    return body.length > maxBytes ? { failure: "too-large", text: body.slice(0, maxBytes) } : { text: body };
  }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    if (bytes.byteLength > maxBytes) return { failure: "too-large", text: new TextDecoder().decode(bytes.subarray(0, maxBytes)) };
    return { text: new TextDecoder().decode(bytes) };
  }
  return { value: body };
}

/** A body as read: nothing, JSON, or why it is not JSON (with the text read, when there was some). */
export type ReadBody =
  | { kind: "empty" }
  | { kind: "json"; value: unknown; text?: string }
  | { kind: "text"; reason: "not-json" | "too-large" | "unreadable"; text?: string };

/** Text (or a read failure) -> ReadBody: blank is empty, JSON is parsed, anything else is not-json. */
function decodeBodyText(read: BodyText): ReadBody {
  if ("failure" in read) return { kind: "text", reason: read.failure, ...("text" in read && { text: read.text }) };
  if (read.text.trim() === "") return { kind: "empty" };
  try {
    return { kind: "json", value: JSON.parse(read.text), text: read.text };
  } catch {
    return { kind: "text", reason: "not-json", text: read.text };
  }
}

/**
 * A body the caller already holds: a string or bytes is parsed as JSON (at most `maxBytes`), any
 * other value is taken as parsed JSON, `null`/`undefined` is empty. Never throws.
 */
export function decodeErrorBody(body: unknown, options: ParseOptions = {}): ReadBody {
  try {
    const read = bodyText(body, options.maxBytes ?? DEFAULT_MAX_BODY_BYTES);
    return "value" in read ? { kind: "json", value: read.value } : decodeBodyText(read);
  } catch {
    return { kind: "text", reason: "unreadable" };
  }
}

/**
 * Reads a fetch `Response` (its stream, once, at most `maxBytes`) or the body of
 * `{ status, headers, body }`, and decodes it as decodeErrorBody does. Never rejects.
 */
export async function readErrorBody(response: FetchResponseLike | ResponseLike, options: ParseOptions = {}): Promise<ReadBody> {
  try {
    if (isFetchResponse(response)) return decodeBodyText(await readStream(response, options.maxBytes ?? DEFAULT_MAX_BODY_BYTES));
    return decodeErrorBody(response.body, options);
  } catch {
    return { kind: "text", reason: "unreadable" };
  }
}
