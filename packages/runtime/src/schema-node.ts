// The typed schema IR: what a schema means, with the repository's idioms as nodes of their own.
// The generator reads JSON Schema into it once (tools/codegen/src/model/read-schema.ts); every
// emitter reads it; and the packages ship it, without annotations, as the data their issue
// collector (explain.ts) walks.

export type JsonType = "object" | "array" | "string" | "integer" | "number" | "boolean" | "null";
export type Primitive = string | number | boolean | null;
/** A JSON value, as `const` and `enum` may name one (objects and arrays compare deeply). */
export type JsonValue = Primitive | JsonValue[] | { [key: string]: JsonValue };

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
  | OneOfNode
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
  /** `patternProperties`: every own key a pattern matches (unicode regex) has that schema. */
  patterns?: PatternPropertyNode[];
  /** The schema of properties neither declared nor matched by a pattern; absent: any (objects stay open). */
  additional?: SchemaNode;
  /** `propertyNames`: every own key (a string) passes it. */
  names?: SchemaNode;
  /** At least this many own keys (e.g. a field-errors map that is never empty). */
  minProperties?: number;
  maxProperties?: number;
  /** `dependencies`: when the named property is present, these keys must be too, or the object passes this schema. */
  dependencies?: DependencyNode[];
}

export interface PatternPropertyNode {
  pattern: string;
  node: SchemaNode;
}

export interface DependencyNode {
  name: string;
  /** The array form: keys required alongside. */
  required?: string[];
  /** The schema form. */
  node?: SchemaNode;
}

export interface ArrayNode {
  kind: "array";
  typed: boolean;
  /** `items` as a list: the schema of each leading item, by position. */
  tuple?: SchemaNode[];
  /** The schema of every item after the tuple (`items` as one schema, or `additionalItems` after a tuple). */
  items?: SchemaNode;
  /** `contains`: at least one item passes it. */
  contains?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  /** No two items are equal (deep equality, as JSON). */
  uniqueItems?: true;
}

/** Lengths count code points. `format` is an annotation (not asserted), as in AJV with validateFormats off. */
export interface StringNode {
  kind: "string";
  typed: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/**
 * Integers, numbers, booleans, null. The bounds apply to integers and numbers; `typed: false` (only
 * `"number"`): the schema has numeric rules but no type, so other values pass.
 */
export interface ScalarNode {
  kind: "integer" | "number" | "boolean" | "null";
  typed?: false;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

/** `"type": [a, b, ...]`: the option whose type the value has decides (one typed node per type). */
export interface TypesNode {
  kind: "types";
  options: (ObjectNode | ArrayNode | StringNode | ScalarNode)[];
}

/** `const`. */
export interface LiteralNode {
  kind: "literal";
  value: JsonValue;
}

/** `enum` (a closed list of values). */
export interface EnumNode {
  kind: "enum";
  values: JsonValue[];
}

/** Known values of an open string: `anyOf: [{ enum: [...] }, { type: "string" }]`: any string passes. */
export interface OpenEnumNode {
  kind: "openEnum";
  known: string[];
}

/**
 * `$ref`: the definition it names. `#/definitions/<key>` is that key; any other target (a JSON
 * Pointer, an `$id`, a remote document the reader was given) is a definition the reader adds,
 * keyed by the target's URI.
 */
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

/** `oneOf` without a discriminator: exactly one branch passes. */
export interface OneOfNode {
  kind: "oneOf";
  branches: SchemaNode[];
}

/** Several rules of one schema (e.g. an object plus a `not`), or an `allOf`: every node must pass. */
export interface AllNode {
  kind: "all";
  nodes: SchemaNode[];
}

/** An envelope's root and definitions, as read (generator) or shipped (package). */
export interface SchemaGraph {
  root: SchemaNode;
  definitions: Record<string, SchemaNode>;
}
