// Visits every subschema of a draft-07 schema with its JSON Pointer.
import { pointerToken } from "./schema-error.js";
import type { JsonSchema } from "./types.js";

const SINGLE = ["additionalProperties", "additionalItems", "contains", "propertyNames", "if", "then", "else", "not"];
const LISTS = ["allOf", "anyOf", "oneOf"];
const MAPS = ["definitions", "properties", "patternProperties", "dependencies"];

export type SchemaVisitor = (schema: JsonSchema, pointer: string) => void;

export function walkSchema(schema: unknown, visit: SchemaVisitor, pointer = "", skipDefinitions = false): void {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return;
  const node = schema as JsonSchema;
  visit(node, pointer);
  for (const key of SINGLE) if (key in node) walkSchema(node[key], visit, `${pointer}/${key}`);
  if (Array.isArray(node.items)) for (const [i, item] of node.items.entries()) walkSchema(item, visit, `${pointer}/items/${i}`);
  else if ("items" in node) walkSchema(node.items, visit, `${pointer}/items`);
  for (const key of LISTS) {
    const list = node[key];
    if (Array.isArray(list)) for (const [i, item] of list.entries()) walkSchema(item, visit, `${pointer}/${key}/${i}`);
  }
  for (const key of MAPS) {
    if (key === "definitions" && skipDefinitions) continue;
    const map = node[key];
    if (typeof map !== "object" || map === null) continue;
    for (const [name, sub] of Object.entries(map)) walkSchema(sub, visit, `${pointer}/${key}/${pointerToken(name)}`);
  }
}

/** The definition key a local `#/definitions/<key>` reference points at, if it is one. */
export function definitionKey(ref: string): string | undefined {
  const match = /^#\/definitions\/([^/]+)$/.exec(ref);
  return match?.[1]?.replace(/~1/g, "/").replace(/~0/g, "~");
}
