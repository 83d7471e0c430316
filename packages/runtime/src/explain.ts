// The issue collector: walks the schema IR (schema-node.ts, shipped as data) over a value that its
// compiled check rejected, and reports its issues, each at the deepest JSON Pointer that explains
// it. It runs only after a check failed, so the fast path never pays for it. It finds an issue
// exactly when the value is invalid, reads own properties only (as JSON Schema means), and stops
// at a cap (DEFAULT_MAX_ISSUES), so no value can make it allocate without bound.
import { ucs2length } from "./length.js";
import { issueMessage } from "./issue-message.js";
import type { IssueKeyword, ValidationIssue } from "./issue.js";
import { DOCUMENTED_ELSEWHERE, FOREIGN_VALUE, SHAPE_MISMATCH } from "./issue-marks.js";
import { duplicateItem, jsonEqual } from "./json-equal.js";
import { isMultipleOf } from "./multiple-of.js";
import type { ArrayNode, DiscriminatedNode, JsonType, ObjectNode, ScalarNode, SchemaGraph, SchemaNode, StringNode } from "./schema-node.js";
import { escapeToken } from "./pointer.js";

export type { IssueKeyword, ValidationIssue } from "./issue.js";

/**
 * A shipped envelope: its IR plus the compiled checks of the definitions that have one, so the
 * collector skips a valid subtree at compiled speed and walks only what fails.
 */
export interface ExplainableSchema extends SchemaGraph {
  checks: Record<string, (value: unknown) => boolean>;
  /**
   * The generator's compiled collectors (a vendor package's src/collectors.ts) of the root and of definitions: the
   * same issues and marks as the walk of the IR, at compiled speed. Absent: the IR is walked.
   */
  collectRoot?: Collector;
  collectors?: Record<string, Collector>;
}

/** A schema with its compiled collectors (a vendor package's src/collectors.ts): a new object, the schema is left as it is. */
export function withCollectors(schema: ExplainableSchema, collectRoot: Collector | undefined, collectors: Record<string, Collector>): ExplainableSchema {
  return { ...schema, collectRoot, collectors };
}

/** A compiled collector: adds the issues of `value` at `path` to `out` (what `collectNode` does for its node). */
export type Collector = (value: any, path: string, out: IssueSink) => void;

/** How many issues an explanation reports at most, unless told otherwise (`maxIssues`). */
export const DEFAULT_MAX_ISSUES = 100;

export interface ExplainOptions {
  /** Stop after this many issues (default DEFAULT_MAX_ISSUES); the result says it was cut. */
  maxIssues?: number;
}

export interface Explanation {
  issues: ValidationIssue[];
  /** There were more issues than `maxIssues`: the rest were not collected. */
  truncated: boolean;
}

/** Issues as collected, each with its marks for ranking (issue-marks.ts; `marks[i]` is issue i's, absent: none). */
export interface MarkedIssues {
  issues: ValidationIssue[];
  marks: number[];
}

/** Where issues go, and how many it takes: collecting stops when it is full. */
interface Sink extends MarkedIssues {
  limit: number;
  /** Collecting stopped short: an issue was turned away, or a walk found the sink full and returned (there may be more). */
  cut: boolean;
  /** How many issues a union branch's own sink takes: the explanation's cap, even while only its first issues are looked at. */
  branchLimit: number;
}

/** Where collected issues go (compiled collectors add to it with `issueAt`, `typeIssueAt` and `collectNode`). */
export type IssueSink = Sink;

function full(sink: Sink): boolean {
  if (sink.issues.length < sink.limit) return false;
  sink.cut = true; // whoever asks stops short
  return true;
}
const sinkOf = (limit: number, branchLimit = limit): Sink => ({ issues: [], marks: [], limit, cut: false, branchLimit });

/** The value's issues, at most `maxIssues` of them (one more is looked for, to know whether any were cut). */
export function explainValue(schema: ExplainableSchema, value: unknown, options: ExplainOptions = {}): Explanation {
  const { issues, truncated } = explainMarked(schema, value, options);
  return { issues, truncated };
}

/**
 * `explainValue` with each issue's marks, for ranking the explanation against others (validation.ts).
 * `look`: a first look, which stops at that many issues, the first of the whole explanation (unions
 * inside still choose their branch from up to `maxIssues` issues); `truncated` then says that there
 * may be more. A whole explanation looks for one more issue than it keeps, to know whether it was cut.
 */
export function explainMarked(schema: ExplainableSchema, value: unknown, options?: ExplainOptions, look?: number): Explanation & MarkedIssues {
  const whole = maxIssuesOf(options);
  const first = look !== undefined && look < whole;
  const max = first ? look : whole;
  const sink = sinkOf(first ? look : whole + 1, whole + 1);
  if (schema.collectRoot) schema.collectRoot(value, "", sink);
  else collect(schema, schema.root, value, "", sink);
  const truncated = first ? sink.cut : sink.issues.length > max;
  if (sink.issues.length > max) sink.issues.length = max;
  for (const found of sink.issues) if (found.message === "") found.message = issueMessage(found.keyword, found.params);
  return { issues: sink.issues, marks: sink.marks, truncated };
}

