// Per vendor: read the published declarations (or modules), read schemas/, compare; with write, add what is missing.
import { SchemaError } from "@commerce-errors/codegen";
import { join } from "node:path";
import { type Comparison, compareCodeList, compareEnvelopes, compareErrorUnion, emptyComparison } from "./compare.js";
import { readSchemaEnum, readSchemaUnion } from "./schemas/read-codes.js";
import { type JsonSchema, type SchemaFile, definitionsOf, readSchemaFiles, schemaFileOf, writeSchemaFile } from "./schemas/schema-json.js";
import { type InstalledPackage, installedPackage } from "./source/installed-package.js";
import { openDeclarations, readEnvelopeUnion, readErrorUnion, readStringList } from "./source/read-declarations.js";
import { readModuleStrings } from "./source/read-module.js";
import type { SourcePackage } from "./source/source-model.js";
import type { CodeListTarget, VendorSource } from "./vendor-source.js";
import { addMissingCodes, addMissingListValues } from "./write.js";

export interface VendorReport {
  vendor: string;
  source: SourcePackage;
  /** The comparison as the run found schemas/, and after --write (the same object without it). */
  before: Comparison;
  comparison: Comparison;
  /** What --write added, per place in schemas/. */
  written: { where: string; added: string[] }[];
  /**
   * What the generator's loader refuses in schemas/ after --write, for a person to add: a new code
   * needs its category in categories.json. The comparison is then the one before the write.
   */
  toDo: string[];
}

export interface SyncOptions {
  /** Folder holding schemas/<vendor>/. */
  schemasDir: string;
  write?: boolean;
  /** Where the source packages are installed (default: tools/sync-codes). */
  toolDir?: string;
}

export function syncVendor(source: VendorSource, options: SyncOptions): VendorReport {
  const installed = installedPackage(source.package, options.toolDir);
  const before = compareVendor(source, installed, options.schemasDir);
  const written = options.write ? writeVendor(source, installed, options.schemasDir) : [];
  let comparison = before;
  let toDo: string[] = [];
  try {
    if (written.length > 0) comparison = compareVendor(source, installed, options.schemasDir);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    toDo = error.message.split("\n");
  }
  const sourcePackage = { name: installed.name, version: installed.version };
  return { vendor: source.vendor, source: sourcePackage, before, comparison, written, toDo };
}

export function compareVendor(source: VendorSource, installed: InstalledPackage, schemasDir: string): Comparison {
  const comparison = emptyComparison();
  const files = readSchemaFiles(schemasDir, source.vendor);
  const file = (stem: string) => schemaFileOf(files, source.vendor, stem);
  for (const target of source.errorUnions ?? []) {
    const types = readErrorUnion(openDeclarations(join(installed.dir, target.declarations)), target.union);
    const schema = file(target.schema);
    compareErrorUnion(
      "code",
      `${target.schema}#/definitions/${target.definition}`,
      types,
      readSchemaUnion(schema, target.definition),
      definitionsOf(schema.schema),
      comparison,
    );
  }
  if (source.envelopes) {
    const envelopes = readEnvelopeUnion(openDeclarations(join(installed.dir, source.envelopes.declarations)), source.envelopes.union);
    compareEnvelopes(envelopes, source.envelopes.titles, envelopeSchemas(files), comparison);
  }
  for (const target of source.codeLists ?? []) {
    const values = readCodeList(target, installed);
    compareCodeList(
      target.label,
      `${target.schema}#${target.pointer}`,
      values,
      readSchemaEnum(file(target.schema), target.pointer),
      comparison,
      target.subset,
    );
  }
  return comparison;
}

function writeVendor(source: VendorSource, installed: InstalledPackage, schemasDir: string): VendorReport["written"] {
  const written: VendorReport["written"] = [];
  const files = readSchemaFiles(schemasDir, source.vendor);
  const titles = vendorTitles(files);
  for (const target of source.errorUnions ?? []) {
    const file = schemaFileOf(files, source.vendor, target.schema);
    const types = readErrorUnion(openDeclarations(join(installed.dir, target.declarations)), target.union);
    const added = addMissingCodes(file, target, types, titles);
    if (added.length > 0) writeSchemaFile(file);
    if (added.length > 0) written.push({ where: `${target.schema}#/definitions/${target.definition}`, added });
  }
  for (const target of source.codeLists ?? []) {
    if (target.subset) continue;
    const file = schemaFileOf(files, source.vendor, target.schema);
    const added = addMissingListValues(file, target, readCodeList(target, installed));
    if (added.length > 0) writeSchemaFile(file);
    if (added.length > 0) written.push({ where: `${target.schema}#${target.pointer}`, added });
  }
  return written;
}

/** A code list's values, each once, from declarations or from a module's exported object. */
export function readCodeList(target: CodeListTarget, installed: InstalledPackage): string[] {
  if ("module" in target) return readModuleStrings(join(installed.dir, target.module), target.exportPath);
  const declarations = openDeclarations(join(installed.dir, target.declarations));
  return [...new Set(target.types.flatMap((path) => readStringList(declarations, path)))];
}

/** Each envelope of vendor.json by its root title. */
function envelopeSchemas(files: Map<string, SchemaFile>): Map<string, JsonSchema> {
  const byTitle = new Map<string, JsonSchema>();
  for (const { schema } of files.values()) {
    if (typeof schema.title === "string") byTitle.set(schema.title, schema);
  }
  return byTitle;
}

/** Every title in the vendor's files: a new definition's title must be none of them. */
function vendorTitles(files: Map<string, SchemaFile>): Set<string> {
  const titles = new Set<string>();
  for (const schema of envelopeSchemas(files).values()) {
    titles.add(schema.title as string);
    for (const [key, definition] of Object.entries(definitionsOf(schema)))
      titles.add(typeof definition.title === "string" ? definition.title : key);
  }
  return titles;
}
