// The issue collector: walks the schema IR (schema-node.ts, shipped as data) over a value that its
// compiled check rejected, and reports every issue, each at the deepest JSON Pointer that explains
// it. It runs only after a check failed, so the fast path never pays for it.
import { ucs2length } from "./length.js";
import { issueMessage } from "./issue-message.js";
import type { IssueKeyword, ValidationIssue } from "./issue.js";
import type { DiscriminatedNode, JsonType, ObjectNode, SchemaGraph, SchemaNode, StringNode } from "./schema-node.js";
import { escapeToken } from "./pointer.js";

export type { IssueKeyword, ValidationIssue } from "./issue.js";

/**
 * A shipped envelope: its IR plus the compiled checks of the definitions that have one, so the
 * collector skips a valid subtree at compiled speed and walks only what fails.
 */
export interface ExplainableSchema extends SchemaGraph {
  checks: Record<string, (value: unknown) => boolean>;
}

export function explain(schema: ExplainableSchema, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  collect(schema, schema.root, value, "", issues);
  return issues;
}

/** Whether the value passes the node (the collector's own verdict, used for `not`, `if` and `anyOf`). */
function accepts(schema: ExplainableSchema, node: SchemaNode, value: unknown, path: string): boolean {
  const scratch: ValidationIssue[] = [];
  collect(schema, node, value, path, scratch);
  return scratch.length === 0;
}

function issue(out: ValidationIssue[], path: string, keyword: IssueKeyword, params: Record<string, unknown>): void {
  out.push({ path, keyword, params, message: issueMessage(keyword, params) });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const UNSAFE_TOKEN = /[~/]/;
const child = (path: string, key: string | number): string =>
  `${path}/${typeof key === "number" || !UNSAFE_TOKEN.test(key) ? key : escapeToken(key)}`;

/** Collects the issues of a child value; the pointer is built only when there is something to explain. */
function collectChild(
  schema: ExplainableSchema,
  node: SchemaNode,
  value: unknown,
  path: string,
  key: string | number,
  out: ValidationIssue[],
): void {
  if (!quickAccepts(schema, node, value)) collect(schema, node, value, child(path, key), out);
}

/** A valid child is usually one test (a type, a compiled definition check): no walk, no pointer. */
function quickAccepts(schema: ExplainableSchema, node: SchemaNode, value: unknown): boolean {
  switch (node.kind) {
    case "any":
      return true;
    case "ref":
      return schema.checks[node.key]?.(value) === true;
    case "string":
      return node.typed && node.minLength === undefined && node.pattern === undefined && typeof value === "string";
    case "integer":
    case "number":
    case "boolean":
    case "null":
      return hasType(node.kind, value) && (node.minimum === undefined || (value as number) >= node.minimum);
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
      return node.kind;
    default:
      return undefined;
  }
}

/** Adds an issue unless the rule holds. */
function expect(holds: boolean, out: ValidationIssue[], path: string, keyword: IssueKeyword, params: Record<string, unknown>): void {
  if (!holds) issue(out, path, keyword, params);
}

function collect(schema: ExplainableSchema, node: SchemaNode, value: unknown, path: string, out: ValidationIssue[]): void {
  switch (node.kind) {
    case "any":
      break;
    case "never":
      issue(out, path, "false schema", {});
      break;
    case "object":
      collectObject(schema, node, value, path, out);
      break;
    case "array":
      if (!Array.isArray(value)) expect(!node.typed, out, path, "type", { type: "array" });
      else {
        if (node.minItems !== undefined) expect(value.length >= node.minItems, out, path, "minItems", { limit: node.minItems });
        if (node.items) for (let i = 0; i < value.length; i++) collectChild(schema, node.items, value[i], path, i, out);
      }
      break;
    case "string":
      collectString(node, value, path, out);
      break;
    case "integer":
    case "number":
    case "boolean":
    case "null":
      if (!hasType(node.kind, value)) issue(out, path, "type", { type: node.kind });
      else if (node.minimum !== undefined)
        expect((value as number) >= node.minimum, out, path, "minimum", { comparison: ">=", limit: node.minimum });
      break;
    case "types": {
      const option = node.options.find((o) => hasType(typeOf(o)!, value));
      if (option) collect(schema, option, value, path, out);
      else issue(out, path, "type", { type: node.options.map(typeOf).join(",") });
      break;
    }
    case "literal":
      expect(value === node.value, out, path, "const", { allowedValue: node.value });
      break;
    case "enum":
      expect(node.values.includes(value as never), out, path, "enum", { allowedValues: node.values });
      break;
    case "openEnum":
      expect(typeof value === "string", out, path, "type", { type: "string" });
      break;
    case "ref":
      // A definition its compiled check accepts has nothing to explain: skip it at compiled speed.
      if (!schema.checks[node.key]?.(value)) collect(schema, schema.definitions[node.key]!, value, path, out);
      break;
    case "anyOf":
      collectAnyOf(schema, node.branches, value, path, out);
      break;
    case "not":
      expect(!accepts(schema, node.node, value, path), out, path, "not", {});
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
        issue(out, path, "type", { type: "object" });
        break;
      }
      const union = schema.definitions[node.union] as DiscriminatedNode;
      const tag = value[node.tag];
      // The tag selects the branch: a known code is explained by its own definition only.
      const known = typeof tag === "string" ? caseOf(union, tag) : undefined;
      collect(schema, known ? schema.definitions[known]! : node.catchAll, value, path, out);
      break;
    }
    case "all": {
      // A `not` or `anyOf` beside other rules is reported only when nothing more precise is.
      const before = out.length;
      const deferred: SchemaNode[] = node.nodes.filter((n) => n.kind === "not" || n.kind === "anyOf");
      for (const part of node.nodes) if (!deferred.includes(part)) collect(schema, part, value, path, out);
      if (out.length === before) for (const part of deferred) collect(schema, part, value, path, out);
      break;
    }
  }
}