export function explain(schema: ExplainableSchema, value: unknown, options: ExplainOptions = {}): ValidationIssue[] {
  return explainValue(schema, value, options).issues;
}

/** A positive whole number of issues; anything else is the default. */
export function maxIssuesOf(options: ExplainOptions | undefined): number {
  const max = options?.maxIssues;
  return typeof max === "number" && max >= 1 ? Math.floor(max) : DEFAULT_MAX_ISSUES;
}

/** Whether the value passes the node (the collector's own verdict, used for `not`, `if`, `anyOf`...): stops at the first issue. */
function accepts(schema: ExplainableSchema, node: SchemaNode, value: unknown, path: string): boolean {
  if (quickAccepts(schema, node, value)) return true;
  if (node.kind === "ref" && schema.checks[node.key]) return false; // its compiled check said no
  const sink = sinkOf(1);
  collect(schema, node, value, path, sink);
  return sink.issues.length === 0;
}

function issue(out: Sink, path: string, keyword: IssueKeyword, params: Record<string, unknown>): ValidationIssue | undefined {
  if (full(out)) return undefined;
  // The message is written once the explanation is chosen (`explainMarked`): a union's losing branches need none.
  const found: ValidationIssue = { path, keyword, params, message: "" };
  out.issues.push(found);
  return found;
}

/** Marks the issue just added (`issue` returned it: the sink was not full). An issue never marked has no entry. */
function markLast(out: Sink, bits: number): void {
  out.marks[out.issues.length - 1]! |= bits;
}

/**
 * Type issues where the reading wants an object or an array and the value is not one: a reading
 * of another shape (`rankIssues`). An object where a string is wanted is a plain issue: a value
 * that may have been put in the wrong place.
 */
const CONTAINERS = /^(object|array)(,(object|array))*$/;

function typeIssue(out: Sink, path: string, type: string, value: unknown): void {
  const found = issue(out, path, "type", { type });
  if (found && (type === "object" || type === "array" || (type.includes(",") && CONTAINERS.test(type)))) markLast(out, SHAPE_MISMATCH);
}

/**
 * Issues that say the value was meant for another reading (`rankIssues`): a value outside a closed
 * list (twice as telling when it has the list's type: a code another reading documents), or what
 * the reading excludes (`not`, `false`).
 */
function outside(out: Sink, found: ValidationIssue | undefined, value: unknown, allowed: readonly unknown[]): void {
  if (!found) return;
  // Of the right type, it is most likely a value another reading documents: it counts twice.
  markLast(out, documentedType(value, allowed) ? FOREIGN_VALUE | DOCUMENTED_ELSEWHERE : FOREIGN_VALUE);
}

/** Whether the list has a value of the value's type (any number for a number). */
function documentedType(value: unknown, allowed: readonly unknown[]): boolean {
  const type = jsonTypeOf(value);
  for (const a of allowed) if (jsonTypeOf(a) === type || (typeof a === "number" && typeof value === "number")) return true;
  return false;
}

/** Adds issues found for a reading (kept as they are, so their marks stay), up to the cap. */
function adopt(out: Sink, { issues, marks }: MarkedIssues): void {
  for (let i = 0; i < issues.length; i++) {
    if (full(out)) return;
    out.issues.push(issues[i]!);
    if (marks[i]) out.marks[out.issues.length - 1] = marks[i]!;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
// biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
const hasOwn = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);
/** An own property's value, or undefined. */
const own = (value: Record<string, unknown>, key: string): unknown => (hasOwn(value, key) ? value[key] : undefined);
const UNSAFE_TOKEN = /[~/]/;
const child = (path: string, key: string | number): string =>
  `${path}/${typeof key === "number" || !UNSAFE_TOKEN.test(key) ? key : escapeToken(key)}`;

/** Collects the issues of a child value; the pointer is built only when there is something to explain. */
function collectChild(schema: ExplainableSchema, node: SchemaNode, value: unknown, path: string, key: string | number, out: Sink): void {
  if (!quickAccepts(schema, node, value)) collectRejected(schema, node, value, child(path, key), out);
}

/** Collects a node `quickAccepts` turned down: a reference's definition is walked at once, its compiled check not run again. */
function collectRejected(schema: ExplainableSchema, node: SchemaNode, value: unknown, path: string, out: Sink): void {
  if (node.kind === "ref") collectDefinition(schema, node.key, value, path, out);
  else collect(schema, node, value, path, out);
}

/** Walks a definition: with its compiled collector when it has one. */
function collectDefinition(schema: ExplainableSchema, key: string, value: unknown, path: string, out: Sink): void {
  const compiled = schema.collectors?.[key];
  if (compiled) compiled(value, path, out);
  else collect(schema, schema.definitions[key]!, value, path, out);
}

/** A valid child is usually one test (a type, a compiled definition check): no walk, no pointer. */
function quickAccepts(schema: ExplainableSchema, node: SchemaNode, value: unknown): boolean {
  switch (node.kind) {
    case "any":
      return true;
    case "ref":
      return schema.checks[node.key]?.(value) === true;
    case "string":
      return (
        node.typed &&
        node.minLength === undefined &&
        node.maxLength === undefined &&
        node.pattern === undefined &&
        typeof value === "string"
      );
    case "integer":
    case "number":
    case "boolean":
    case "null":
      return node.typed !== false && hasType(node.kind, value) && withinBounds(node, value as number) === undefined;
    case "literal":
      return value === node.value;
    default:
      return false;
  }
}

function hasType(type: JsonType, value: unknown): boolean {
  switch (type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value); // AJV's strict integer: finite, no fraction
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
  }
}

