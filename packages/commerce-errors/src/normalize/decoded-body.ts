// A response body reduced to what normalizing needs: nothing, JSON, or text that is not JSON.
import type { ParsedBody } from "../vendors/adapter.js";

export type DecodedBody =
  | { kind: "empty" }
  | { kind: "json"; value: unknown }
  | { kind: "text"; reason: "not-json" | "too-large" | "unreadable"; text?: string };

/** Strings and bytes are parsed as JSON; any other value is taken as already parsed. */
export function decodeBody(body: unknown): DecodedBody {
  if (body === undefined || body === null) return { kind: "empty" };
  const text = typeof body === "string" ? body : bytesAsText(body);
  if (text === undefined) return { kind: "json", value: body };
  if (text.trim() === "") return { kind: "empty" };
  try {
    return { kind: "json", value: JSON.parse(text) };
  } catch {
    return { kind: "text", reason: "not-json", text };
  }
}

function bytesAsText(body: unknown): string | undefined {
  if (body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  if (ArrayBuffer.isView(body)) return new TextDecoder().decode(body);
  return undefined;
}

/** What a vendor package's parseErrorResponse read off a fetch Response. */
export function decodeParsedBody(parsed: ParsedBody): DecodedBody {
  switch (parsed.kind) {
    case "error":
    case "partial":
      return { kind: "json", value: parsed.body };
    case "empty":
      return { kind: "empty" };
    case "unrecognized":
      if (parsed.reason === "invalid") return { kind: "json", value: parsed.json };
      return { kind: "text", reason: parsed.reason, ...(parsed.text !== undefined && { text: parsed.text }) };
  }
}
