// JSON Schema draft-07 (all of it, plus the discriminated unions of schemas/README.md) -> the
// schema IR. The only code after load/ that knows keyword spellings: an unknown keyword is a
// problem with its JSON Pointer (in strict mode, the default).
import type { JsonSchema } from "../load/types.js";
import { pointerToken } from "../load/schema-error.js";
import { definitionKey } from "../load/walk-schema.js";
import { DEFAULT_BASE, SchemaIndex } from "./schema-index.js";
import type {
  ArrayNode,
  DiscriminatedNode,
  JsonType,
  JsonValue,
  ObjectNode,
  ScalarNode,
  SchemaGraph,
  SchemaNode,
  StringNode,
  UnionCase,
} from "./schema-node.js";

/** Keywords that do not change what a schema accepts (`format` too: an annotation, as in AJV with validateFormats off). */
export const ANNOTATIONS = new Set([
  "$schema",
  "$id",
  "$comment",
  "title",
  "description",
  "examples",
  "default",
  "readOnly",
  "writeOnly",
  "format",
  "contentMediaType",
  "contentEncoding",
  "definitions",
]);
const OBJECT_KEYWORDS = [
  "properties",
  "required",
  "additionalProperties",
  "minProperties",
  "maxProperties",
  "patternProperties",
  "propertyNames",
  "dependencies",
];
const ARRAY_KEYWORDS = ["items", "additionalItems", "contains", "minItems", "maxItems", "uniqueItems"];
const STRING_KEYWORDS = ["minLength", "maxLength", "pattern"];
const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
/** Every keyword the IR models: all of draft-07, and the OpenAPI `discriminator` of schemas/README.md. */
export const SUPPORTED_KEYWORDS = new Set([
  "type",
  "const",
  "enum",
  ...OBJECT_KEYWORDS,
  ...ARRAY_KEYWORDS,
  ...STRING_KEYWORDS,
  ...NUMBER_KEYWORDS,
  "$ref",
  "allOf",
  "anyOf",
  "oneOf",
  "discriminator",
  "not",
  "if",
  "then",
  "else",
]);

export interface ReadProblem {
  pointer: string;
  reason: string;
}

export interface ReadOptions {
  /** Documents a `$ref` may name by absolute URI (nothing is fetched). */
  documents?: Record<string, unknown>;
  /**
   * true (the default, for schemas/): an unknown keyword, a `then` without `if` or a keyword beside
   * `$ref` (which draft-07 ignores) is a problem. false: ignored, as draft-07 says.
   */
  strict?: boolean;
}

/** Reads an envelope schema's root and definitions; problems are collected, not thrown. */
export function readSchemaGraph(schema: JsonSchema | boolean, problems: ReadProblem[], options: ReadOptions = {}): SchemaGraph {
  const index = new SchemaIndex(schema, options.documents);
  const raw = (typeof schema === "object" && schema !== null && (schema.definitions as Record<string, JsonSchema>)) || {};
  const reader = new SchemaReader(raw, index, problems, options.strict ?? true);
  const definitions = reader.definitions;
  for (const [key, definition] of Object.entries(raw)) {
    definitions[key] = reader.read(definition, `/definitions/${pointerToken(key)}`, index.baseOf(definition, DEFAULT_BASE));
  }
  const root = reader.read(schema, "", DEFAULT_BASE);
  reader.readReferenced();
  return { root, definitions };
}

/** The exported type names of an envelope: its title and each definition's, by definition key. */
export interface TypeTitles {
  root: string;
  definitions: Record<string, string>;
}

/** Generator side only (the semver surface names types by them): the IR the packages ship carries no titles. */
export function readTypeTitles(schema: JsonSchema): TypeTitles {
  const definitions: Record<string, string> = {};
  for (const [key, definition] of Object.entries(schema.definitions ?? {})) definitions[key] = String(definition.title);
  return { root: String(schema.title), definitions };
}

class SchemaReader {
  readonly definitions: Record<string, SchemaNode> = {};
  /** The definition key of each schema a `$ref` reached (root definitions keep their own keys). */
  private readonly keys = new Map<unknown, string>();
  private readonly pending: { key: string; schema: unknown; base: string; pointer: string }[] = [];

  constructor(
    private readonly raw: Record<string, JsonSchema>,
    private readonly index: SchemaIndex,
    private readonly problems: ReadProblem[],
    private readonly strict: boolean,
  ) {
    for (const [key, definition] of Object.entries(raw)) if (typeof definition === "object") this.keys.set(definition, key);
  }

  /** Reads every definition a `$ref` reached that is not one of the root's definitions (its own refs too). */
  readReferenced(): void {
    for (let next = this.pending.shift(); next; next = this.pending.shift())
      this.definitions[next.key] = this.read(next.schema, next.pointer, next.base);
  }