function typeOf(node: SchemaNode): JsonType | undefined {
  switch (node.kind) {
    case "object":
    case "array":
    case "string":
      return node.typed ? node.kind : undefined;
    case "integer":
    case "number":
    case "boolean":
    case "null":
      return node.typed === false ? undefined : node.kind;
    default:
      return undefined;
  }
}

/** The first bound a number breaks, as an issue's keyword and params; undefined: within every bound. */
function withinBounds(node: ScalarNode, value: number): [IssueKeyword, Record<string, unknown>] | undefined {
  if (node.minimum !== undefined && !(value >= node.minimum)) return ["minimum", { comparison: ">=", limit: node.minimum }];
  if (node.maximum !== undefined && !(value <= node.maximum)) return ["maximum", { comparison: "<=", limit: node.maximum }];
  if (node.exclusiveMinimum !== undefined && !(value > node.exclusiveMinimum))
    return ["exclusiveMinimum", { comparison: ">", limit: node.exclusiveMinimum }];
  if (node.exclusiveMaximum !== undefined && !(value < node.exclusiveMaximum))
    return ["exclusiveMaximum", { comparison: "<", limit: node.exclusiveMaximum }];
  if (node.multipleOf !== undefined && !isMultipleOf(value, node.multipleOf)) return ["multipleOf", { multipleOf: node.multipleOf }];
  return undefined;
}

/** Adds an issue unless the rule holds. */
/** A count (items, properties, characters) below its least or above its most is an issue of that keyword. */
function countWithin(
  count: number,
  least: number | undefined,
  most: number | undefined,
  out: Sink,
  path: string,
  below: IssueKeyword,
  above: IssueKeyword,
): void {
  if (least !== undefined) expect(count >= least, out, path, below, { limit: least });
  if (most !== undefined) expect(count <= most, out, path, above, { limit: most });
}

function expect(holds: boolean, out: Sink, path: string, keyword: IssueKeyword, params: Record<string, unknown>): void {
  if (!holds) issue(out, path, keyword, params);
}

/** For compiled collectors: an issue at `path` (none once the sink is full). */
export function issueAt(out: IssueSink, path: string, keyword: IssueKeyword, params: Record<string, unknown>): void {
  issue(out, path, keyword, params);
}

/** For compiled collectors: the value at `path` is not of `type` (a list of types: none of them). */
export function typeIssueAt(out: IssueSink, path: string, type: string): void {
  typeIssue(out, path, type, undefined);
}

/** For compiled collectors: `value` is outside the closed list `allowed` (an `enum`), marked as the walk marks it (`outside`). */
export function enumIssueAt(out: IssueSink, path: string, value: unknown, allowed: readonly unknown[]): void {
  outside(out, issue(out, path, "enum", { allowedValues: allowed }), value, allowed);
}

/** For compiled collectors: whether the sink has all the issues it takes (collecting more adds nothing). */
export const sinkFull = full;

/** For compiled collectors: a child's JSON Pointer (a property name escaped). */
export const childPointer = child;

/** For compiled collectors: an empty sink for one union branch's issues (as many as `out` takes). */
export function branchSink(out: IssueSink): IssueSink {
  return sinkOf(out.branchLimit);
}

/** For compiled collectors: no branch of a union matched; the nearest explains it (`collectNearest`). */
export function nearestBranch(schema: ExplainableSchema, branches: SchemaNode[], failed: IssueSink[], value: unknown, path: string, out: IssueSink): void {
  collectNearest(schema, branches, failed, value, path, out);
}

/** Collects the issues of a value against a node of the IR: compiled collectors hand the nodes they do not compile to it. */
export function collectNode(schema: ExplainableSchema, node: SchemaNode, value: unknown, path: string, out: IssueSink): void {
  collect(schema, node, value, path, out);
}

