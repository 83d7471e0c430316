// The JSON types a schema node allows, following local $refs: enough to tell a contradiction.
import { type JsonSchema, refKey } from "./schema-json.js";

export type JsonType = "string" | "number" | "boolean" | "null" | "array" | "object";
/** `undefined` means: any value (no type constraint the sync can read). */
export type JsonTypes = Set<JsonType> | undefined;

export function jsonTypesOf(node: unknown, definitions: Record<string, JsonSchema>, seen = new Set<string>()): JsonTypes {
  if (typeof node !== "object" || node === null) return undefined;
  const schema = node as JsonSchema;
  const key = refKey(schema);
  if (key !== undefined) {
    if (seen.has(key) || definitions[key] === undefined) return undefined;
    return jsonTypesOf(definitions[key], definitions, new Set([...seen, key]));
  }
  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
    return new Set(types.map((type) => (type === "integer" ? "number" : type) as JsonType));
  }
  if ("const" in schema) return new Set([typeOfValue(schema.const)]);
  if (Array.isArray(schema.enum)) return new Set(schema.enum.map(typeOfValue));
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    const all = new Set<JsonType>();
    for (const branch of branches) {
      const types = jsonTypesOf(branch, definitions, seen);
      if (types === undefined) return undefined;
      for (const type of types) all.add(type);
    }
    return all;
  }
  return undefined;
}

/** The item schema of an array node, following $refs. */
export function itemsOf(node: unknown, definitions: Record<string, JsonSchema>): unknown {
  if (typeof node !== "object" || node === null) return undefined;
  const key = refKey(node);
  if (key !== undefined) return itemsOf(definitions[key], definitions);
  return (node as JsonSchema).items;
}

function typeOfValue(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? type : "object";
}
