// The public, never-throwing validation API: a compiled check gives the verdict, and only when it
// fails does the issue collector (explain.ts) walk the value to say why.
import { type ExplainableSchema, type ValidationIssue, excludes, explain, jsonTypeOf } from "./explain.js";
import type { JsonType } from "./schema-node.js";
import { issueMessage } from "./issue-message.js";

export type { IssueKeyword, ValidationIssue } from "./explain.js";

export type ValidationResult<T> =
  | { valid: true; value: T; envelope: string }
  | { valid: false; issues: ValidationIssue[] };

/** One envelope as the validators see it: its check (the verdict) and its explainable schema. */
export interface EnvelopeValidator {
  name: string;
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
function issuesOf(envelope: EnvelopeValidator, value: unknown, limit?: number): ValidationIssue[] {
  try {
    const issues = explain(envelope.schema, value, limit);
    return issues.length > 0 ? issues : [{ path: "", keyword: "not", params: {}, message: "is not valid" }];
  } catch (error) {
    return [exceptionIssue(error)];
  }
}

export function validateWith<T>(envelope: EnvelopeValidator, value: unknown): ValidationResult<T> {
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
export function explainUnion<T>(envelopes: readonly EnvelopeValidator[], value: unknown): ValidationResult<T> {
  try {
    return explainClosest<T>(envelopes, value);
  } catch (error) {
    return { valid: false, issues: [exceptionIssue(error)] }; // e.g. a revoked proxy, which even Array.isArray rejects
  }
}

function explainClosest<T>(envelopes: readonly EnvelopeValidator[], value: unknown): ValidationResult<T> {
  if (typeof value !== "object" || value === null) return wrongTypeResult(envelopes[0]!, value);
  // Cheap bounds first (root type, exclusion, missing keys): envelopes are explained in that order.
  const type = jsonTypeOf(value);
  const candidates = envelopes.map((envelope, index) => {
    let missing = envelope.required ? Number.POSITIVE_INFINITY : 0;
    for (const keys of envelope.required ?? []) missing = Math.min(missing, missingKeys(value, keys));
    const excluded = (envelope.types !== undefined && !envelope.types.includes(type!)) || isExcluded(envelope, value) ? 1 : 0;
    return { envelope, index, bound: [excluded, missing], probe: [0, 0], probed: undefined as ValidationIssue[] | undefined };
  });
  candidates.sort((a, b) => (lower(a.bound, b.bound) ? -1 : lower(b.bound, a.bound) ? 1 : a.index - b.index));
  // Among the closest by bound, a probe of at most two issues each decides which to explain first.
  const closest = candidates.filter((c) => !lower(candidates[0]!.bound, c.bound));
  if (closest.length > 1) {
    for (const candidate of closest) {
      const issues = issuesOf(candidate.envelope, value, 1);
      candidate.probe = rankOf(issues);
      if (issues.length <= 1) candidate.probed = issues; // complete already
    }
    closest.sort((a, b) => (lower(a.probe, b.probe) ? -1 : lower(b.probe, a.probe) ? 1 : a.index - b.index));
    candidates.splice(0, closest.length, ...closest);
  }
  let best: ValidationIssue[] | undefined;
  let bestRank: number[] = [];
  for (const { envelope, bound, probed } of candidates) {
    if (best && !lower([...bound, 0, 1], bestRank)) break; // the best it could do loses, and so would the rest
    // Without foreign issues in the best, only fewer issues win: stop explaining at as many as it has.
    const limit = best && bestRank[2] === 0 ? bestRank[3]! - 1 : Number.POSITIVE_INFINITY;
    const issues = probed ?? issuesOf(envelope, value, limit);
    if (issues.length > limit) continue; // cut short: it has at least as many issues as the best
    const wrongRoot = issues.length === 1 && issues[0]!.path === "" && issues[0]!.keyword === "type" ? 1 : 0;
    const rank = [Math.max(bound[0]!, wrongRoot), bound[1]!, ...rankOf(issues)];
    if (!best || lower(rank, bestRank)) {
      best = issues;
      bestRank = rank;
    }
  }
  return { valid: false, issues: best ?? issuesOf(envelopes[0]!, value) };
}

/** [issues about a value outside a closed list (a code of another envelope), issues]. */
function rankOf(issues: ValidationIssue[]): number[] {
  let foreign = 0;
  for (const issue of issues) if (FOREIGN.has(issue.keyword)) foreign++;
  return [foreign, issues.length];
}

/**
 * A value of a type the envelope's root rejects (a string, a number...) always gets the same
 * answer, so it is computed once per envelope and type and shared, frozen.
 */
const wrongTypeResults = new Map<EnvelopeValidator, Map<string, ValidationResult<never>>>();

function wrongTypeResult<T>(envelope: EnvelopeValidator, value: unknown): ValidationResult<T> {
  const type = jsonTypeOf(value) ?? typeof value;
  let byType = wrongTypeResults.get(envelope);
  const cached = byType?.get(type);
  if (cached) return cached;
  const issues = issuesOf(envelope, value);
  const result: ValidationResult<never> = { valid: false, issues };
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