function collect(schema: ExplainableSchema, node: SchemaNode, value: unknown, path: string, out: Sink): void {
  switch (node.kind) {
    case "any":
      break;
    case "never": {
      const found = issue(out, path, "false schema", {});
      if (found) markLast(out, FOREIGN_VALUE); // a key this reading excludes is there
      break;
    }
    case "object":
      collectObject(schema, node, value, path, out);
      break;
    case "array":
      collectArray(schema, node, value, path, out);
      break;
    case "string":
      collectString(node, value, path, out);
      break;
    case "integer":
    case "number":
    case "boolean":
    case "null": {
      if (node.typed === false ? typeof value !== "number" : !hasType(node.kind, value)) {
        if (node.typed !== false) typeIssue(out, path, node.kind, value);
        break;
      }
      const broken = withinBounds(node, value as number);
      if (broken) issue(out, path, broken[0], broken[1]);
      break;
    }
    case "types": {
      const option = node.options.find((o) => hasType(typeOf(o)!, value));
      if (option) collect(schema, option, value, path, out);
      else typeIssue(out, path, node.options.map(typeOf).join(","), value);
      break;
    }
    case "literal":
      if (!jsonEqual(value, node.value)) outside(out, issue(out, path, "const", { allowedValue: node.value }), value, [node.value]);
      break;
    case "enum":
      if (!node.values.some((allowed) => jsonEqual(value, allowed))) outside(out, issue(out, path, "enum", { allowedValues: node.values }), value, node.values);
      break;
    case "openEnum":
      if (typeof value !== "string") typeIssue(out, path, "string", value);
      break;
    case "ref":
      // A definition its compiled check accepts has nothing to explain: skip it at compiled speed.
      if (!schema.checks[node.key]?.(value)) collectDefinition(schema, node.key, value, path, out);
      break;
    case "anyOf":
      collectAnyOf(schema, node.branches, value, path, out);
      break;
    case "oneOf":
      collectOneOf(schema, node.branches, value, path, out);
      break;
    case "not":
      if (accepts(schema, node.node, value, path)) {
        const wanted = someValue(node.node);
        const candidates = wanted === undefined ? [] : Array.isArray(value) ? value.map((_, i) => i) : isObject(value) ? Object.keys(value) : [];
        // "Some item (property) is an X" and none is: the rule, at the container, then how the nearest candidate falls short.
        const found = issue(out, path, wanted && Array.isArray(value) ? "contains" : "not", {});
        if (found && !wanted) markLast(out, FOREIGN_VALUE); // the value has what this reading excludes
        if (wanted && candidates.length > 0) collectSome(schema, wanted, value as Record<string, unknown>, candidates, path, out);
      }
      break;
    case "conditional": {
      const branch = accepts(schema, node.if, value, path) ? node.thenNode : node.elseNode;
      if (branch) collect(schema, branch, value, path, out);
      break;
    }
    case "discriminated":
      collectDiscriminated(schema, node, value, path, out);
      break;
    case "openUnion": {
      if (!isObject(value)) {
        typeIssue(out, path, "object", value);
        break;
      }
      const union = schema.definitions[node.union] as DiscriminatedNode;
      const tag = own(value, node.tag);
      // The tag selects the branch: a known code is explained by its own definition only.
      const known = typeof tag === "string" ? caseOf(union, tag) : undefined;
      if (known) collectDefinition(schema, known, value, path, out);
      else collect(schema, node.catchAll, value, path, out);
      break;
    }
    case "all": {
      // A `not`, `anyOf` or `oneOf` beside other rules is reported only when nothing more precise is.
      const before = out.issues.length;
      for (const part of node.nodes) if (!isDeferred(part)) collect(schema, part, value, path, out);
      if (out.issues.length === before) for (const part of node.nodes) if (isDeferred(part)) collect(schema, part, value, path, out);
      break;
    }
  }
}

/**
 * `not: { additionalProperties: { not: X } }` says "some property is an X" (e.g. "some field of
 * data is a refused mutation payload"), and `not: { items: { not: X } }` "some item is an X": the
 * X such a node names.
 */
function someValue(node: SchemaNode): SchemaNode | undefined {
  if (node.kind === "array") {
    const { kind: _kind, typed: _typed, items, ...rules } = node;
    return items?.kind === "not" && Object.keys(rules).length === 0 ? items.node : undefined;
  }
  if (node.kind !== "object" || node.additional?.kind !== "not" || node.properties.length > 0 || node.required.length > 0) return undefined;
  const { patterns, names, minProperties, maxProperties, dependencies } = node;
  return patterns || names || minProperties !== undefined || maxProperties !== undefined || dependencies ? undefined : node.additional.node;
}

