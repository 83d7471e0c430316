// The vendor packages under test, and their schemas as the generator's loader reads them.

import { fileURLToPath } from "node:url";
import { buildModel, loadVendor, type VendorModel } from "@commerce-errors/codegen";

export const VENDORS = ["bigcommerce", "commercelayer", "commercetools", "elasticpath"] as const;
export type Vendor = (typeof VENDORS)[number];

/** The repository root (tools/bench/src -> ../../..). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const BENCH_ROOT = fileURLToPath(new URL("../", import.meta.url));

export type JsonSchema = Record<string, unknown>;

const models = new Map<string, VendorModel>();
/** Any vendor of schemas/, as the generator's loader and model read it (once per process). */
export function vendorModel(vendor: string): VendorModel {
  let model = models.get(vendor);
  if (!model) {
    model = buildModel(loadVendor(`${REPO_ROOT}schemas`, vendor));
    models.set(vendor, model);
  }
  return model;
}

/** The vendor's envelope schemas, in vendor.json (match) order; each call gets its own copy to compile. */
export function loadEnvelopeSchemas(vendor: Vendor): JsonSchema[] {
  return vendorModel(vendor).envelopes.map((envelope) => structuredClone(envelope.schema));
}

/** Every `examples` entry of the vendor's envelope schemas. */
export function loadSchemaExamples(vendor: Vendor): unknown[] {
  return loadEnvelopeSchemas(vendor).flatMap((schema) => (schema.examples as unknown[] | undefined) ?? []);
}
