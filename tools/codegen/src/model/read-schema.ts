// JSON Schema (the draft-07 subset of schemas/README.md) -> the schema IR. The only code after
// load/ that knows keyword spellings: an unsupported keyword is a problem with its JSON Pointer.
import type { JsonSchema } from "../load/types.js";
import { pointerToken } from "../load/schema-error.js";
import { definitionKey } from "../load/walk-schema.js";
import type {
  ArrayNode,
  DiscriminatedNode,
  JsonType,
  ObjectNode,
  Primitive,
  ScalarNode,
  SchemaGraph,
  SchemaNode,
  StringNode,
  UnionCase,
} from "./schema-node.js";

/** Keywords that do not change what a schema accepts. */
export const ANNOTATIONS = new Set(["$schema", "$id", "$comment", "title", "description", "examples", "default", "readOnly", "writeOnly"]);
/** Every keyword the IR models; anything else is rejected at load time. */
export const SUPPORTED_KEYWORDS = new Set([
  "type",
  "const",
  "enum",
  "required",
  "properties",
  "additionalProperties",
  "minProperties",
  "items",
  "minItems",
  "minLength",
  "pattern",
  "minimum",
  "$ref",
  "anyOf",
  "oneOf",
  "discriminator",
  "not",
  "if",
  "then",
  "else",
]);
const OBJECT_KEYWORDS = ["properties", "required", "additionalProperties", "minProperties"];
const ARRAY_KEYWORDS = ["items", "minItems"];
const STRING_KEYWORDS = ["minLength", "pattern"];

export interface ReadProblem {
  pointer: string;
  reason: string;
}

