// Credentials out of anything logged: Authorization values, API keys and tokens in text, URLs and objects.
// The generic ones are here; each vendor's own headers and key formats are its data (vendor.json "credentials").
import { vendorCredentialHeaders, vendorTokenPatterns } from "../generated/credentials.js";

const REDACTED = "[REDACTED]";

/** Keys whose value is a credential wherever they appear (headers, bodies, query strings). */
const secretKey =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|apikey|x-auth-token|access[-_]?token|refresh[-_]?token|id[-_]?token|client[-_]?secret|password|secret|token|signature|private[-_]?key)$/i;

const isSecretKey = (key: string) => secretKey.test(key) || vendorCredentialHeaders.includes(key.toLowerCase());

const textPatterns: ReadonlyArray<[RegExp, string]> = [
  // Authorization: Bearer/Basic values; a credential has a digit or a capital, or is long ("Bearer token." is prose)
  [/\b(Bearer|Basic|Token)\s+(?=[A-Za-z0-9._~+/=-]*[0-9A-Z]|[A-Za-z0-9._~+/=-]{16})[A-Za-z0-9._~+/=-]{6,}/g, `$1 ${REDACTED}`],
  // secrets in query strings and form bodies: ?access_token=..., &client_secret=...
  [
    /([?&;](?:access_token|refresh_token|id_token|token|api_key|apikey|key|client_secret|password|secret|signature|code)=)[^&#\s"']+/gi,
    `$1${REDACTED}`,
  ],
  // user:password@ in URLs
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi, `$1${REDACTED}@`],
  // "client_secret": "..." / client_secret=... in JSON or text
  [/(["']?(?:client_secret|access_token|refresh_token|password|api_key|apikey)["']?\s*[:=]\s*["']?)[^"'\s,&}]+/gi, `$1${REDACTED}`],
  // vendors' key formats: the prefix says which key it was, the rest is the secret
  ...vendorTokenPatterns.map((pattern): [RegExp, string] => [pattern, `$1${REDACTED}`]),
];

export function redactText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of textPatterns) result = result.replace(pattern, replacement);
  return result;
}

/**
 * A deep, JSON-safe copy with secret keys' values and secrets inside strings replaced; cycles and
 * depth are bounded. Never throws: a value that cannot be read (a hostile getter or proxy) becomes
 * "[UNREADABLE]" and a BigInt its digits, so that logging an error cannot fail.
 */
export function redactValue(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === "string") return redactText(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "object" || value === null) return value;
  if (depth > 20 || seen.has(value)) return REDACTED;
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = isSecretKey(key) ? REDACTED : redactValue(item, depth + 1, seen);
    return copy;
  } catch {
    return "[UNREADABLE]";
  }
}