  read(schema: unknown, pointer: string, inheritedBase: string): SchemaNode {
    if (schema === true) return { kind: "any" };
    if (schema === false) return { kind: "never" };
    if (typeof schema !== "object" || schema === null || Array.isArray(schema))
      return this.fail(pointer, "must be a schema (an object or a boolean)");
    const s = schema as JsonSchema;
    const base = this.index.baseOf(s, inheritedBase);
    if (this.strict) {
      for (const key of Object.keys(s)) {
        if (!ANNOTATIONS.has(key) && !SUPPORTED_KEYWORDS.has(key))
          this.problem(`${pointer}/${pointerToken(key)}`, `keyword "${key}" is not supported (see schemas/README.md)`);
      }
    }
    if (typeof s.$ref === "string") {
      const ignored = Object.keys(s).filter((key) => key !== "$ref" && !ANNOTATIONS.has(key));
      if (this.strict && ignored.length > 0)
        this.problem(pointer, `draft-07 ignores ${ignored.map((k) => `"${k}"`).join(", ")} beside "$ref": put them in an allOf with it`);
      return this.ref(s.$ref, `${pointer}/$ref`, base);
    }
    const parts: SchemaNode[] = [];
    if ("const" in s) parts.push({ kind: "literal", value: s.const as JsonValue });
    if (Array.isArray(s.enum)) parts.push({ kind: "enum", values: s.enum as JsonValue[] });
    if ("if" in s) parts.push(this.conditional(s, pointer, base));
    else if (this.strict) for (const key of ["then", "else"]) if (key in s) this.problem(`${pointer}/${key}`, `"${key}" without "if"`);
    if (s.discriminator !== undefined) parts.push(this.discriminated(s, pointer));
    else {
      const typed = this.typed(s, pointer, base);
      if (typed) parts.push(typed);
      if (Array.isArray(s.oneOf)) parts.push({ kind: "oneOf", branches: this.list(s.oneOf, `${pointer}/oneOf`, base) });
    }
    if (Array.isArray(s.allOf)) parts.push(...this.list(s.allOf, `${pointer}/allOf`, base).filter((node) => node.kind !== "any"));
    if (Array.isArray(s.anyOf)) parts.push(this.anyOf(s.anyOf, `${pointer}/anyOf`, base));
    if ("not" in s) parts.push({ kind: "not", node: this.read(s.not, `${pointer}/not`, base) });
    if (parts.length === 0) return { kind: "any" };
    return parts.length === 1 ? parts[0]! : { kind: "all", nodes: parts };
  }

  private list(schemas: unknown[], pointer: string, base: string): SchemaNode[] {
    return schemas.map((schema, i) => this.read(schema, `${pointer}/${i}`, base));
  }

  /** The type keyword and the rules that apply to one type. */
  private typed(s: JsonSchema, pointer: string, base: string): SchemaNode | undefined {
    const has = (keys: string[]) => keys.some((key) => key in s);
    if (s.type === undefined) {
      // Rules without a type apply to values of their type; others pass.
      const parts: SchemaNode[] = [];
      if (has(OBJECT_KEYWORDS)) parts.push(this.object(s, pointer, false, base));
      if (has(ARRAY_KEYWORDS)) parts.push(this.array(s, pointer, false, base));
      if (has(STRING_KEYWORDS)) parts.push(this.string(s, pointer, false));
      if (has(NUMBER_KEYWORDS)) parts.push({ kind: "number", typed: false, ...this.bounds(s) });
      return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { kind: "all", nodes: parts };
    }
    const types = [...new Set((typeof s.type === "string" ? [s.type] : s.type) as JsonType[])];
    const options = types.map((type) => this.ofType(type, s, pointer, base));
    return options.length === 1 ? options[0] : { kind: "types", options };
  }

  private ofType(type: JsonType, s: JsonSchema, pointer: string, base: string): ObjectNode | ArrayNode | StringNode | ScalarNode {
    switch (type) {
      case "object":
        return this.object(s, pointer, true, base);
      case "array":
        return this.array(s, pointer, true, base);
      case "string":
        return this.string(s, pointer, true);
      case "integer":
      case "number":
        return { kind: type, ...this.bounds(s) };
      default:
        return { kind: type };
    }
  }

  private bounds(s: JsonSchema): Pick<ScalarNode, "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf"> {
    const bounds: Record<string, number> = {};
    for (const key of NUMBER_KEYWORDS) if (typeof s[key] === "number") bounds[key] = s[key] as number;
    return bounds;
  }

