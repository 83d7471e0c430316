// What the site reads from schemas/ at build time: each vendor's metadata, envelopes (with their
// examples) and status catalog, and the error codes from the built package's catalog.
import { readdirSync, readFileSync } from "node:fs";
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

const readJson = (path: string) => JSON.parse(readFileSync(`${repositoryRoot}${path}`, "utf8"));

export function listVendors(): string[] {
  return readdirSync(`${repositoryRoot}schemas`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function readVendor(name: string): Promise<VendorDoc> {
  const meta = readJson(`schemas/${name}/vendor.json`);
  const envelopes = (meta.envelopes as string[]).map((stem): EnvelopeDoc => {
    const file = `schemas/${name}/${stem}.schema.json`;
    const schema = readJson(file);
    return {
      file,
      title: schema.title,
      description: schema.description ?? "",
      required: schema.required ?? [],
      examples: schema.examples ?? [],
    };
  });
  // The error-code catalog as the package ships it (one entry per documented code).
  const pkg = (await import(`@commerce-errors/${name}`)) as { errorCodes?: VendorDoc["errorCodes"] };
  return {
    name,
    displayName: meta.displayName ?? name,
    description: meta.description ?? "",
    docs: meta.docs ?? [],
    envelopes,
    statusCodes: readJson(`schemas/${name}/status-codes.json`).statusCodes,
    errorCodes: [...(pkg.errorCodes ?? [])],
  };
}
