// What the reading and mark rules compile to (@commerce-errors/codegen emit-reading.ts): each vendor
// package's /core reads its bodies with a generated function, which calls these small helpers, one
// per operation of read-by-rules.ts that needs more than plain JavaScript. They behave exactly as that
// interpreter's operations do on the values their operands evaluated to; a bundle keeps only the ones
// its vendors' rules use, and none of the interpreter. Not for hand-written code: the generated
// functions are the API (readErrorEnvelope, errorEnvelopeMarks).
import { asJsonPointer, lastPointerToken, pointerFromBracketPath, pointerFromDottedPath, pointerFromSegments } from "./path-notation.js";
import { valueAt } from "./pointer.js";
import type { RetryHeaderRule, RuleErrorDetail, RuleRetryHint } from "./reading-rules.js";

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict => typeof value === "object" && value !== null;

/** A list, a single value as a list of one, nothing as none. */
export function ruleList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

const finite = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** A readable text for any value: strings as they are, anything else as JSON (`text`). */
export function ruleText(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The type name `test` compares with `type`. */
export const ruleType = (value: unknown): string => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value);

export const ruleStartsWith = (value: unknown, part: unknown): boolean =>
  typeof value === "string" && typeof part === "string" && value.startsWith(part);

export const ruleEndsWith = (value: unknown, part: unknown): boolean =>
  typeof value === "string" && typeof part === "string" && value.endsWith(part);

export const ruleIncludes = (value: unknown, part: unknown): boolean =>
  typeof value === "string" && typeof part === "string" && value.includes(part);