/** No property (or item) is an X: how the one nearest to being one falls short (ranked as union branches are). */
function collectSome(
  schema: ExplainableSchema,
  wanted: SchemaNode,
  value: Record<string | number, unknown>,
  candidates: (string | number)[],
  path: string,
  out: Sink,
): void {
  let best: RankedReading | undefined;
  for (const key of candidates.length > out.branchLimit ? candidates.slice(0, out.branchLimit) : candidates) {
    const at = child(path, key);
    const sink = sinkOf(out.branchLimit);
    collect(schema, wanted, value[key], at, sink);
    const reading = ranked(sink, rankIssues(sink, at), () => matchedFields(schema, wanted, value[key], sink.issues, at));
    if (!best || nearer(reading, best)) best = reading;
  }
  adopt(out, best!);
}

function collectObject(schema: ExplainableSchema, node: ObjectNode, value: unknown, path: string, out: Sink): void {
  if (!isObject(value)) {
    if (node.typed) typeIssue(out, path, "object", value);
    return;
  }
  for (const name of node.required) if (own(value, name) === undefined) issue(out, child(path, name), "required", { missingProperty: name });
  if (node.minProperties !== undefined || node.maxProperties !== undefined) {
    const count = Object.keys(value).length;
    countWithin(count, node.minProperties, node.maxProperties, out, path, "minProperties", "maxProperties");
  }
  for (const property of node.properties) {
    if (full(out)) return;
    const item = own(value, property.name);
    if (item !== undefined) collectChild(schema, property.node, item, path, property.name, out);
  }
  for (const dependency of node.dependencies ?? []) {
    if (own(value, dependency.name) === undefined) continue;
    for (const name of dependency.required ?? [])
      if (own(value, name) === undefined)
        issue(out, child(path, name), "dependencies", { property: dependency.name, missingProperty: name, deps: dependency.required });
    if (dependency.node) collect(schema, dependency.node, value, path, out);
  }
  if (!node.names && !node.patterns && !node.additional) return;
  const patterns = (node.patterns ?? []).map((p) => ({ regex: regexOf(p.pattern), node: p.node }));
  for (const key of Object.keys(value)) {
    if (full(out)) return;
    if (node.names && !accepts(schema, node.names, key, path)) issue(out, child(path, key), "propertyNames", { propertyName: key });
    let matched = false;
    for (const pattern of patterns) {
      if (!pattern.regex.test(key)) continue;
      matched = true;
      collectChild(schema, pattern.node, value[key], path, key, out);
    }
    if (node.additional && !matched && !node.properties.some((p) => p.name === key))
      collectChild(schema, node.additional, value[key], path, key, out);
  }
}

function collectArray(schema: ExplainableSchema, node: ArrayNode, value: unknown, path: string, out: Sink): void {
  if (!Array.isArray(value)) {
    if (node.typed) typeIssue(out, path, "array", value);
    return;
  }
  countWithin(value.length, node.minItems, node.maxItems, out, path, "minItems", "maxItems");
  const tuple = node.tuple ?? [];
  for (let i = 0; i < tuple.length && i < value.length; i++) collectChild(schema, tuple[i]!, value[i], path, i, out);
  if (node.items) {
    for (let i = tuple.length; i < value.length; i++) {
      if (full(out)) return;
      if (node.items.kind === "never" && tuple.length > 0) {
        issue(out, path, "additionalItems", { limit: tuple.length });
        break;
      }
      collectChild(schema, node.items, value[i], path, i, out);
    }
  }
  if (node.contains && !value.some((item, i) => accepts(schema, node.contains!, item, child(path, i)))) issue(out, path, "contains", {});
  if (node.uniqueItems) {
    const i = duplicateItem(value);
    if (i !== -1) issue(out, path, "uniqueItems", { i, j: value.findIndex((item) => jsonEqual(item, value[i])) });
  }
}

const patterns = new Map<string, RegExp>();

function regexOf(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, "u");
    patterns.set(pattern, regex);
  }
  return regex;
}

function collectString(node: StringNode, value: unknown, path: string, out: Sink): void {
  if (typeof value !== "string") {
    if (node.typed) typeIssue(out, path, "string", value);
    return;
  }
  if (node.minLength !== undefined || node.maxLength !== undefined) {
    const length = ucs2length(value);
    countWithin(length, node.minLength, node.maxLength, out, path, "minLength", "maxLength");
  }
  if (node.pattern !== undefined) expect(regexOf(node.pattern).test(value), out, path, "pattern", { pattern: node.pattern });
}

const isDeferred = (part: SchemaNode): boolean => part.kind === "not" || part.kind === "anyOf" || part.kind === "oneOf";

/**
 * One branch's verdict (as `accepts` gives it) and, when it fails, its issues (`out.limit` of them),
 * from one walk: a failing branch is not walked again to explain it. A reference whose compiled
 * check rejected the value fails, whatever its walk finds.
 */
function tryBranch(schema: ExplainableSchema, branch: SchemaNode, value: unknown, path: string, out: Sink): Sink | undefined {
  if (quickAccepts(schema, branch, value)) return undefined;
  const sink = sinkOf(out.branchLimit);
  collectRejected(schema, branch, value, path, sink);
  return sink.issues.length === 0 && !(branch.kind === "ref" && schema.checks[branch.key]) ? undefined : sink;
}