/** Reads an envelope schema's root and definitions; problems are collected, not thrown. */
export function readSchemaGraph(schema: JsonSchema, problems: ReadProblem[]): SchemaGraph {
  const raw = schema.definitions ?? {};
  const reader = new SchemaReader(raw, problems);
  const definitions: Record<string, SchemaNode> = {};
  for (const [key, definition] of Object.entries(raw)) definitions[key] = reader.read(definition, `/definitions/${pointerToken(key)}`);
  const { definitions: _definitions, ...root } = schema;
  return { root: reader.read(root, ""), definitions };
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
  constructor(
    private readonly raw: Record<string, JsonSchema>,
    private readonly problems: ReadProblem[],
  ) {}

  read(schema: unknown, pointer: string): SchemaNode {
    if (schema === true) return { kind: "any" };
    if (schema === false) return { kind: "never" };
    if (typeof schema !== "object" || schema === null || Array.isArray(schema))
      return this.fail(pointer, "must be a schema (an object or a boolean)");
    const s = schema as JsonSchema;
    for (const key of Object.keys(s)) {
      if (!ANNOTATIONS.has(key) && !SUPPORTED_KEYWORDS.has(key))
        this.problem(`${pointer}/${pointerToken(key)}`, `keyword "${key}" is not supported (see schemas/README.md)`);
    }
    const parts: SchemaNode[] = [];
    if (typeof s.$ref === "string") parts.push(this.ref(s.$ref, `${pointer}/$ref`));
    if ("const" in s) parts.push({ kind: "literal", value: this.primitive(s.const, `${pointer}/const`) });
    if (Array.isArray(s.enum))
      parts.push({ kind: "enum", values: s.enum.map((value, i) => this.primitive(value, `${pointer}/enum/${i}`)) });
    if ("if" in s) parts.push(this.conditional(s, pointer));
    else for (const key of ["then", "else"]) if (key in s) this.problem(`${pointer}/${key}`, `"${key}" without "if"`);
    if (s.discriminator !== undefined) parts.push(this.discriminated(s, pointer));
    else {
      if (Array.isArray(s.oneOf)) this.problem(`${pointer}/oneOf`, "a oneOf needs a discriminator (schemas/README.md)");
      const typed = this.typed(s, pointer);
      if (typed) parts.push(typed);
    }
    if (Array.isArray(s.anyOf)) parts.push(this.anyOf(s.anyOf, `${pointer}/anyOf`));
    if ("not" in s) parts.push({ kind: "not", node: this.read(s.not, `${pointer}/not`) });
    if (parts.length === 0) return { kind: "any" };
    return parts.length === 1 ? parts[0]! : { kind: "all", nodes: parts };
  }

  /** The type keyword and the rules that apply to one type. */
  private typed(s: JsonSchema, pointer: string): SchemaNode | undefined {
    const has = (keys: string[]) => keys.some((key) => key in s);
    if (s.type === undefined) {
      // Rules without a type apply to values of their type; others pass.
      const parts: SchemaNode[] = [];
      if (has(OBJECT_KEYWORDS)) parts.push(this.object(s, pointer, false));
      if (has(ARRAY_KEYWORDS)) parts.push(this.array(s, pointer, false));
      if (has(STRING_KEYWORDS)) parts.push(this.string(s, false));
      if ("minimum" in s) this.problem(`${pointer}/minimum`, `"minimum" needs "type": "integer" or "number"`);
      return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { kind: "all", nodes: parts };
    }
    const types = (typeof s.type === "string" ? [s.type] : s.type) as JsonType[];
    const options = types.map((type) => this.ofType(type, s, pointer));
    return options.length === 1 ? options[0] : { kind: "types", options };
  }

  private ofType(type: JsonType, s: JsonSchema, pointer: string): ObjectNode | ArrayNode | StringNode | ScalarNode {
    switch (type) {
      case "object":
        return this.object(s, pointer, true);
      case "array":
        return this.array(s, pointer, true);
      case "string":
        return this.string(s, true);
      case "integer":
      case "number":
        return typeof s.minimum === "number" ? { kind: type, minimum: s.minimum } : { kind: type };
      default:
        return { kind: type };
    }
  }

  private object(s: JsonSchema, pointer: string, typed: boolean): ObjectNode {
    const declared = (s.properties ?? {}) as Record<string, JsonSchema>;
    const properties = Object.entries(declared).map(([name, sub]) => ({
      name,
      node: this.read(sub, `${pointer}/properties/${pointerToken(name)}`),
      ...(typeof sub === "object" && typeof sub.description === "string" && { description: sub.description }),
    }));
    const node: ObjectNode = { kind: "object", typed, properties, required: (s.required as string[] | undefined) ?? [] };
    if (s.additionalProperties !== undefined && s.additionalProperties !== true)
      node.additional = this.read(s.additionalProperties, `${pointer}/additionalProperties`);
    if (typeof s.minProperties === "number") node.minProperties = s.minProperties;
    return node;
  }

  private array(s: JsonSchema, pointer: string, typed: boolean): ArrayNode {
    if (Array.isArray(s.items)) this.problem(`${pointer}/items`, "tuple items are not supported");
    const node: ArrayNode = { kind: "array", typed };
    if (s.items !== undefined && s.items !== true && !Array.isArray(s.items)) node.items = this.read(s.items, `${pointer}/items`);
    if (typeof s.minItems === "number") node.minItems = s.minItems;
    return node;
  }

  private string(s: JsonSchema, typed: boolean): StringNode {
    const node: StringNode = { kind: "string", typed };
    if (typeof s.minLength === "number") node.minLength = s.minLength;
    if (typeof s.pattern === "string") node.pattern = s.pattern;
    return node;
  }

  private ref(ref: string, pointer: string): SchemaNode {
    const key = definitionKey(ref);
    if (key === undefined || !(key in this.raw)) return this.fail(pointer, `"${ref}" must resolve to a local definition`);
    return { kind: "ref", key };
  }

  /** `anyOf: [{enum: strings}, {type: "string"}]` is an open enum; any other anyOf stays one. */
  private anyOf(branches: unknown[], pointer: string): SchemaNode {
    const nodes = branches.map((branch, i) => this.read(branch, `${pointer}/${i}`));
    const open = nodes.find((n): n is StringNode => n.kind === "string" && n.typed && n.minLength === undefined && n.pattern === undefined);
    const known = nodes.filter((n) => n !== open);
    if (open && known.length > 0 && known.every((n) => n.kind === "enum" && n.values.every((v) => typeof v === "string"))) {
      return { kind: "openEnum", known: known.flatMap((n) => (n.kind === "enum" ? (n.values as string[]) : [])) };
    }
    return { kind: "anyOf", branches: nodes };
  }

  /** The open union idiom when it is exactly that; a plain conditional otherwise. */
  private conditional(s: JsonSchema, pointer: string): SchemaNode {
    const open = this.openUnion(s, pointer);
    if (open) return open;
    return {
      kind: "conditional",
      if: this.read(s.if, `${pointer}/if`),
      ...("then" in s && { thenNode: this.read(s.then, `${pointer}/then`) }),
      ...("else" in s && { elseNode: this.read(s.else, `${pointer}/else`) }),
    };
  }

  private openUnion(s: JsonSchema, pointer: string): SchemaNode | undefined {
    const condition = s.if as JsonSchema | undefined;
    const then = s.then as JsonSchema | undefined;
    if (!condition || !then || s.else === undefined || typeof then.$ref !== "string") return undefined;
    const unionKey = definitionKey(then.$ref);
    const union = unionKey === undefined ? undefined : this.raw[unionKey];
    const tag = (union?.discriminator as { propertyName?: string } | undefined)?.propertyName;
    if (!union || unionKey === undefined || !tag || !onlyKeys(condition, ["type", "required", "properties"])) return undefined;
    if ((condition.type ?? "object") !== "object" || JSON.stringify(condition.required) !== JSON.stringify([tag])) return undefined;
    const tested = (condition.properties ?? {}) as Record<string, JsonSchema>;
    if (Object.keys(tested).length !== 1 || !Array.isArray(tested[tag]?.enum) || !onlyKeys(tested[tag]!, ["enum"])) return undefined;
    const catchAll = s.else as JsonSchema;
    const catchAllKey = typeof catchAll.$ref === "string" ? definitionKey(catchAll.$ref) : undefined;
    if ((catchAllKey === undefined ? catchAll.type : this.raw[catchAllKey]?.type) !== "object") return undefined; // both sides reject non-objects
    const codes = unionCases(this.raw, union, tag).map((c) => c.code);
    const listed = tested[tag]!.enum as unknown[];
    if (codes.length !== listed.length || !listed.every((code) => codes.includes(code as string))) return undefined; // build-model reports it
    return { kind: "openUnion", tag, union: unionKey, catchAll: this.read(catchAll, `${pointer}/else`) };
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

  private primitive(value: unknown, pointer: string): Primitive {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value as Primitive;
    this.problem(pointer, "const and enum values must be strings, numbers, booleans or null");
    return null;
  }

  private problem(pointer: string, reason: string): void {
    this.problems.push({ pointer, reason });
  }

  private fail(pointer: string, reason: string): SchemaNode {
    this.problem(pointer, reason);
    return { kind: "never" };
  }
}

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