  private object(s: JsonSchema, pointer: string, typed: boolean, base: string): ObjectNode {
    const declared = (s.properties ?? {}) as Record<string, JsonSchema>;
    const properties = Object.entries(declared).map(([name, sub]) => ({
      name,
      node: this.read(sub, `${pointer}/properties/${pointerToken(name)}`, base),
      ...(typeof sub === "object" && typeof sub.description === "string" && { description: sub.description }),
    }));
    const node: ObjectNode = { kind: "object", typed, properties, required: [...new Set((s.required as string[] | undefined) ?? [])] };
    const patterns = Object.entries((s.patternProperties ?? {}) as Record<string, unknown>);
    if (patterns.length > 0) {
      node.patterns = patterns.map(([pattern, sub]) => {
        const at = `${pointer}/patternProperties/${pointerToken(pattern)}`;
        this.regex(pattern, at);
        return { pattern, node: this.read(sub, at, base) };
      });
    }
    if (s.additionalProperties !== undefined && s.additionalProperties !== true)
      node.additional = this.read(s.additionalProperties, `${pointer}/additionalProperties`, base);
    if (s.propertyNames !== undefined && s.propertyNames !== true)
      node.names = this.read(s.propertyNames, `${pointer}/propertyNames`, base);
    if (typeof s.minProperties === "number") node.minProperties = s.minProperties;
    if (typeof s.maxProperties === "number") node.maxProperties = s.maxProperties;
    const dependencies = Object.entries((s.dependencies ?? {}) as Record<string, unknown>).map(([name, dependency]) =>
      Array.isArray(dependency)
        ? { name, required: dependency as string[] }
        : { name, node: this.read(dependency, `${pointer}/dependencies/${pointerToken(name)}`, base) },
    );
    const effective = dependencies.filter((d) => (d.required ? d.required.length > 0 : d.node!.kind !== "any"));
    if (effective.length > 0) node.dependencies = effective;
    return node;
  }

  private array(s: JsonSchema, pointer: string, typed: boolean, base: string): ArrayNode {
    const node: ArrayNode = { kind: "array", typed };
    if (Array.isArray(s.items)) {
      node.tuple = this.list(s.items, `${pointer}/items`, base);
      if (s.additionalItems !== undefined && s.additionalItems !== true)
        node.items = this.read(s.additionalItems, `${pointer}/additionalItems`, base);
    } else if (s.items !== undefined && s.items !== true) node.items = this.read(s.items, `${pointer}/items`, base);
    if (s.contains !== undefined) node.contains = this.read(s.contains, `${pointer}/contains`, base);
    if (typeof s.minItems === "number") node.minItems = s.minItems;
    if (typeof s.maxItems === "number") node.maxItems = s.maxItems;
    if (s.uniqueItems === true) node.uniqueItems = true;
    return node;
  }

  private string(s: JsonSchema, pointer: string, typed: boolean): StringNode {
    const node: StringNode = { kind: "string", typed };
    if (typeof s.minLength === "number") node.minLength = s.minLength;
    if (typeof s.maxLength === "number") node.maxLength = s.maxLength;
    if (typeof s.pattern === "string") {
      this.regex(s.pattern, `${pointer}/pattern`);
      node.pattern = s.pattern;
    }
    return node;
  }

  /** Patterns run as unicode regular expressions (as AJV's): one that is none is a problem. */
  private regex(pattern: string, pointer: string): void {
    try {
      new RegExp(pattern, "u");
    } catch (error) {
      this.problem(pointer, `is not a valid unicode regular expression: ${(error as Error).message}`);
    }
  }

  private ref(ref: string, pointer: string, base: string): SchemaNode {
    const target = this.index.resolve(ref, base);
    if (!target) return this.fail(pointer, `"${ref}" does not resolve to a schema of this document or a known one`);
    let key = this.keys.get(target.schema);
    if (key === undefined) {
      key = target.uri.startsWith(`${DEFAULT_BASE}#`) ? target.uri.slice(DEFAULT_BASE.length) : target.uri;
      if (typeof target.schema === "object" && target.schema !== null) this.keys.set(target.schema, key);
      if (!(key in this.definitions) && !this.pending.some((p) => p.key === key))
        this.pending.push({ key, schema: target.schema, base: target.base, pointer: key.startsWith("#") ? key.slice(1) : key });
    }
    return { kind: "ref", key };
  }

  /** `anyOf: [{enum: strings}, {type: "string"}]` is an open enum; any other anyOf stays one. */
  private anyOf(branches: unknown[], pointer: string, base: string): SchemaNode {
    const nodes = this.list(branches, pointer, base);
    const open = nodes.find(
      (n): n is StringNode =>
        n.kind === "string" && n.typed && n.minLength === undefined && n.maxLength === undefined && n.pattern === undefined,
    );
    const known = nodes.filter((n) => n !== open);
    if (open && known.length > 0 && known.every((n) => n.kind === "enum" && n.values.every((v) => typeof v === "string"))) {
      return { kind: "openEnum", known: known.flatMap((n) => (n.kind === "enum" ? (n.values as string[]) : [])) };
    }
    return { kind: "anyOf", branches: nodes };
  }

