// The public, never-throwing validation API: a compiled check gives the verdict, and only when it
// fails does the issue collector (explain.ts) walk the value to say why.
import { type ExplainableSchema, type ValidationIssue, excludes, explain, jsonTypeOf } from "./explain.js";
import type { JsonType } from "./schema-node.js";
import { issueMessage } from "./issue-message.js";

export type { IssueKeyword, ValidationIssue } from "./explain.js";

/** `N`: the vendor's envelope names (each package passes its `EnvelopeName` union). */
export type ValidationResult<T, N extends string = string> = { valid: true; value: T; envelope: N } | { valid: false; issues: ValidationIssue[] };

/** One envelope as the validators see it: its check (the verdict) and its explainable schema. */
export interface EnvelopeValidator<N extends string = string> {
  name: N;
  check: (value: unknown) => boolean;
  schema: ExplainableSchema;
  /** The JSON types the root accepts (absent: any), and its required top-level keys, one list per anyOf branch. */
  types?: readonly JsonType[];
  required?: readonly (readonly string[])[];
}

const BRAND = Symbol.for("@commerce-errors/validation-error");

/**
 * Thrown by the assert functions; carries every issue found. `instanceof` recognises the error of
 * any @commerce-errors package (each package has its own copy of this class), by a global symbol.
 */
export class ErrorResponseValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    const first = issues[0];
    super(first ? `Invalid error response at "${first.path}": ${first.message}` : "Invalid error response");
    this.name = "ErrorResponseValidationError";
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

function exceptionIssue(error: unknown): ValidationIssue {
  const reason = error instanceof RangeError ? "is nested too deeply to validate" : "could not be read (a getter or proxy threw)";
  return { path: "", keyword: "exception", params: { reason }, message: issueMessage("exception", { reason }) };
}

/** A guard never throws: hostile values (throwing getters, revoked proxies) are simply not valid. */
export function passes(check: (value: unknown) => boolean, value: unknown): boolean {
  try {
    return check(value);
  } catch {
    return false;
  }
}

/** The issues of a value the envelope's check rejected (an issue even if the collector finds none). */
function issuesOf(envelope: EnvelopeValidator, value: unknown): ValidationIssue[] {
  try {
    const issues = explain(envelope.schema, value);
    return issues.length > 0 ? issues : [{ path: "", keyword: "not", params: {}, message: "is not valid" }];
  } catch (error) {
    return [exceptionIssue(error)];
  }
}

export function validateWith<T, N extends string = string>(envelope: EnvelopeValidator<N>, value: unknown): ValidationResult<T, N> {
  if (passes(envelope.check, value)) return { valid: true, value: value as T, envelope: envelope.name };
  if (typeof value !== "object" || value === null) return wrongTypeResult(envelope, value);
  return { valid: false, issues: issuesOf(envelope, value) };
}

/**
 * Explains a value that no envelope's check accepted: every issue of the envelope the sender most
 * likely meant, i.e. one that neither excludes the value (a root `not`) nor wants another type at
 * the root, with the fewest missing required top-level keys (of its best anyOf branch), then the
 * fewest values outside a closed list (a code another envelope documents), then the fewest issues,
 * then the first in match order.
 */
export function explainUnion<T, N extends string = string>(envelopes: readonly EnvelopeValidator<N>[], value: unknown): ValidationResult<T, N> {
  try {
    return explainClosest<T, N>(envelopes, value);
  } catch (error) {
    return { valid: false, issues: [exceptionIssue(error)] }; // e.g. a revoked proxy, which even Array.isArray rejects
  }
}

