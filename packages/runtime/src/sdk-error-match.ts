// What one SDK's error is, by the vendor's rules (vendor.json "sdkErrors"), as the umbrella's fromError
// reports it: the client, a response (status, headers, body, request id, request, URL, message) or a
// failure without one. The vendor packages' fromSdkError reads the same rules (sdk-error.ts).
import type { ResponseLike } from "./parse.js";
import type { UnreadResponse } from "./http.js";
import {
  at,
  headersAt,
  holdsAll,
  ruleBody,
  type SdkErrorRule,
  type SdkTransportCase,
  statusAt,
  unreadAt,
  unwrapped,
} from "./sdk-error-rules.js";

/** A failure without a response: what to classify it by. */
export interface SdkTransportMatch {
  causes: unknown[];
  reason: NonNullable<SdkTransportCase["reason"]> | undefined;
  code: string | undefined;
  message: string | undefined;
}

export interface SdkErrorMatch {
  client: string | undefined;
  /** false when the shape is not the vendor's SDK's alone. */
  namesVendor: boolean;
  status: number | undefined;
  headers: ResponseLike["headers"] | undefined;
  /** The body as sent, rebuilt from what the SDK kept; undefined when it kept none. */
  body: unknown;
  unread: UnreadResponse | undefined;
  message: string | undefined;
  requestId: string | undefined;
  url: string | undefined;
  request: { method: unknown; headers: unknown } | undefined;
  transport: SdkTransportMatch | undefined;
}

const text = (value: unknown, pointer: string | undefined): string | undefined => {
  const found = pointer === undefined ? undefined : at(value, pointer);
  return typeof found === "string" ? found : undefined;
};

/** The first rule whose conditions hold, read; undefined when none does. Never throws. */
export function matchSdkError(thrown: unknown, rules: readonly SdkErrorRule[]): SdkErrorMatch | undefined {
  try {
    for (const rule of rules) {
      const value = unwrapped(thrown, rule);
      if (!holdsAll(rule.when, value)) continue;
      const unread = unreadAt(value, rule);
      const status = statusAt(value, rule, unread);
      const failure = rule.transport?.find((each) => (each.when ? holdsAll(each.when, value) : status === undefined));
      const request = rule.request;
      return {
        client: rule.client,
        namesVendor: rule.namesVendor !== false,
        status: failure ? undefined : status,
        headers: (rule.headers === undefined ? undefined : headersAt(at(value, rule.headers))) ?? unread?.headers,
        body: failure || rule.noBody ? undefined : ruleBody(value, rule),
        unread: failure ? undefined : unread,
        message: text(value, rule.message),
        requestId: text(value, rule.requestId),
        url: text(value, rule.url),
        request: request && {
          method: (request.method ?? []).map((pointer) => at(value, pointer)).find((method) => method !== undefined && method !== null),
          headers: request.headers === undefined ? undefined : at(value, request.headers),
        },
        transport: failure && {
          causes: (failure.causes ?? []).map((pointer) => at(value, pointer)),
          reason: failure.reason,
          code: text(value, failure.code) || undefined,
          message: text(value, failure.message ?? rule.message),
        },
      };
    }
  } catch {
    // a hostile getter: no rule applies
  }
  return undefined;
}