function collectAnyOf(schema: ExplainableSchema, branches: SchemaNode[], value: unknown, path: string, out: Sink): void {
  const failed: Sink[] = [];
  for (const branch of branches) {
    const sink = tryBranch(schema, branch, value, path, out);
    if (!sink) return;
    failed.push(sink);
  }
  collectNearest(schema, branches, failed, value, path, out);
}

function collectOneOf(schema: ExplainableSchema, branches: SchemaNode[], value: unknown, path: string, out: Sink): void {
  const passing: number[] = [];
  const failed: Sink[] = [];
  for (let i = 0; i < branches.length && passing.length < 2; i++) {
    const sink = tryBranch(schema, branches[i]!, value, path, out);
    if (sink) failed.push(sink);
    else passing.push(i);
  }
  if (passing.length === 1) return;
  if (passing.length === 0) collectNearest(schema, branches, failed, value, path, out);
  else issue(out, path, "oneOf", { passingSchemas: passing });
}

/**
 * No branch matched: the nearest explains it (see `rankIssues`; the first of equals); when the
 * value's type fits none, one issue names the types wanted. `failed`: each branch's issues.
 */
function collectNearest(schema: ExplainableSchema, branches: SchemaNode[], failed: Sink[], value: unknown, path: string, out: Sink): void {
  if (branches.length === 0) {
    issue(out, path, "anyOf", {});
    return;
  }
  // Rank element 1 decides most unions, with no ranking to build: one branch alone takes the
  // value's type (it is the nearest), or none does (one issue names the types they want).
  let takes = -1;
  let taking = 0;
  for (let i = 0; i < failed.length; i++)
    if (!wantsAnotherType(failed[i]!.issues, path)) {
      takes = i;
      taking++;
    }
  if (taking === 0) {
    const types: string[] = [];
    for (const sink of failed) {
      const type = String(sink.issues[0]!.params.type);
      if (!types.includes(type)) types.push(type);
    }
    typeIssue(out, path, types.join(","), value);
    return;
  }
  if (taking === 1) {
    adopt(out, failed[takes]!);
    return;
  }
  const readings = branches.map((branch, i) => {
    const sink = failed[i]!;
    return ranked(sink, rankIssues(sink, path), () => matchedFields(schema, branch, value, sink.issues, path));
  });
  adopt(out, readings.reduce((a, b) => (nearer(b, a) ? b : a)));
}

/**
 * How near a reading (an envelope, a union branch) is to a value it rejects, as a rank compared
 * element by element, lowest first:
 * 1. it wants another type at the root, or excludes the value outright (a root `not`);
 * 2. its shape differs at its top (the value or one of its fields): it wants an object or an array
 *    where the value has something else (the right shape with a wrong leaf is nearer);
 * 3. values outside its closed lists (counted twice when of the list's type: a tag or code that
 *    another reading documents), and values it excludes (`not`, `false`);
 * 4. its own required keys (at the top of the reading) that the value lacks: the discriminating
 *    fields that are not there (a key missing deeper is an issue like any other);
 * 5. fewer of the value's fields that it declares and accepts (how much of the value it explains);
 * 6. the issues;
 * 7. shallower issues (the deeper the first issue, the more of the value matched).
 * Ties keep the first in match order.
 */
export function rankIssues({ issues, marks }: MarkedIssues, at: string, excluded = false): number[] {
  const wrongRoot = excluded || wantsAnotherType(issues, at) ? 1 : 0;
  let foreign = 0;
  let missing = 0;
  let shape = 0;
  for (let i = 0; i < issues.length; i++) {
    const found = issues[i]!;
    const mark = marks[i] ?? 0;
    if (mark & FOREIGN_VALUE) foreign += mark & DOCUMENTED_ELSEWHERE ? 2 : 1;
    // Missing keys and other shapes tell readings apart at their top (the value itself or its fields).
    else if (found.keyword === "required") {
      if (isTop(found.path, at)) missing++;
    } else if (mark & SHAPE_MISMATCH && isTop(found.path, at)) shape++;
  }
  // Elements 5 (the fields explained) and 7 (the shallowest issue) cost a walk or a read of every
  // pointer: `nearer` fills them in only when the elements before them tie (NaN until then).
  return [wrongRoot, shape, foreign, missing, Number.NaN, issues.length, Number.NaN];
}

/** Rank element 1 without exclusions: the reading's one issue is that the value at `at` has another type. */
function wantsAnotherType(issues: readonly ValidationIssue[], at: string): boolean {
  return issues.length === 1 && issues[0]!.path === at && issues[0]!.keyword === "type";
}

/** A pointer at most one token below `at`. */
const isTop = (path: string, at: string): boolean => path.lastIndexOf("/") <= at.length;

