// Reading and writing schemas/<vendor>/*.schema.json in the repository's own formatting. Reading
// goes through the generator's loader, so the sync sees the envelopes exactly as the packages do.
import { buildModel, loadVendor } from "@commerce-errors/codegen";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export type JsonSchema = { [keyword: string]: unknown };

export interface SchemaFile {
  vendor: string;
  stem: string;
  path: string;
  schema: JsonSchema;
}

/** A vendor's envelope files by stem, in vendor.json (match) order; their schemas are the loader's, edit them in place. */
export function readSchemaFiles(schemasDir: string, vendor: string): Map<string, SchemaFile> {
  const model = buildModel(loadVendor(schemasDir, vendor));
  return new Map(
    model.envelopes.map((envelope) => [
      envelope.stem,
      { vendor, stem: envelope.stem, path: join(schemasDir, vendor, `${envelope.stem}.schema.json`), schema: envelope.schema },
    ]),
  );
}

/** One envelope file of `files`; a stem vendor.json does not list is a mistake in the sync's source table. */
export function schemaFileOf(files: Map<string, SchemaFile>, vendor: string, stem: string): SchemaFile {
  const file = files.get(stem);
  if (!file) throw new Error(`schemas/${vendor}/vendor.json lists no envelope "${stem}"`);
  return file;
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