  /** The open union idiom when it is exactly that; a plain conditional otherwise. */
  private conditional(s: JsonSchema, pointer: string, base: string): SchemaNode {
    const open = this.openUnion(s, pointer, base);
    if (open) return open;
    return {
      kind: "conditional",
      if: this.read(s.if, `${pointer}/if`, base),
      ...("then" in s && { thenNode: this.read(s.then, `${pointer}/then`, base) }),
      ...("else" in s && { elseNode: this.read(s.else, `${pointer}/else`, base) }),
    };
  }

  private openUnion(s: JsonSchema, pointer: string, base: string): SchemaNode | undefined {
    const condition = s.if as JsonSchema | undefined;
    const then = s.then as JsonSchema | undefined;
    if (!isObjectSchema(condition) || !isObjectSchema(then) || s.else === undefined || typeof then.$ref !== "string") return undefined;
    const unionKey = definitionKey(then.$ref);
    const union = unionKey === undefined ? undefined : this.raw[unionKey];
    const tag = (union?.discriminator as { propertyName?: string } | undefined)?.propertyName;
    if (!union || unionKey === undefined || !tag || !onlyKeys(condition, ["type", "required", "properties"])) return undefined;
    if ((condition.type ?? "object") !== "object" || JSON.stringify(condition.required) !== JSON.stringify([tag])) return undefined;
    const tested = (condition.properties ?? {}) as Record<string, JsonSchema>;
    if (Object.keys(tested).length !== 1 || !Array.isArray(tested[tag]?.enum) || !onlyKeys(tested[tag]!, ["enum"])) return undefined;
    const catchAll = s.else as JsonSchema;
    if (!isObjectSchema(catchAll)) return undefined;
    const catchAllKey = typeof catchAll.$ref === "string" ? definitionKey(catchAll.$ref) : undefined;
    if ((catchAllKey === undefined ? catchAll.type : this.raw[catchAllKey]?.type) !== "object") return undefined; // both sides reject non-objects
    const codes = unionCases(this.raw, union, tag).map((c) => c.code);
    const listed = tested[tag]!.enum as unknown[];
    if (codes.length !== listed.length || !listed.every((code) => codes.includes(code as string))) return undefined; // build-model reports it
    return { kind: "openUnion", tag, union: unionKey, catchAll: this.read(catchAll, `${pointer}/else`, base) };
  }

  private discriminated(s: JsonSchema, pointer: string): DiscriminatedNode {
    const tag = (s.discriminator as { propertyName?: string }).propertyName;
    if (typeof tag !== "string" || !Array.isArray(s.oneOf))
      return this.fail(pointer, "a discriminator needs a propertyName and a oneOf") as never;
    const tagRule = ((s.properties ?? {}) as Record<string, JsonSchema>)[tag];
    const plainTag = tagRule === undefined || (onlyKeys(tagRule, ["type"]) && tagRule.type === "string");
    if (
      s.type !== "object" ||
      !onlyKeys(s, ["type", "required", "properties", "discriminator", "oneOf"]) ||
      Object.keys(s.properties ?? {}).some((k) => k !== tag) ||
      !plainTag
    ) {
      this.problem(
        pointer,
        `a discriminated union is { type: "object", required: ["${tag}"], properties: { ${tag}: { type: "string" } }, discriminator, oneOf } and nothing else`,
      );
    }
    return { kind: "discriminated", tag, cases: unionCases(this.raw, s, tag) };
  }

  private problem(pointer: string, reason: string): void {
    this.problems.push({ pointer, reason });
  }

  private fail(pointer: string, reason: string): SchemaNode {
    this.problem(pointer, reason);
    return { kind: "never" };
  }
}

const isObjectSchema = (value: unknown): value is JsonSchema => typeof value === "object" && value !== null && !Array.isArray(value);

function onlyKeys(schema: JsonSchema, allowed: string[]): boolean {
  return Object.keys(schema).every((key) => allowed.includes(key) || ANNOTATIONS.has(key));
}

/** The cases of a discriminated oneOf: each branch a $ref to a definition whose tag is a string const. */
function unionCases(raw: Record<string, JsonSchema>, union: JsonSchema, tag: string): UnionCase[] {
  const cases: UnionCase[] = [];
  for (const branch of (union.oneOf ?? []) as JsonSchema[]) {
    const key = typeof branch.$ref === "string" ? definitionKey(branch.$ref) : undefined;
    const code = key === undefined ? undefined : (raw[key]?.properties as Record<string, JsonSchema> | undefined)?.[tag]?.const;
    if (key !== undefined && typeof code === "string") cases.push({ code, key }); // build-model reports other branches
  }
  return cases;
}
