// The public, never-throwing validation API: a compiled check gives the verdict, and only when it
// fails does the issue collector (explain.ts) walk the value to say why.
import {
  type ExplainOptions,
  type ExplainableSchema,
  type MarkedIssues,
  type ValidationIssue,
  excludes,
  explainMarked,
  maxIssuesOf,
  jsonTypeOf,
  matchedFields,
  nearer,
  type RankedReading,
  rankIssues,
  ranked,
} from "./explain.js";
import { clearStops } from "./check-stops.js";
import { EXCLUDED, boundLimit } from "./envelope-bounds.js";
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

/**
 * A package's envelope bounds (codegen compiles them from `envelopeFacts`): each envelope's lower
 * bound of its rank for an object or array no envelope accepts (envelope-bounds.ts), given the
 * explanation's cap.
 */
export type EnvelopeBounds = (value: object, maxIssues: number) => number[];

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
function issuesOf(envelope: EnvelopeValidator, value: unknown, options?: ValidateOptions, look?: number): Explained {
  try {
    const explained = explainMarked(envelope.schema, value, options, look);
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
  clearStops(); // `envelope.check` notes where its array walks stop (check-stops.ts)
  const result = validateOne<T, N>(envelope, value, options);
  clearStops(); // a note holds the caller's array
  return result;
}

function validateOne<T, N extends string>(envelope: EnvelopeValidator<N>, value: unknown, options?: ValidateOptions): ValidationResult<T, N> {
  if (passes(envelope.check, value)) return { valid: true, value: value as T, envelope: envelope.name };
  if (typeof value !== "object" || value === null) return wrongTypeResult(envelope, value);
  return invalid(issuesOf(envelope, value, options));
}

/** parseErrorResponse's validation of a body: the first envelope `first` finds (its compiled checks), else the nearest's issues. */
export function unionValidator<T, N extends string>(
  first: (value: unknown) => N | undefined,
  envelopes: readonly EnvelopeValidator<N>[],
  bounds?: EnvelopeBounds,
): (value: unknown, options?: ValidateOptions) => ValidationResult<T, N> {
  return (value, options) => {
    const envelope = first(value);
    // Only a failure walks the schemas: the issue collector explains it.
    return envelope ? { valid: true, value: value as T, envelope } : explainUnion<T, N>(envelopes, value, options, bounds);
  };
}

/**
 * validateErrorResponse of a package: `unionValidator` whose `first` runs the noting checks, which
 * note where their array walks stop (check-stops.ts) for the collectors to resume there; the notes
 * are forgotten before and after.
 */
export function notingUnionValidator<T, N extends string>(
  first: (value: unknown) => N | undefined,
  envelopes: readonly EnvelopeValidator<N>[],
  bounds?: EnvelopeBounds,
): (value: unknown, options?: ValidateOptions) => ValidationResult<T, N> {
  const validate = unionValidator<T, N>(first, envelopes, bounds);
  return (value, options) => {
    clearStops();
    const result = validate(value, options);
    clearStops(); // a note holds the caller's array (an envelope before the valid one may have stopped in it)
    return result;
  };
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
  bounds?: EnvelopeBounds,
): ValidationResult<T, N> {
  try {
    return explainClosest<T, N>(envelopes, value, options, bounds);
  } catch (error) {
    return { valid: false, issues: [exceptionIssue(error)] }; // e.g. a revoked proxy, which even Array.isArray rejects
  }
}

function explainClosest<T, N extends string>(
  envelopes: readonly EnvelopeValidator<N>[],
  value: unknown,
  options?: ValidateOptions,
  compiled?: EnvelopeBounds,
): ValidationResult<T, N> {
  if (typeof value !== "object" || value === null) return wrongTypeResult(envelopes[0]!, value);
  // Cheap lower bounds of each envelope's rank first (envelope-bounds.ts); the likeliest are
  // explained first, and one whose bound already ranks behind the best so far is not explained.
  const maxIssues = maxIssuesOf(options);
  let bounds: number[] | undefined;
  try {
    if (compiled) bounds = compiled(value, maxIssues);
  } catch {
    bounds = undefined; // a getter or proxy that threw: as if none were compiled
  }
  // None compiled, or a getter or proxy that throws: no bound but the exclusions (rank element 1).
  bounds ??= envelopes.map((envelope) => (safely(() => excludes(envelope.schema, value), false) ? EXCLUDED : 0));
  // A first look at each candidate, up to PROBE_ISSUES issues: one that stopped there has a partial
  // rank, which bounds its rank from below (counts only grow), so most readings with many issues
  // (a body meant for another envelope) are never explained whole.
  const whole = PROBE_ISSUES >= maxIssues;
  const first = firstLook(envelopes, nextCandidate(bounds, Number.POSITIVE_INFINITY), bounds, value, options);
  // The usual case: the likeliest envelope's first look is its whole explanation, and puts every other behind it.
  if ((whole || !first.explained.truncated) && nextCandidate(bounds, boundLimit(first.rank)) < 0) return invalid(first.explained);
  return closestOf<T, N>(envelopes, value, options, bounds, first, whole);
}

/** The nearest envelope, from the first look at the likeliest (apart from the usual case above, which stays small). */
function closestOf<T, N extends string>(
  envelopes: readonly EnvelopeValidator<N>[],
  value: object,
  options: ValidateOptions | undefined,
  bounds: number[],
  first: Look,
  whole: boolean,
): ValidationResult<T, N> {
  let best: Look | undefined;
  const partial: Look[] = [];
  // In the order of the bounds (match order among equals), while one may still be nearer than the best.
  for (let look: Look | undefined = first; look; ) {
    if (look.explained.truncated && !whole) partial.push(look);
    else best = nearest(best, withReading(envelopes, value, look));
    const next = nextCandidate(bounds, best ? boundLimit(best.rank) : Number.POSITIVE_INFINITY);
    look = next < 0 ? undefined : firstLook(envelopes, next, bounds, value, options);
  }
  const byNearness = (a: Look, b: Look) => (nearer(a.reading!, b.reading!) ? -1 : nearer(b.reading!, a.reading!) ? 1 : a.index - b.index);
  for (const { index, excluded, rank } of partial.map((look) => withReading(envelopes, value, look)).sort(byNearness)) {
    if (best && prefixBehind(rank, best.rank)) continue;
    const explained = issuesOf(envelopes[index]!, value, options);
    best = nearest(best, withReading(envelopes, value, { index, excluded, explained, rank: rankIssues(explained, "", excluded) }));
  }
  return invalid(best?.explained ?? issuesOf(envelopes[0]!, value, options));
}

/** A look at one envelope: a first look (PROBE_ISSUES issues, a partial rank when cut) or its whole explanation. */
interface Look {
  index: number;
  excluded: boolean;
  explained: Explained;
  rank: number[];
  /** How it compares with others (`nearer`), once it is compared. */
  reading?: RankedReading;
}

/** The first look at envelope `index`, which is then looked at (its bound -1). */
function firstLook(envelopes: readonly EnvelopeValidator[], index: number, bounds: number[], value: object, options?: ValidateOptions): Look {
  const excluded = bounds[index]! >= EXCLUDED;
  bounds[index] = -1;
  const explained = issuesOf(envelopes[index]!, value, options, PROBE_ISSUES);
  return { index, excluded, explained, rank: rankIssues(explained, "", excluded) };
}

/** The look, ready to compare: the fields it explains are counted only when the ranks before them tie. */
function withReading(envelopes: readonly EnvelopeValidator[], value: unknown, look: Look): Look {
  const { schema } = envelopes[look.index]!;
  look.reading ??= ranked(look.explained, look.rank, () => safely(() => matchedFields(schema, schema.root, value, look.explained.issues, ""), 0));
  return look;
}

/** The envelope with the lowest bound not above `limit` (the first of equals) not yet looked at (-1); none: -1. */
function nextCandidate(bounds: readonly number[], limit: number): number {
  let i = -1;
  for (let j = 0; j < bounds.length; j++) if (bounds[j]! >= 0 && bounds[j]! <= limit && (i < 0 || bounds[j]! < bounds[i]!)) i = j;
  return i;
}

/** Issues a first look at an envelope collects; one that may have more is looked at whole only if it may still be the nearest. */
const PROBE_ISSUES = 1;

/** The nearer of two; ties keep the first in match order. */
function nearest(best: Look | undefined, look: Look): Look {
  if (!best || nearer(look.reading!, best.reading!) || (look.index < best.index && !nearer(best.reading!, look.reading!))) return look;
  return best;
}

/** Whether a partial rank (elements 1-4 of a cut explanation, each at most the whole one's) already ranks behind `rank`. */
function prefixBehind(partial: readonly number[], rank: readonly number[]): boolean {
  for (let i = 0; i < 4; i++) if (partial[i] !== rank[i]) return partial[i]! > rank[i]!;
  return false;
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

/** The last answer, checked first: a caller that validates non-objects usually does so with one vendor, one type. */
let lastWrongType: { envelope: EnvelopeValidator; type: string; result: ValidationResult<never, never> } | undefined;

function wrongTypeResult<T, N extends string>(envelope: EnvelopeValidator<N>, value: unknown): ValidationResult<T, N> {
  const type = jsonTypeOf(value) ?? typeof value;
  if (lastWrongType?.envelope === envelope && lastWrongType.type === type) return lastWrongType.result;
  let byType = wrongTypeResults.get(envelope);
  const cached = byType?.get(type);
  if (cached) {
    lastWrongType = { envelope, type, result: cached };
    return cached;
  }
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
  lastWrongType = { envelope, type, result };
  return result;
}

/** Reads `value[key] === expected` without throwing on hostile values. */
export function hasDiscriminant(value: unknown, key: string, expected: string): boolean {
  try {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[key] === expected;
  } catch {
    return false;
  }
}
