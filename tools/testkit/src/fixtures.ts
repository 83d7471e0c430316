// Test fixtures read from the single source of truth: the schemas' examples and the seed documents.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const schemasDir = `${repositoryRoot}schemas/`;
export const seedsDir = `${repositoryRoot}../shared/seeds/`;

export interface EnvelopeSchema {
  file: string;
  title: string;
  required: string[];
  examples: unknown[];
  schema: Record<string, unknown>;
}

export function readEnvelopeSchemas(vendor: string): EnvelopeSchema[] {
  const { envelopes } = JSON.parse(readFileSync(`${schemasDir}${vendor}/vendor.json`, "utf8")) as { envelopes: string[] };
  return envelopes.map((stem) => {
    const file = `schemas/${vendor}/${stem}.schema.json`;
    const schema = JSON.parse(readFileSync(`${repositoryRoot}${file}`, "utf8")) as Record<string, unknown>;
    return {
      file,
      title: schema.title as string,
      required: (schema.required as string[] | undefined) ?? [],
      examples: (schema.examples as unknown[] | undefined) ?? [],
      schema,
    };
  });
}

export function readStatusCatalog(vendor: string): { status: number }[] {
  return (JSON.parse(readFileSync(`${schemasDir}${vendor}/status-codes.json`, "utf8")) as { statusCodes: { status: number }[] }).statusCodes;
}

/** Seed files the table in seeds/README.md lists for a vendor (vendor column matched loosely). */
export function listedSeedFiles(vendor: string): string[] {
  const readme = readFileSync(`${seedsDir}README.md`, "utf8");
  const files: string[] = [];
  for (const line of readme.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const [file, who] = [cells[1], cells[2]];
    if (!file?.endsWith(".txt") || !who) continue;
    if (who.toLowerCase().replace(/[^a-z]/g, "").startsWith(vendor)) files.push(file);
  }
  return files;
}

export function seedFiles(vendor: string): string[] {
  return listedSeedFiles(vendor).filter((file) => existsSync(`${seedsDir}${file}`));
}

/** Every JSON object body printed in a seed document: a line that is just "{" up to its closing brace. */
export function seedBodies(file: string): unknown[] {
  const lines = readFileSync(`${seedsDir}${file}`, "utf8").split("\n");
  const bodies: unknown[] = [];
  for (let start = 0; start < lines.length; start++) {
    if (lines[start]!.trim() !== "{") continue;
    for (let end = start + 1; end < lines.length; end++) {
      if (lines[end]!.trim() !== "}") continue;
      try {
        bodies.push(JSON.parse(lines.slice(start, end + 1).join("\n")));
        start = end;
        break;
      } catch {
        // not closed yet: an inner "}" line
      }
    }
  }
  return bodies;
}

export function listVendors(): string[] {
  return readdirSync(schemasDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}
