// Turns precompiled AJV validators into the public, never-throwing validation API.

/** One problem found in a value: where (JSON Pointer into the value), what rule, and why. */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

export type ValidationResult<T> =
  | { valid: true; value: T; envelope: string }
  | { valid: false; issues: ValidationIssue[] };

/** The error shape AJV's standalone code leaves in `validate.errors`. */
interface RawError {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** A precompiled AJV validator, as emitted by AJV standalone code. */
export interface RawValidator {
  (data: unknown): boolean;
  errors?: RawError[] | null;
}

/** Thrown by the assert functions; carries every issue found. */
export class ErrorResponseValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    const first = issues[0];
    super(first ? `Invalid error response at "${first.path}": ${first.message}` : "Invalid error response");
    this.name = "ErrorResponseValidationError";
    this.issues = issues;
  }
}

/** Replaceable in one place: how an AJV error becomes a human-readable message. */
export function describeRawError(error: RawError): string {
  if (error.keyword === "required" && typeof error.params?.missingProperty === "string") {
    return `must have required property "${error.params.missingProperty}"`;
  }
  if (error.keyword === "const" && error.params && "allowedValue" in error.params) {
    return `must be ${JSON.stringify(error.params.allowedValue)}`;
  }
  return error.message ?? `must pass "${error.keyword}"`;
}

function toIssues(errors: RawError[] | null | undefined): ValidationIssue[] {
  if (!errors || errors.length === 0) return [{ path: "", keyword: "unknown", message: "is not valid" }];
  return errors.map((error) => ({
    path: issuePath(error),
    keyword: error.keyword,
    message: describeRawError(error),
  }));
}

/** Points a missing-property issue at the property itself, so the path names what to fix. */
function issuePath(error: RawError): string {
  const missing = error.params?.missingProperty;
  if (error.keyword === "required" && typeof missing === "string") {
    return `${error.instancePath}/${missing.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  }
  return error.instancePath;
}

function exceptionIssue(error: unknown): ValidationIssue {
  const reason = error instanceof RangeError ? "is nested too deeply to validate" : "could not be read (a getter or proxy threw)";
  return { path: "", keyword: "exception", message: reason };
}

/** A guard never throws: hostile values (throwing getters, revoked proxies) are simply not valid. */
export function passes(check: (value: unknown) => boolean, value: unknown): boolean {
  try {
    return check(value);
  } catch {
    return false;
  }
}

export function validateWith<T>(raw: RawValidator, value: unknown, envelope: string): ValidationResult<T> {
  try {
    if (raw(value)) return { valid: true, value: value as T, envelope };
    return { valid: false, issues: toIssues(raw.errors) };
  } catch (error) {
    return { valid: false, issues: [exceptionIssue(error)] };
  }
}

/**
 * Validates against the union of envelopes. When none accepts the value, reports the issues of
 * the envelope that got furthest into it (deepest first issue), which is the one the sender meant.
 * Only envelopes whose required top-level keys the value all has are asked (all, if there are none);
 * a primitive, where every envelope wants an object or array, is answered by the first envelope.
 */
export function validateUnion<T>(
  envelopes: readonly (readonly [string, RawValidator, readonly string[]])[],
  value: unknown,
  rootsAreContainers: boolean,
): ValidationResult<T> {
  if (rootsAreContainers && (typeof value !== "object" || value === null)) {
    const [name, raw] = envelopes[0]!;
    return validateWith<T>(raw, value, name);
  }
  const candidates = envelopes.filter(([, , required]) => required.length > 0 && hasKeys(value, required));
  let best: ValidationIssue[] | undefined;
  let bestDepth = -1;
  for (const [name, raw] of candidates.length > 0 ? candidates : envelopes) {
    const result = validateWith<T>(raw, value, name);
    if (result.valid) return result;
    const depth = pointerDepth(result.issues[0]?.path ?? "");
    if (depth > bestDepth) {
      best = result.issues;
      bestDepth = depth;
    }
  }
  return { valid: false, issues: best ?? [{ path: "", keyword: "oneOf", message: "matches no error envelope" }] };
}

function hasKeys(value: unknown, keys: readonly string[]): boolean {
  try {
    return keys.every((key) => (value as Record<string, unknown>)[key] !== undefined);
  } catch {
    return false;
  }
}

function pointerDepth(pointer: string): number {
  let depth = 0;
  for (let i = 0; i < pointer.length; i++) if (pointer.charCodeAt(i) === 47 /* "/" */) depth++;
  return depth;
}

/** Reads `value[key] === expected` without throwing on hostile values. */
export function hasDiscriminant(value: unknown, key: string, expected: string): boolean {
  try {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[key] === expected;
  } catch {
    return false;
  }
}
