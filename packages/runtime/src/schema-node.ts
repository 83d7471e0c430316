// The typed schema IR: what a schema means, with the repository's idioms as nodes of their own.
// The generator reads JSON Schema into it once (tools/codegen/src/model/read-schema.ts); every
// emitter reads it; and the packages ship it, without annotations, as the data their issue
// collector (explain.ts) walks.

export type JsonType = "object" | "array" | "string" | "integer" | "number" | "boolean" | "null";
export type Primitive = string | number | boolean | null;

export type SchemaNode =
  | AnyNode
  | NeverNode
  | ObjectNode
  | ArrayNode
  | StringNode
  | ScalarNode
  | TypesNode
  | LiteralNode
  | EnumNode
  | OpenEnumNode
  | RefNode
  | AnyOfNode
  | NotNode
  | ConditionalNode
  | DiscriminatedNode
  | OpenUnionNode
  | AllNode;

/** `true` or `{}`: any value. */
export interface AnyNode {
  kind: "any";
}

/** `false`: no value. */
export interface NeverNode {
  kind: "never";
}

export interface PropertyNode {
  name: string;
  node: SchemaNode;
  /** The property's own description (annotations are dropped from shipped data). */
  description?: string;
}

/**
 * An object's rules. `typed`: the schema says `"type": "object"`, so other values fail; without
 * it, the rules apply to objects and every other value passes.
 */
export interface ObjectNode {
  kind: "object";
  typed: boolean;
  properties: PropertyNode[];
  required: string[];
  /** The schema of undeclared properties; absent: any (objects stay open). */
  additional?: SchemaNode;
  /** At least this many own keys (e.g. a field-errors map that is never empty). */
  minProperties?: number;
}

export interface ArrayNode {
  kind: "array";
  typed: boolean;
  items?: SchemaNode;
  minItems?: number;
}

export interface StringNode {
  kind: "string";
  typed: boolean;
  minLength?: number;
  pattern?: string;
}

export interface ScalarNode {
  kind: "integer" | "number" | "boolean" | "null";
  /** Integers and numbers only: the smallest value allowed. */
  minimum?: number;
}

/** `"type": [a, b, ...]`: the option whose type the value has decides (one typed node per type). */
export interface TypesNode {
  kind: "types";
  options: (ObjectNode | ArrayNode | StringNode | ScalarNode)[];
}

/** `const`. */
export interface LiteralNode {
  kind: "literal";
  value: Primitive;
}

/** `enum` (a closed list of values). */
export interface EnumNode {
  kind: "enum";
  values: Primitive[];
}

/** Known values of an open string: `anyOf: [{ enum: [...] }, { type: "string" }]`: any string passes. */
export interface OpenEnumNode {
  kind: "openEnum";
  known: string[];
}

/** `#/definitions/<key>`. */
export interface RefNode {
  kind: "ref";
  key: string;
}

export interface AnyOfNode {
  kind: "anyOf";
  branches: SchemaNode[];
}

export interface NotNode {
  kind: "not";
  node: SchemaNode;
}

/** A plain `if`/`then`/`else` (the open union below is recognised first). */
export interface ConditionalNode {
  kind: "conditional";
  if: SchemaNode;
  /** `then`: applies when the value matches `if`. */
  thenNode?: SchemaNode;
  /** `else`: applies when it does not. */
  elseNode?: SchemaNode;
}

/** One documented tag value of a discriminated union and the definition it selects. */
export interface UnionCase {
  code: string;
  key: string;
}

/**
 * A discriminated `oneOf` of definitions (`discriminator.propertyName`): an object whose `tag` is a
 * string selects exactly one case; any other tag fails.
 */
export interface DiscriminatedNode {
  kind: "discriminated";
  tag: string;
  cases: UnionCase[];
}

/**
 * The open union of schemas/README.md: `if` the tag is a known code `then` the discriminated
 * union (definition `union`) `else` the catch-all. Only objects pass.
 */
export interface OpenUnionNode {
  kind: "openUnion";
  tag: string;
  /** Definition key of the discriminated union that holds the cases. */
  union: string;
  catchAll: SchemaNode;
}

/** A schema with several independent rules (e.g. an object plus a `not`): every node must pass. */
export interface AllNode {
  kind: "all";
  nodes: SchemaNode[];
}

/** An envelope's root and definitions, as read (generator) or shipped (package). */
export interface SchemaGraph {
  root: SchemaNode;
  definitions: Record<string, SchemaNode>;
}
