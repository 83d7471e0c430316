// Real bodies: the `examples` of schemas/<vendor>/*.schema.json, read through the shared testkit.
import { readEnvelopeSchemas } from "@commerce-errors/testkit";
import { vendorNames, type VendorName } from "../src/index.js";

export interface Example {
  vendor: VendorName;
  envelope: string;
  index: number;
  body: unknown;
}

export const allExamples: Example[] = vendorNames.flatMap((vendor) =>
  readEnvelopeSchemas(vendor).flatMap((schema) => schema.examples.map((body, index) => ({ vendor, envelope: schema.title, index, body }))),
);

/** The `index`th example of one envelope; fails loudly when the schemas change under the test. */
export function example(vendor: VendorName, envelope: string, index: number): unknown {
  const found = allExamples.find((entry) => entry.vendor === vendor && entry.envelope === envelope && entry.index === index);
  if (!found) throw new Error(`no example ${index} of ${vendor} ${envelope} in schemas/${vendor}/`);
  return found.body;
}