/** A reading's explanation, its rank, and how to count the fields it explains (when the rank needs it). */
export interface RankedReading extends MarkedIssues {
  rank: number[];
  matched: () => number;
}

export function ranked({ issues, marks }: MarkedIssues, rank: number[], matched: () => number): RankedReading {
  return { issues, marks, rank, matched };
}

/** Whether reading a is strictly nearer than b (`rankIssues`, element by element). */
export function nearer(a: RankedReading, b: RankedReading): boolean {
  for (let i = 0; i < a.rank.length; i++) {
    if (i === 4 || i === 6) {
      if (Number.isNaN(a.rank[i])) a.rank[i] = i === 4 ? -a.matched() : -shallowest(a.issues);
      if (Number.isNaN(b.rank[i])) b.rank[i] = i === 4 ? -b.matched() : -shallowest(b.issues);
    }
    if (a.rank[i] !== b.rank[i]) return a.rank[i]! < b.rank[i]!;
  }
  return false;
}

/** The depth of the shallowest issue (Infinity: none). */
function shallowest(issues: readonly ValidationIssue[]): number {
  let depth = Number.POSITIVE_INFINITY;
  for (const found of issues) depth = Math.min(depth, depthOf(found.path));
  return depth;
}

/** The number of tokens of a JSON Pointer. */
function depthOf(pointer: string): number {
  let depth = 0;
  for (let i = 0; i < pointer.length; i++) if (pointer.charCodeAt(i) === 47) depth++;
  return depth;
}

/**
 * How much of a value a reading explains: its declared fields that are present and have no issue,
 * counted through nested objects and arrays down to where the issues are (a field with an issue
 * below it counts the fields inside it that have none).
 */
export function matchedFields(schema: SchemaGraph, node: SchemaNode, value: unknown, issues: readonly ValidationIssue[], at: string): number {
  // Every pointer at or above an issue, once: whether a field has an issue below it is one lookup.
  const flagged = new Set<string>();
  for (const found of issues) {
    for (let path = found.path; path.length >= at.length && !flagged.has(path); path = path.slice(0, path.lastIndexOf("/"))) {
      flagged.add(path);
      if (path === "") break;
    }
  }
  return matchedBelow(schema, node, value, flagged, at, 0);
}

function matchedBelow(schema: SchemaGraph, node: SchemaNode, value: unknown, flagged: Set<string>, at: string, depth: number): number {
  if (depth > 32 || typeof value !== "object" || value === null) return 0;
  if (Array.isArray(value)) {
    // Only the items with an issue below them can add anything: found from the flagged pointers, not by a walk.
    const items = itemsOf(schema, node, 0);
    if (!items) return 0;
    let matched = 0;
    const prefix = `${at}/`;
    for (const pointer of flagged) {
      if (!pointer.startsWith(prefix) || pointer.indexOf("/", prefix.length) !== -1) continue;
      const index = Number(pointer.slice(prefix.length));
      if (Number.isInteger(index) && index < value.length) matched += matchedBelow(schema, items, value[index], flagged, pointer, depth + 1);
    }
    return matched;
  }
  const declared = new Map<string, SchemaNode>();
  const excluded = new Set<string>();
  let best = Number.NEGATIVE_INFINITY;
  for (const reading of readingsOf(schema, node, value as Record<string, unknown>, 0)) {
    declared.clear();
    excluded.clear();
    declaredProperties(schema, reading, value as Record<string, unknown>, declared, excluded, 0);
    // A key the reading says another one has (`not: { required: [key] }`) counts against it, even
    // where the collector reports a more precise issue instead.
    let matched = 0;
    for (const name of excluded) if (own(value as Record<string, unknown>, name) !== undefined) matched--;
    for (const [name, sub] of declared) {
      const item = own(value as Record<string, unknown>, name);
      if (item === undefined) continue;
      const pointer = child(at, name);
      matched += flagged.has(pointer) ? matchedBelow(schema, sub, item, flagged, pointer, depth + 1) : 1;
    }
    best = Math.max(best, matched);
  }
  return best === Number.NEGATIVE_INFINITY ? 0 : best;
}

/** The readings of a union (each branch of an anyOf or oneOf, through references), or the node itself. */
function readingsOf(schema: SchemaGraph, node: SchemaNode, value: Record<string, unknown>, depth: number): SchemaNode[] {
  if (depth > 8) return [node];
  if (node.kind === "ref" && schema.definitions[node.key]) return readingsOf(schema, schema.definitions[node.key]!, value, depth + 1);
  if (node.kind === "anyOf" || node.kind === "oneOf") return node.branches.flatMap((b) => readingsOf(schema, b, value, depth + 1));
  return [node];
}