function collectObject(schema: ExplainableSchema, node: ObjectNode, value: unknown, path: string, out: ValidationIssue[]): void {
  if (!isObject(value)) {
    if (node.typed) issue(out, path, "type", { type: "object" });
    return;
  }
  for (const name of node.required) if (value[name] === undefined) issue(out, child(path, name), "required", { missingProperty: name });
  if (node.minProperties !== undefined)
    expect(Object.keys(value).length >= node.minProperties, out, path, "minProperties", { limit: node.minProperties });
  for (const property of node.properties) {
    const item = value[property.name];
    if (item !== undefined) collectChild(schema, property.node, item, path, property.name, out);
  }
  if (node.additional) {
    for (const key in value) {
      if (!node.properties.some((p) => p.name === key)) collectChild(schema, node.additional, value[key], path, key, out);
    }
  }
}

const patterns = new Map<string, RegExp>();

function collectString(node: StringNode, value: unknown, path: string, out: ValidationIssue[]): void {
  if (typeof value !== "string") {
    if (node.typed) issue(out, path, "type", { type: "string" });
    return;
  }
  if (node.minLength !== undefined) expect(ucs2length(value) >= node.minLength, out, path, "minLength", { limit: node.minLength });
  if (node.pattern !== undefined) {
    let regex = patterns.get(node.pattern);
    if (!regex) {
      regex = new RegExp(node.pattern, "u");
      patterns.set(node.pattern, regex);
    }
    expect(regex.test(value), out, path, "pattern", { pattern: node.pattern });
  }
}

/**
 * No branch matched: the branches the value's type fits explain it (all of them, as each is a
 * reading of what was meant); when its type fits none, one issue names the types wanted.
 */
function collectAnyOf(schema: ExplainableSchema, branches: SchemaNode[], value: unknown, path: string, out: ValidationIssue[]): void {
  const explained: ValidationIssue[][] = [];
  for (const branch of branches) {
    const found: ValidationIssue[] = [];
    collect(schema, branch, value, path, found);
    if (found.length === 0) return;
    explained.push(found);
  }
  const wrongType = (found: ValidationIssue[]) => found.length === 1 && found[0]!.path === path && found[0]!.keyword === "type";
  const close = explained.filter((found) => !wrongType(found));
  if (close.length > 0) {
    for (const found of close) out.push(...found);
    return;
  }
  issue(out, path, "type", { type: [...new Set(explained.map((found) => String(found[0]!.params.type)))].join(",") });
}

function collectDiscriminated(
  schema: ExplainableSchema,
  node: DiscriminatedNode,
  value: unknown,
  path: string,
  out: ValidationIssue[],
): void {
  if (!isObject(value)) {
    issue(out, path, "type", { type: "object" });
    return;
  }
  const tag = value[node.tag];
  const at = child(path, node.tag);
  const key = typeof tag === "string" ? caseOf(node, tag) : undefined;
  if (tag === undefined) issue(out, at, "required", { missingProperty: node.tag });
  else if (typeof tag !== "string") issue(out, at, "type", { type: "string" });
  else if (key === undefined) issue(out, at, "discriminator", { error: "mapping", tag: node.tag, tagValue: tag });
  else collect(schema, schema.definitions[key]!, value, path, out);
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
  const { root } = schema;
  if (root.kind === "not") return accepts(schema, root.node, value, "");
  if (root.kind !== "all") return false;
  for (const part of root.nodes) if (part.kind === "not" && accepts(schema, part.node, value, "")) return true;
  return false;
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
