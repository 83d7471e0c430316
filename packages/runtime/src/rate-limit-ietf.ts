// The IETF RateLimit and RateLimit-Policy fields (draft-ietf-httpapi-ratelimit-headers): structured-field
// lists such as `"burst";r=5;t=30` and `"burst";q=100;w=60` (draft 08 on), and the draft-07
// dictionary `limit=100, remaining=50, reset=30`. Enough of RFC 8941 to read those; anything else is skipped.
import { count, seconds } from "./rate-limit-values.js";

interface Member {
  name: string;
  params: Record<string, string>;
}

/** Splits at commas outside quoted strings, then each member at semicolons. */
function members(value: string): Member[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => {
    const [head = "", ...rest] = part.split(";").map((piece) => piece.trim());
    const params: Record<string, string> = {};
    for (const piece of rest) {
      const at = piece.indexOf("=");
      if (at > 0) params[piece.slice(0, at).toLowerCase()] = piece.slice(at + 1).replace(/^"|"$/g, "");
    }
    return { name: head.replace(/^"|"$/g, ""), params };
  });
}

export interface IetfRemaining {
  remaining?: number;
  resetMs?: number;
  /** The policy the numbers belong to, to pick its quota from RateLimit-Policy. */
  policy?: string;
}

/** The most constraining policy: the one with the fewest units left. */
export function ietfRateLimit(value: unknown): IetfRemaining | undefined {
  if (typeof value !== "string") return undefined;
  const list = members(value);
  const dictionary = draft07(list);
  if (dictionary) return dictionary;
  let best: IetfRemaining | undefined;
  for (const member of list) {
    const remaining = count(member.params.r);
    if (remaining === undefined) continue;
    const resetMs = seconds(member.params.t);
    if (best?.remaining !== undefined && best.remaining <= remaining) continue;
    best = { remaining, ...(resetMs === undefined ? {} : { resetMs }), ...(member.name ? { policy: member.name } : {}) };
  }
  return best;
}

/** draft-07: `limit=100, remaining=50, reset=30`. */
function draft07(list: Member[]): IetfRemaining | undefined {
  const pairs = new Map<string, string>();
  for (const { name } of list) {
    const at = name.indexOf("=");
    if (at > 0) pairs.set(name.slice(0, at).trim().toLowerCase(), name.slice(at + 1).trim());
  }
  const remaining = count(pairs.get("remaining"));
  if (remaining === undefined) return undefined;
  const resetMs = seconds(pairs.get("reset"));
  return { remaining, ...(resetMs === undefined ? {} : { resetMs }) };
}

export interface IetfPolicy {
  limit: number;
  windowMs?: number;
}

/** The quota and window of the named policy, else of the first one that has a quota. */
export function ietfRateLimitPolicy(value: unknown, policy: string | undefined): IetfPolicy | undefined {
  if (typeof value !== "string") return undefined;
  const read = (member: Member): IetfPolicy | undefined => {
    // draft 08 on: q=quota; draft-07: the bare item is the quota (`100;w=60`).
    const limit = count(member.params.q ?? member.name);
    if (limit === undefined || limit === 0) return undefined;
    const windowMs = seconds(member.params.w);
    return { limit, ...(windowMs === undefined || windowMs === 0 ? {} : { windowMs }) };
  };
  const list = members(value);
  const named = policy === undefined ? undefined : list.find((member) => member.name === policy);
  if (named) return read(named);
  for (const member of list) {
    const found = read(member);
    if (found) return found;
  }
  return undefined;
}
