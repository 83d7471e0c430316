// Attribute and tag values for telemetry: credentials redacted, length bounded, one line.
import { redactText } from "../errors/redact.js";

/** Long enough for any vendor code and request id; short enough for every backend's limits (Sentry tags: 200). */
export const MAX_VALUE_LENGTH = 200;

export function boundedText(value: string, max = MAX_VALUE_LENGTH): string {
  const text = redactText(value).replace(/[\r\n\t]+/g, " ");
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The host of a URL (`server.address`), never its path, query or user info. */
export function hostOf(url: unknown): string | undefined {
  try {
    const text = typeof url === "string" ? url : url instanceof URL ? url.href : undefined;
    return text === undefined ? undefined : new URL(text).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** Where the failed request went, when the error's cause says (a fetch Response's `url`, axios `config.url`). */
export function requestUrlOf(cause: unknown): string | undefined {
  try {
    if (typeof cause !== "object" || cause === null) return undefined;
    const record = cause as { url?: unknown; config?: { url?: unknown; baseURL?: unknown }; response?: { url?: unknown } };
    const candidates = [record.url, record.response?.url, record.config?.url];
    return candidates.find((each): each is string => typeof each === "string" && /^https?:\/\//i.test(each));
  } catch {
    return undefined;
  }
}
