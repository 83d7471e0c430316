// The documented examples of a vendor's envelopes, as the generator's loader and model read them
// (one loader for every reader of schemas/).

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildModel, loadVendor } from "@commerce-errors/codegen";

const schemasDir = join(fileURLToPath(new URL("../../../", import.meta.url)), "schemas");

/** Every example of the vendor's envelopes in match order, or of the one envelope whose file stem is given. */
export function documentedExamples(vendor: string, stem?: string): unknown[] {
  return buildModel(loadVendor(schemasDir, vendor))
    .envelopes.filter((envelope) => stem === undefined || envelope.stem === stem)
    .flatMap((envelope) => structuredClone(envelope.examples));
}
