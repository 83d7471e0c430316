// Vendor SDK errors, recognised by shape (never `instanceof`: duplicate installs and bundlers break it)
// from each vendor's rules (schemas/<vendor>/vendor.json "sdkErrors", /core `sdkErrorRules`), read by
// the runtime's matchSdkError, the same rules the vendor packages' fromSdkError reads.
import { matchSdkError, type SdkErrorMatch, type SdkErrorRule, type SdkTransportMatch } from "@commerce-errors/runtime";
import type { VendorName } from "../generated/vendor-names.js";
import type { Recognizer } from "./reading.js";
import { classifyTransport, type TransportFailure } from "./transport.js";

/** One vendor's SDK rules, as its /core exports them. */
export interface VendorSdkErrors {
  readonly vendor: VendorName;
  readonly rules: readonly SdkErrorRule[];
}

/** The first cause that classifies, else the rule's reason (network unless it says) with the SDK's code and message. */
function failureOf(match: SdkErrorMatch, transport: SdkTransportMatch): TransportFailure {
  for (const cause of transport.causes) {
    const failure = classifyTransport(cause);
    if (failure) return failure;
  }
  const message = transport.message ?? `${match.client ?? "SDK"} request failed`;
  const reason = transport.reason ?? "network";
  return transport.code === undefined ? { reason, message } : { reason, code: transport.code, message };
}

/** What a vendor's SDKs throw (or return), by its rules; the vendor is a hint unless the rule's shape is not its SDK's alone. */
export function sdkRecognizer({ vendor, rules }: VendorSdkErrors): Recognizer {
  return (value) => {
    const match = matchSdkError(value, rules);
    if (!match) return undefined;
    const base = {
      client: match.client ?? vendor,
      vendor: match.namesVendor ? vendor : undefined,
      headers: match.headers,
      requestId: match.requestId,
      url: match.url,
      request: match.request,
    };
    if (match.transport) return { kind: "transport", ...base, status: undefined, failure: failureOf(match, match.transport) };
    return { kind: "response", ...base, status: match.status, body: match.body, message: match.message, unread: match.unread };
  };
}
