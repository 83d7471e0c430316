// The vendors of a repository: the folders of schemas/, sorted. Every tool lists vendors here.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../usage-error.js";

export function listVendors(root: string): string[] {
  const dir = join(root, "schemas");
  if (!existsSync(dir)) throw new UsageError(`${dir} does not exist: run from the repository or pass --root`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
