// The vendor packages under test, and where their schemas live.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const VENDORS = ["bigcommerce", "commercelayer", "commercetools", "elasticpath"] as const;
export type Vendor = (typeof VENDORS)[number];

/** The repository root (tools/bench/src -> ../../..). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const BENCH_ROOT = fileURLToPath(new URL("../", import.meta.url));

export type JsonSchema = Record<string, unknown>;

/** The vendor's envelope schemas, in vendor.json (match) order. */
export function loadEnvelopeSchemas(vendor: Vendor): JsonSchema[] {
  const dir = `${REPO_ROOT}schemas/${vendor}/`;
  const meta = JSON.parse(readFileSync(`${dir}vendor.json`, "utf8")) as { envelopes: string[] };
  return meta.envelopes.map((stem) => JSON.parse(readFileSync(`${dir}${stem}.schema.json`, "utf8")) as JsonSchema);
}

/** Every `examples` entry of the vendor's envelope schemas. */
export function loadSchemaExamples(vendor: Vendor): unknown[] {
  return loadEnvelopeSchemas(vendor).flatMap((schema) => (schema.examples as unknown[] | undefined) ?? []);
}