function explainClosest<T, N extends string>(envelopes: readonly EnvelopeValidator<N>[], value: unknown): ValidationResult<T, N> {
  if (typeof value !== "object" || value === null) return wrongTypeResult(envelopes[0]!, value);
  // Cheap bounds first (root type, exclusion, missing keys): only envelopes that can still win are explained.
  const type = jsonTypeOf(value);
  const n = envelopes.length;
  const excluded: number[] = new Array(n);
  const missing: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const envelope = envelopes[i]!;
    excluded[i] = (envelope.types !== undefined && !envelope.types.includes(type!)) || isExcluded(envelope, value) ? 1 : 0;
    let fewest = envelope.required ? Number.POSITIVE_INFINITY : 0;
    for (const keys of envelope.required ?? []) fewest = Math.min(fewest, missingKeys(value, keys));
    missing[i] = fewest;
  }
  // The rank of the best explanation so far, lowest first: excluded or wrong root type, missing
  // keys, issues about a value outside a closed set (a code of another envelope's list), issues.
  let best: ValidationIssue[] | undefined;
  let bestExcluded = 2;
  let bestMissing = 0;
  let bestForeign = 0;
  let bestCount = 0;
  const explained = new Array<boolean>(n).fill(false);
  for (;;) {
    // The unexplained envelope with the lowest bound (the first of equals, in match order).
    let next = -1;
    for (let i = 0; i < n; i++) {
      if (
        !explained[i] &&
        (next === -1 || excluded[i]! < excluded[next]! || (excluded[i] === excluded[next] && missing[i]! < missing[next]!))
      )
        next = i;
    }
    if (next === -1) break;
    const boundExcluded = excluded[next]!;
    const boundMissing = missing[next]!;
    const unbeatable = bestForeign === 0 && bestCount <= 1;
    if (
      best &&
      (boundExcluded > bestExcluded ||
        (boundExcluded === bestExcluded && (boundMissing > bestMissing || (boundMissing === bestMissing && unbeatable))))
    )
      break;
    explained[next] = true;
    const issues = issuesOf(envelopes[next]!, value);
    const wrongRoot = issues.length === 1 && issues[0]!.path === "" && issues[0]!.keyword === "type" ? 1 : 0;
    const rankExcluded = Math.max(boundExcluded, wrongRoot);
    let foreign = 0;
    for (const issue of issues) if (FOREIGN.has(issue.keyword)) foreign++;
    const rank = [rankExcluded, boundMissing, foreign, issues.length];
    if (!best || lower(rank, [bestExcluded, bestMissing, bestForeign, bestCount])) {
      best = issues;
      [bestExcluded, bestMissing, bestForeign, bestCount] = rank as [number, number, number, number];
    }
  }
  return { valid: false, issues: best ?? issuesOf(envelopes[0]!, value) };
}

/**
 * A value of a type the envelope's root rejects (a string, a number...) always gets the same
 * answer, so it is computed once per envelope and type and shared, frozen.
 */
const wrongTypeResults = new Map<EnvelopeValidator, Map<string, ValidationResult<never, never>>>();

function wrongTypeResult<T, N extends string>(envelope: EnvelopeValidator<N>, value: unknown): ValidationResult<T, N> {
  const type = jsonTypeOf(value) ?? typeof value;
  let byType = wrongTypeResults.get(envelope);
  const cached = byType?.get(type);
  if (cached) return cached;
  const issues = issuesOf(envelope, value);
  const result: ValidationResult<never, never> = { valid: false, issues };
  if (issues.length !== 1 || issues[0]!.path !== "" || issues[0]!.keyword !== "type") return result;
  if (!byType) {
    byType = new Map();
    wrongTypeResults.set(envelope, byType);
  }
  Object.freeze(issues[0]!.params);
  Object.freeze(issues[0]);
  Object.freeze(issues);
  byType.set(type, Object.freeze(result));
  return result;
}

function isExcluded(envelope: EnvelopeValidator, value: unknown): boolean {
  try {
    return excludes(envelope.schema, value);
  } catch {
    return false;
  }
}

/** Keywords that say a value belongs to another envelope (it is outside a closed list of values). */
const FOREIGN = new Set<string>(["enum", "const", "discriminator", "not"]);

function lower(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function missingKeys(value: unknown, keys: readonly string[]): number {
  let missing = 0;
  try {
    for (const key of keys) if ((value as Record<string, unknown>)[key] === undefined) missing++;
  } catch {
    return keys.length; // a getter or proxy threw: nothing is known to be there
  }
  return missing;
}

/** Reads `value[key] === expected` without throwing on hostile values. */
export function hasDiscriminant(value: unknown, key: string, expected: string): boolean {
  try {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[key] === expected;
  } catch {
    return false;
  }
}
