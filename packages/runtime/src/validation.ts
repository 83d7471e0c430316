// The public, never-throwing validation API: a compiled check gives the verdict, and only when it
// fails does the issue collector (explain.ts) walk the value to say why.
import {
  type ExplainOptions,
  type ExplainableSchema,
  type MarkedIssues,
  type ValidationIssue,
  excludes,
  explainMarked,
  jsonTypeOf,
  matchedFields,
  nearer,
  type RankedReading,
  rankIssues,
  ranked,
} from "./explain.js";
import type { JsonType } from "./schema-node.js";
import { issueMessage } from "./issue-message.js";

export type { IssueKeyword, ValidationIssue } from "./explain.js";

/**
 * `N`: the vendor's envelope names (each package passes its `EnvelopeName` union). `issues`: at most
 * `maxIssues` of them (default DEFAULT_MAX_ISSUES, 100); `truncated: true` when the value had more,
 * which were not collected.
 */
export type ValidationResult<T, N extends string = string> =
  | { valid: true; value: T; envelope: N }
  | { valid: false; issues: ValidationIssue[]; truncated?: true };

/** Options of the validate functions. */
export type ValidateOptions = ExplainOptions;

/** One envelope as the validators see it: its check (the verdict) and its explainable schema. */
export interface EnvelopeValidator<N extends string = string> {
  name: N;
  check: (value: unknown) => boolean;
  schema: ExplainableSchema;
  /**
   * The JSON types the root accepts (absent: any; a value of another type ranks last), and its
   * required top-level keys, one list per anyOf branch (a bound on its missing keys, to rank envelopes cheaply).
   */
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

interface Explained extends MarkedIssues {
  truncated: boolean;
}

/** The issues of a value the envelope's check rejected (an issue even if the collector finds none). */
function issuesOf(envelope: EnvelopeValidator, value: unknown, options?: ValidateOptions): Explained {
  try {
    const explained = explainMarked(envelope.schema, value, options);
    return explained.issues.length > 0
      ? explained
      : { issues: [{ path: "", keyword: "not", params: {}, message: "is not valid" }], marks: [], truncated: false };
  } catch (error) {
    return { issues: [exceptionIssue(error)], marks: [], truncated: false };
  }
}

function invalid<T, N extends string = string>({ issues, truncated }: Explained): ValidationResult<T, N> {
  return truncated ? { valid: false, issues, truncated: true } : { valid: false, issues };
}

export function validateWith<T, N extends string = string>(
  envelope: EnvelopeValidator<N>,
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<T, N> {
  if (passes(envelope.check, value)) return { valid: true, value: value as T, envelope: envelope.name };
  if (typeof value !== "object" || value === null) return wrongTypeResult(envelope, value);
  return invalid(issuesOf(envelope, value, options));
}

/**
 * Explains a value that no envelope's check accepted: the issues (up to `maxIssues`) of the
 * envelope nearest to it, by `rankIssues` (runtime/explain.ts): one that neither excludes the value
 * (a root `not` naming another envelope's keys) nor wants another type at the root; then the
 * fewest shape mismatches (an object where a string is wanted...); the fewest values outside a
 * closed list (a code another envelope documents); the fewest missing required keys; the most of
 * the body's fields declared and accepted; the fewest issues; the deepest first issue; then the
 * first in match order. Unions inside an envelope pick their branch the same way.
 */
export function explainUnion<T, N extends string = string>(
  envelopes: readonly EnvelopeValidator<N>[],
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<T, N> {
  try {
    return explainClosest<T, N>(envelopes, value, options);
  } catch (error) {
    return { valid: false, issues: [exceptionIssue(error)] }; // e.g. a revoked proxy, which even Array.isArray rejects
  }
}

function explainClosest<T, N extends string>(
  envelopes: readonly EnvelopeValidator<N>[],
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<T, N> {
  if (typeof value !== "object" || value === null) return wrongTypeResult(envelopes[0]!, value);
  // Cheap bounds first: an envelope that wants another root type or excludes the value ranks
  // behind every one that does not (rank element 1); and one that lacks top-level required keys
  // has at least that many missing (element 4), so once an envelope of the right shape with no
  // foreign values lacks fewer, it cannot win and is not explained. The likeliest go first.
  const type = jsonTypeOf(value);
  const n = envelopes.length;
  const excluded: number[] = [];
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const envelope = envelopes[i]!;
    excluded.push((envelope.types !== undefined && !envelope.types.includes(type!)) || isExcluded(envelope, value) ? 1 : 0);
    let fewest = envelope.required && envelope.required.length > 0 ? Number.POSITIVE_INFINITY : 0;
    for (const keys of envelope.required ?? []) fewest = Math.min(fewest, missingKeys(value, keys));
    missing.push(fewest);
  }
  const order = excluded.map((_, i) => i).sort((a, b) => excluded[a]! - excluded[b]! || missing[a]! - missing[b]! || a - b);
  let best: { index: number; explained: Explained; reading: RankedReading } | undefined;
  for (const i of order) {
    if (best) {
      const rank = best.reading.rank;
      if (excluded[i]! > rank[0]!) break;
      if (rank[0] === 0 && rank[1] === 0 && rank[2] === 0 && missing[i]! > rank[3]!) continue;
    }
    const envelope = envelopes[i]!;
    const explained = issuesOf(envelope, value, options);
    const reading = ranked(explained, rankIssues(explained, "", excluded[i] === 1), () =>
      safely(() => matchedFields(envelope.schema, envelope.schema.root, value, explained.issues, ""), 0),
    );
    // Ties keep the first in match order.
    if (!best || nearer(reading, best.reading) || (i < best.index && !nearer(best.reading, reading))) best = { index: i, explained, reading };
  }
  return invalid(best?.explained ?? issuesOf(envelopes[0]!, value, options));
}

/** How many of the keys the value lacks (own properties). */
function missingKeys(value: unknown, keys: readonly string[]): number {
  let count = 0;
  try {
    for (const key of keys)
      // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
      if (!Object.prototype.hasOwnProperty.call(value, key) || (value as Record<string, unknown>)[key] === undefined) count++;
  } catch {
    return keys.length; // a getter or proxy threw: nothing is known to be there
  }
  return count;
}

function safely<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch {
    return otherwise;
  }
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
  const { issues } = issuesOf(envelope, value);
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

/** Reads `value[key] === expected` without throwing on hostile values. */
export function hasDiscriminant(value: unknown, key: string, expected: string): boolean {
  try {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[key] === expected;
  } catch {
    return false;
  }
}
