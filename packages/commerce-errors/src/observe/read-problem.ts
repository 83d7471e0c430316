// A body in RFC 9457 form (`application/problem+json`) that no vendor envelope accepts: its `type`
// names the problem and `detail` (else `title`) describes it. A vendor whose problem details are an envelope of its own reads them there;
// this reads any other vendor, or a gateway, that answers with problem details.

export interface ProblemReading {
  code: string | undefined;
  message: string | undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** A problem document's code (the last segment of a `type` URI other than about:blank) and message; `undefined` for any other body. Never throws. */
export function readProblemDetails(body: unknown): ProblemReading | undefined {
  try {
    if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
    const record = body as Record<string, unknown>;
    const type = text(record.type);
    const title = text(record.title);
    const status = record.status;
    // RFC 9457 members: a type or title, and every present member of its own JSON type.
    if ((type === undefined && title === undefined) || (status !== undefined && typeof status !== "number")) return undefined;
    if (record.detail !== undefined && typeof record.detail !== "string") return undefined;
    const code =
      type === undefined || type === "about:blank"
        ? undefined
        : type
            .replace(/[/#]+$/, "")
            .split(/[/#:]/)
            .pop() || type;
    return { code, message: text(record.detail) ?? title };
  } catch {
    return undefined;
  }
}
