// What the site reads from schemas/ at build time: each vendor's metadata, envelopes (with their
// examples) and status catalog, through the generator's loader and model (so the pages show what
// the packages were built from), and the error codes from the built package's catalog.
import { buildModel, listVendors as listSchemaVendors, loadVendor } from "@commerce-errors/codegen";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface EnvelopeDoc {
  file: string;
  title: string;
  description: string;
  required: string[];
  examples: unknown[];
}
export interface StatusDoc {
  status: number;
  text: string;
  meaning: string;
  retry: string;
  troubleshooting: string[];
}
export interface VendorDoc {
  name: string;
  displayName: string;
  description: string;
  docs: string[];
  envelopes: EnvelopeDoc[];
  statusCodes: StatusDoc[];
  errorCodes: { code: string; type: string; description?: string }[];
}

export function listVendors(): string[] {
  return listSchemaVendors(repositoryRoot);
}

export async function readVendor(name: string): Promise<VendorDoc> {
  const model = buildModel(loadVendor(`${repositoryRoot}schemas`, name));
  const envelopes = model.envelopes.map(
    (envelope): EnvelopeDoc => ({
      file: envelope.file,
      title: envelope.title,
      description: envelope.description ?? "",
      required: (envelope.schema.required as string[] | undefined) ?? [],
      examples: envelope.examples,
    }),
  );
  // The error-code catalog as the package ships it (one entry per documented code).
  const pkg = (await import(`@commerce-errors/${name}`)) as { errorCodes?: VendorDoc["errorCodes"] };
  return {
    name,
    displayName: model.displayName,
    description: model.description,
    docs: model.docs,
    envelopes,
    statusCodes: model.statusCodes,
    errorCodes: [...(pkg.errorCodes ?? [])],
  };
}