/** `first`: the first part that evaluates to neither undefined nor null. */
export function ruleFirst(parts: readonly (() => unknown)[]): unknown {
  for (const part of parts) {
    const value = part();
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

/** `first` of pointers into one value: the first that points at neither undefined nor null. */
export function ruleFirstAt(value: unknown, pointers: readonly string[]): unknown {
  for (const pointer of pointers) {
    const found = valueAt(value, pointer);
    if (found !== undefined && found !== null) return found;
  }
  return undefined;
}

/** `each`: the items `where` keeps, mapped, flattened one level, without undefined and null. */
export function ruleEach(
  value: unknown,
  where: ((item: unknown, index: number) => unknown) | undefined,
  map: ((item: unknown, index: number) => unknown) | undefined,
): unknown[] {
  return ruleList(value).flatMap((item, index) => {
    if (where && !where(item, index)) return [];
    const mapped = map ? map(item, index) : item;
    return (Array.isArray(mapped) ? mapped : [mapped]).filter((each) => each !== undefined && each !== null);
  });
}

export const ruleValues = (value: unknown): unknown[] => (isDict(value) ? Object.values(value) : []);

export const ruleKeys = (value: unknown): string[] => (isDict(value) ? Object.keys(value) : []);

export const ruleEntries = (value: unknown): { key: string; value: unknown }[] =>
  isDict(value) ? Object.entries(value).map(([key, entry]) => ({ key, value: entry })) : [];

export const ruleCount = (value: unknown): number | undefined => (Array.isArray(value) ? value.length : undefined);

export const ruleLast = (value: unknown): unknown => (Array.isArray(value) ? value[value.length - 1] : undefined);

/** `sum`: the parts evaluated in turn, undefined at the first that is no finite number. */
export function ruleSum(parts: readonly (() => unknown)[]): number | undefined {
  let total = 0;
  for (const part of parts) {
    const value = finite(part());
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

/** `concat`: the parts evaluated in turn, undefined at the first that is neither a string nor a number. */
export function ruleConcat(parts: readonly (() => unknown)[]): string | undefined {
  let text = "";
  for (const part of parts) {
    const value = part();
    if (typeof value !== "string" && finite(value) === undefined) return undefined;
    text += String(value);
  }
  return text;
}

export const ruleJoin = (value: unknown, separator: string): string | undefined =>
  Array.isArray(value) ? value.map(ruleText).join(separator) : undefined;

export const ruleSplit = (value: unknown, separator: string): string[] | undefined =>
  typeof value === "string" ? value.split(separator) : undefined;

/** `match`: the first defined group of the given ones. */
export function ruleMatch(value: unknown, pattern: RegExp, groups: readonly number[]): string | undefined {
  const found = typeof value === "string" ? pattern.exec(value) : null;
  return found ? groups.map((group) => found[group]).find((group) => group !== undefined) : undefined;
}

export const ruleString = (value: unknown): string | undefined =>
  typeof value === "string" ? value : finite(value) === undefined ? undefined : String(value);

/** `pointer`: a path in the given notation, as a JSON Pointer. */
export function rulePointer(value: unknown, notation: unknown): string | undefined {
  if (notation === "segments") {
    const segments = ruleList(value);
    return segments.every((segment) => typeof segment === "string" || typeof segment === "number")
      ? pointerFromSegments(segments as (string | number)[])
      : undefined;
  }
  if (typeof value !== "string") return undefined;
  if (notation === "dotted") return pointerFromDottedPath(value);
  if (notation === "bracket") return pointerFromBracketPath(value);
  return notation === "json-pointer" ? asJsonPointer(value) : undefined;
}

export const ruleLastToken = (value: unknown): string | undefined => (typeof value === "string" ? lastPointerToken(value) : undefined);

/** `of` with `key`: the own member a computed key names. */
export function ruleKey(value: unknown, key: unknown): unknown {
  if (typeof key !== "string" && typeof key !== "number") return undefined;
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
  return isDict(value) && Object.prototype.hasOwnProperty.call(value, String(key)) ? value[String(key)] : undefined;
}

/** `object`: the members in the order written, those whose value is undefined left out. */
export function ruleObject(members: readonly unknown[]): Dict {
  const object: Dict = {};
  for (let index = 0; index < members.length; index += 2) {
    const value = members[index + 1];
    if (value !== undefined) object[members[index] as string] = value;
  }
  return object;
}

export const ruleMerge = (values: readonly unknown[]): Dict => Object.assign({}, ...values.filter(isDict));

/** `firstNonEmpty`: the first part that evaluates to a non-empty list, else none. */
export function ruleFirstNonEmpty(parts: readonly (() => unknown)[]): unknown[] {
  for (const part of parts) {
    const value = part();
    if (Array.isArray(value) && value.length > 0) return value;
  }
  return [];
}

/** `retry: "after-refetch"`, with the current version when it is a finite number. */
export function ruleRefetch(version: unknown): RuleRetryHint {
  const currentVersion = finite(version);
  return currentVersion === undefined ? { kind: "after-refetch" } : { kind: "after-refetch", currentVersion };
}

/** `retry: "with-backoff"`: `afterMs`, else `afterSeconds` in ms, when a finite number. */
export function ruleBackoff(afterSeconds: unknown, afterMsValue: unknown): RuleRetryHint {
  const seconds = finite(afterSeconds);
  const afterMs = finite(afterMsValue) ?? (seconds === undefined ? undefined : seconds * 1000);
  return afterMs === undefined ? { kind: "with-backoff" } : { kind: "with-backoff", afterMs };
}

/** A reading's code, message and request id: strings only. */
export const ruleOptionalString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** A reading's details: the objects of the list, each message made a text. */
export function ruleDetails(value: unknown): RuleErrorDetail[] {
  return ruleList(value)
    .filter(isDict)
    .map(
      (detail) =>
        (typeof detail.message === "string" || detail.message === undefined
          ? detail
          : { ...detail, message: ruleText(detail.message) }) as unknown as RuleErrorDetail,
    );
}

/** A reading's retry advice: only a hint of a known kind. */
export const ruleRetry = (value: unknown): RuleRetryHint | undefined =>
  isDict(value) && (value.kind === "with-backoff" || value.kind === "after-refetch") ? (value as RuleRetryHint) : undefined;

/** A mark's reason, its value put in, added when the value is defined. */
export function ruleMark(reasons: string[], reason: string, value: unknown): void {
  if (value !== undefined && value !== null) reasons.push(reason.replace("{value}", String(value)));
}

/** A record's own member, or undefined. */
export function ruleOwn(record: unknown, key: string): unknown {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
  return isDict(record) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Whether the server said a retry can succeed (true), cannot (false), or said nothing (undefined),
 * from the rules' retry headers; `header` reads one response header by lower-case name. Never throws.
 */
export function retryHeaderAdvice(
  rules: { readonly retryHeaders?: readonly RetryHeaderRule[] },
  header: (name: string) => string | undefined,
): boolean | undefined {
  try {
    for (const rule of ruleList(ruleOwn(rules, "retryHeaders")).filter(isDict) as unknown as RetryHeaderRule[]) {
      const value = header(rule.header)?.trim().toLowerCase();
      if (value === undefined) continue;
      if (ruleList(rule.yes).includes(value)) return true;
      if (ruleList(rule.no).includes(value)) return false;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
