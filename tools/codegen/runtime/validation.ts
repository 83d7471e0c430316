// The public, never-throwing validation API: a compiled check gives the verdict, and only when it
// fails does the issue collector (explain.ts) walk the value to say why.
import { type ExplainableSchema, type ValidationIssue, excludes, explain } from "./explain.js";
import { issueMessage } from "./issue-message.js";

export type { IssueKeyword, ValidationIssue } from "./explain.js";

export type ValidationResult<T> =
  | { valid: true; value: T; envelope: string }
  | { valid: false; issues: ValidationIssue[] };

/** One envelope as the validators see it: its check, its explainable schema, its required top-level keys. */
export interface EnvelopeValidator {
  name: string;
  check: (value: unknown) => boolean;
  schema: ExplainableSchema;
  required: readonly string[];
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

export function validateWith<T>(envelope: EnvelopeValidator, value: unknown): ValidationResult<T> {
  if (passes(envelope.check, value)) return { valid: true, value: value as T, envelope: envelope.name };
  return { valid: false, issues: issuesOf(envelope, value) };
}

/**
 * Explains a value that no envelope's check accepted: every issue of the envelope the sender most
 * likely meant, i.e. one that neither excludes the value (a root `not`) nor wants another type at
 * the root, with the fewest missing required top-level keys, then the fewest issues, then the first
 * in match order.
 */
export function explainUnion<T>(envelopes: readonly EnvelopeValidator[], value: unknown): ValidationResult<T> {
  if (typeof value !== "object" || value === null) return { valid: false, issues: issuesOf(envelopes[0]!, value) };
  let best: ValidationIssue[] | undefined;
  let bestRank: number[] | undefined;
  for (const envelope of envelopes) {
    const excluded = isExcluded(envelope, value) ? 1 : 0;
    const missing = missingKeys(value, envelope.required);
    if (bestRank && compare([excluded, missing, 0], bestRank) > 0) continue; // cannot win: skip explaining it
    const issues = issuesOf(envelope, value);
    const wrongRoot = issues.length === 1 && issues[0]!.path === "" && issues[0]!.keyword === "type" ? 1 : 0;
    const rank = [Math.max(excluded, wrongRoot), missing, issues.length];
    if (!bestRank || compare(rank, bestRank) < 0) {
      best = issues;
      bestRank = rank;
    }
  }
  return { valid: false, issues: best! };
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function isExcluded(envelope: EnvelopeValidator, value: unknown): boolean {
  try {
    return excludes(envelope.schema, value);
  } catch {
    return false;
  }
}

function missingKeys(value: unknown, keys: readonly string[]): number {
  let missing = 0;
  for (const key of keys) {
    try {
      if ((value as Record<string, unknown>)[key] === undefined) missing++;
    } catch {
      missing++;
    }
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
