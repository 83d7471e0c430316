// Test fixtures read from the single source of truth, schemas/<vendor>/, through the generator's
// loader and model: the schemas' examples, the status catalog and schemas/<vendor>/fixtures/.
import { type FixtureKind, type LoadedFixture, type VendorModel, buildModel, loadVendor } from "@commerce-errors/codegen";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const schemasDir = `${repositoryRoot}schemas`;

export type { FixtureKind };
/** A real body with its provenance: `schemas/<vendor>/fixtures/<name>.json`. */
export type Fixture = LoadedFixture;

export interface EnvelopeSchema {
  file: string;
  title: string;
  required: string[];
  examples: unknown[];
  schema: Record<string, unknown>;
}

// Loading proves every schema compiles (AJV): once per vendor and process, not once per reader.
const models = new Map<string, VendorModel>();
function vendorModel(vendor: string): VendorModel {
  let model = models.get(vendor);
  if (!model) {
    model = buildModel(loadVendor(schemasDir, vendor));
    models.set(vendor, model);
  }
  return model;
}

// Each call returns its own copy, as reading the files did: a test that edits a body edits only its own.
export function readEnvelopeSchemas(vendor: string): EnvelopeSchema[] {
  return vendorModel(vendor).envelopes.map((envelope) => {
    const schema = structuredClone(envelope.schema);
    return {
      file: envelope.file,
      title: envelope.title,
      required: (schema.required as string[] | undefined) ?? [],
      examples: schema.examples ?? [],
      schema,
    };
  });
}

export function readStatusCatalog(vendor: string): { status: number }[] {
  return structuredClone(vendorModel(vendor).statusCodes);
}

/** Every fixture of a vendor, sorted by name; a malformed file throws with its path and what is wrong. */
export function readFixtures(vendor: string): Fixture[] {
  return structuredClone(vendorModel(vendor).fixtures);
}

/** A readable name for a schema example: its envelope, its first code or message, and its position. */
export function exampleName(title: string, example: unknown, index: number): string {
  const label = exampleLabel(example);
  return label ? `${title} #${index + 1} (${label})` : `${title} #${index + 1}`;
}

function exampleLabel(value: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof value !== "object" || value === null) return typeof value === "string" ? value.slice(0, 48) : undefined;
  if (Array.isArray(value)) return exampleLabel(value[0], depth + 1);
  const record = value as Record<string, unknown>;
  for (const key of ["code", "error", "__typename", "type", "title", "message"]) {
    const field = record[key];
    if (typeof field === "string" || typeof field === "number") return `${key}: ${String(field).slice(0, 48)}`;
  }
  for (const key of ["errors", "error", "fault", "userErrors", "data"]) {
    const label = key in record ? exampleLabel(record[key], depth + 1) : undefined;
    if (label) return label;
  }
  return undefined;
}
