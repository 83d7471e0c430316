// The published packages of the workspace: every packages/* that is not private.
import { listVendors } from "@commerce-errors/codegen";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

export interface PublishedPackage {
  name: string;
  dir: string;
  /** Schema folder for generated vendor packages. */
  vendor?: string;
  manifest: { name: string; private?: boolean; [key: string]: unknown };
}

export function publishedPackages(): PublishedPackage[] {
  const packagesDir = `${repositoryRoot}packages/`;
  const vendors = new Set(listVendors(repositoryRoot));
  return readdirSync(packagesDir)
    .sort()
    .map((folder) => {
      const dir = `${packagesDir}${folder}`;
      const manifest = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"));
      const vendor = vendors.has(folder) ? folder : undefined;
      return { name: manifest.name as string, dir, vendor, manifest };
    })
    .filter((pkg) => !pkg.manifest.private);
}
