// Test fixtures read from the single source of truth: the schemas' examples and schemas/<vendor>/fixtures/.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const schemasDir = `${repositoryRoot}schemas/`;

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
  return (JSON.parse(readFileSync(`${schemasDir}${vendor}/status-codes.json`, "utf8")) as { statusCodes: { status: number }[] })
    .statusCodes;
}

export function listVendors(): string[] {
  return readdirSync(schemasDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** What `parseErrorResponse` must make of a fixture: "success" means neither "error" nor "partial". */
export type FixtureKind = "error" | "partial" | "empty" | "unrecognized" | "success";

/** A real body with its provenance: `schemas/<vendor>/fixtures/<name>.json`. */
export interface Fixture {
  name: string;
  file: string;
  source: string;
  status: number;
  headers?: Record<string, string>;
  envelope?: string;
  kind: FixtureKind;
  body: unknown;
}

const fixtureKinds: readonly FixtureKind[] = ["error", "partial", "empty", "unrecognized", "success"];

/** Every fixture of a vendor, sorted by name; a malformed file throws with its path and what is wrong. */
export function readFixtures(vendor: string): Fixture[] {
  const dir = `${schemasDir}${vendor}/fixtures/`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = `schemas/${vendor}/fixtures/${name}`;
      const raw = JSON.parse(readFileSync(`${repositoryRoot}${file}`, "utf8")) as Record<string, unknown>;
      const problem = fixtureProblem(raw);
      if (problem) throw new Error(`${file}: ${problem}`);
      return {
        name: name.slice(0, -".json".length),
        file,
        source: raw.source as string,
        status: raw.status as number,
        ...(raw.headers ? { headers: raw.headers as Record<string, string> } : {}),
        ...(raw.envelope ? { envelope: raw.envelope as string } : {}),
        kind: (raw.kind as FixtureKind | undefined) ?? "error",
        body: raw.body,
      };
    });
}

/** Why a fixture file is malformed, or undefined. */
export function fixtureProblem(raw: Record<string, unknown>): string | undefined {
  const known = new Set(["$comment", "source", "status", "headers", "envelope", "kind", "body"]);
  const unknown = Object.keys(raw).filter((key) => !known.has(key));
  if (unknown.length > 0) return `unknown keys ${unknown.join(", ")}`;
  if (typeof raw.source !== "string" || !/^https:\/\/[^\s]+$/.test(raw.source)) return "source must be a public https URL";
  if (!Number.isInteger(raw.status) || (raw.status as number) < 100 || (raw.status as number) > 599) return "status must be an HTTP status";
  if (!("body" in raw)) return "body is missing";
  if (raw.kind !== undefined && !fixtureKinds.includes(raw.kind as FixtureKind)) return `kind must be one of ${fixtureKinds.join(", ")}`;
  if (raw.envelope !== undefined && typeof raw.envelope !== "string") return "envelope must be a title";
  if (
    raw.headers !== undefined &&
    (typeof raw.headers !== "object" || raw.headers === null || Object.values(raw.headers).some((v) => typeof v !== "string"))
  )
    return "headers must map names to strings";
  return undefined;
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