/** The items schema of an array reading, through references, several rules and several types. */
function itemsOf(schema: SchemaGraph, node: SchemaNode | undefined, depth: number): SchemaNode | undefined {
  if (!node || depth > 8) return undefined;
  switch (node.kind) {
    case "array":
      return node.items;
    case "ref":
      return itemsOf(schema, schema.definitions[node.key], depth + 1);
    case "types":
      return itemsOf(schema, node.options.find((o) => o.kind === "array"), depth + 1);
    case "all":
    case "anyOf":
    case "oneOf":
      for (const part of node.kind === "all" ? node.nodes : node.branches) {
        const items = itemsOf(schema, part, depth + 1);
        if (items) return items;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The properties a reading declares for an object value (a union case chosen by its tag). */
function declaredProperties(
  schema: SchemaGraph,
  node: SchemaNode | undefined,
  value: Record<string, unknown>,
  names: Map<string, SchemaNode>,
  excluded: Set<string>,
  depth: number,
): void {
  if (!node || depth > 8) return;
  const next = (part: SchemaNode | undefined) => declaredProperties(schema, part, value, names, excluded, depth + 1);
  switch (node.kind) {
    case "object":
      for (const property of node.properties) if (!names.has(property.name)) names.set(property.name, property.node);
      break;
    case "ref":
      next(schema.definitions[node.key]);
      break;
    case "not":
      if (namesKeysOnly(node.node)) for (const name of (node.node as ObjectNode).required) excluded.add(name);
      break;
    case "all":
      for (const part of node.nodes) next(part);
      break;
    case "types":
      for (const option of node.options) next(option);
      break;
    case "discriminated":
    case "openUnion": {
      const union = node.kind === "discriminated" ? node : (schema.definitions[node.union] as DiscriminatedNode | undefined);
      const tag = own(value, node.tag);
      const key = union && typeof tag === "string" ? caseOf(union, tag) : undefined;
      if (key) next(schema.definitions[key]);
      else if (node.kind === "openUnion") next(node.catchAll);
      if (!names.has(node.tag)) names.set(node.tag, { kind: "any" });
      break;
    }
  }
}

function collectDiscriminated(schema: ExplainableSchema, node: DiscriminatedNode, value: unknown, path: string, out: Sink): void {
  if (!isObject(value)) {
    typeIssue(out, path, "object", value);
    return;
  }
  const tag = own(value, node.tag);
  const at = child(path, node.tag);
  const key = typeof tag === "string" ? caseOf(node, tag) : undefined;
  if (tag === undefined) issue(out, at, "required", { missingProperty: node.tag });
  else if (typeof tag !== "string") typeIssue(out, at, "string", tag);
  else if (key === undefined) outside(out, issue(out, at, "discriminator", { error: "mapping", tag: node.tag, tagValue: tag }), tag, [tag]);
  else collectDefinition(schema, key, value, path, out);
}

const caseTables = new WeakMap<DiscriminatedNode, Map<string, string>>();

/** The definition a tag value selects; the table is built on first use. */
function caseOf(node: DiscriminatedNode, tag: string): string | undefined {
  let table = caseTables.get(node);
  if (!table) {
    table = new Map(node.cases.map((c) => [c.code, c.key]));
    caseTables.set(node, table);
  }
  return table.get(tag);
}

/**
 * Whether the envelope's root excludes the value outright (a root `not` it matches, e.g. "a GraphQL
 * response never carries statusCode"): the value was then meant as another envelope.
 */
export function excludes(schema: ExplainableSchema, value: unknown): boolean {
  const exclusions = exclusionsOf(schema);
  if (exclusions.length === 0) return false;
  // Such a `not` is untyped: a value that is not an object has every key it names, vacuously.
  if (!isObject(value)) return true;
  for (const keys of exclusions) if (keys.every((key) => own(value, key) !== undefined)) return true;
  return false;
}

const exclusionLists = new WeakMap<ExplainableSchema, readonly (readonly string[])[]>();

/** The key lists of the root's `not: { required: [...] }` parts, read once per schema. */
export function exclusionsOf(schema: ExplainableSchema): readonly (readonly string[])[] {
  let lists = exclusionLists.get(schema);
  if (!lists) {
    const { root } = schema;
    const parts = root.kind === "all" ? root.nodes : [root];
    lists = parts.flatMap((part) => (part.kind === "not" && namesKeysOnly(part.node) ? [(part.node as ObjectNode).required] : []));
    exclusionLists.set(schema, lists);
  }
  return lists;
}

/** `{ required: [...] }` and nothing more: the keys of another envelope (other `not`s are rules, not exclusions). */
function namesKeysOnly(node: SchemaNode): boolean {
  if (node.kind !== "object" || node.typed || node.additional || node.patterns || node.names || node.dependencies) return false;
  return node.minProperties === undefined && node.maxProperties === undefined && node.properties.every((p) => p.node.kind === "any");
}

/** The JSON type of a value, as the schema's type tests see it. */
export function jsonTypeOf(value: unknown): JsonType | undefined {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "object":
      return "object";
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "number":
      return Number.isInteger(value) ? "integer" : Number.isFinite(value) ? "number" : undefined;
    default:
      return undefined;
  }
}
