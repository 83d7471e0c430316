// The retry waits of a vendor, derived from its rate-limit rules (schemas/<vendor>/rate-limits.json):
// each header that holds a wait (a `retryAfterMs` field) and, for a throttled response only, each
// single-valued reset header and a leaky bucket's cost data in the body. The standard Retry-After
// is left out: commerce-errors reads it for every vendor. Shipped as /core `retryWaits` (and
// `readRetryWait`), so the umbrella's retry advice knows no vendor's headers by name.
import type { RateLimitFieldRule, RateLimitRules, RetryWaitHeader, RetryWaitRefill, RetryWaitRules } from "@commerce-errors/runtime";

const WAIT_FORMATS = new Set<string>(["retry-after", "seconds", "milliseconds", "reset-seconds"]);

/** Whether the vendor asks for waits of its own, beyond the standard Retry-After. */
export const hasRetryWaits = (waits: RetryWaitRules) => waits.headers.length > 0 || waits.refill !== undefined;

export function buildRetryWaits(rules: RateLimitRules): RetryWaitRules {
  const fields = [...rules.common, ...rules.policies.flatMap((policy) => policy.fields)];
  const headers = fields.flatMap((rule) => waitHeader(rule) ?? []);
  const unique = headers.filter(
    (rule, index) => headers.findIndex((other) => other.header.toLowerCase() === rule.header.toLowerCase()) === index,
  );
  const refill = rules.policies.map((policy) => refillOf(policy.fields)).find((found) => found !== undefined);
  return refill ? { headers: unique, refill } : { headers: unique };
}

function waitHeader(rule: RateLimitFieldRule): RetryWaitHeader | undefined {
  if (rule.header === undefined || !WAIT_FORMATS.has(rule.format) || rule.header.toLowerCase() === "retry-after") return undefined;
  const format = rule.format as RetryWaitHeader["format"];
  if (rule.field === "retryAfterMs") return { header: rule.header, format };
  if (rule.field === "resetMs") return { header: rule.header, format, throttledOnly: true };
  return undefined;
}

/** A policy whose body says what the request wants, what is left and how fast it comes back. */
function refillOf(fields: readonly RateLimitFieldRule[]): RetryWaitRefill | undefined {
  const pointerOf = (field: string) => fields.find((rule) => rule.field === field && rule.pointer !== undefined)?.pointer;
  const requestedCost = pointerOf("requestedCost");
  const remaining = pointerOf("remaining");
  const restorePerSecond = pointerOf("restorePerSecond");
  if (requestedCost === undefined || remaining === undefined || restorePerSecond === undefined) return undefined;
  const mark = fields.find((rule) => rule.field === "throttled" && rule.format === "equals" && rule.pointer !== undefined);
  return {
    requestedCost,
    remaining,
    restorePerSecond,
    ...(mark?.pointer !== undefined && mark.equals !== undefined && { throttled: { pointer: mark.pointer, equals: mark.equals } }),
  };
}
