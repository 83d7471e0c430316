// Reading and writing schemas/<vendor>/*.schema.json in the repository's own formatting.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export type JsonSchema = { [keyword: string]: unknown };

export interface SchemaFile {
  vendor: string;
  stem: string;
  path: string;
  schema: JsonSchema;
}

export function readSchemaFile(schemasDir: string, vendor: string, stem: string): SchemaFile {
  const path = join(schemasDir, vendor, `${stem}.schema.json`);
  return { vendor, stem, path, schema: JSON.parse(readFileSync(path, "utf8")) as JsonSchema };
}

/** Two-space JSON with a final newline: byte-identical to the hand-written files. */
export function writeSchemaFile(file: SchemaFile): void {
  writeFileSync(file.path, `${JSON.stringify(file.schema, null, 2)}\n`);
}

export function definitionsOf(schema: JsonSchema): Record<string, JsonSchema> {
  const definitions = schema.definitions;
  return typeof definitions === "object" && definitions !== null ? (definitions as Record<string, JsonSchema>) : {};
}

/** The definition a `#/definitions/<key>` reference names. */
export function refKey(node: unknown): string | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  const ref = (node as JsonSchema).$ref;
  return typeof ref === "string" && ref.startsWith("#/definitions/")
    ? decodeURIComponent(ref.slice(14)).replace(/~1/g, "/").replace(/~0/g, "~")
    : undefined;
}

/** The node at a JSON Pointer, or undefined. */
export function nodeAt(schema: JsonSchema, pointer: string): JsonSchema | undefined {
  let node: unknown = schema;
  for (const token of pointer
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return typeof node === "object" && node !== null ? (node as JsonSchema) : undefined;
}
