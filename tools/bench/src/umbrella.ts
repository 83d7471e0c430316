// The umbrella `commerce-errors`: what its root entry and one `commerce-errors/<vendor>` entry cost
// to bundle (fromError alone, gzip) and to import in a fresh process. Budgets: size-budgets.json "umbrella".
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bundleSize } from "./size.js";
import { median } from "./stats.js";
import { BENCH_ROOT } from "./vendors.js";

export const UMBRELLA_VENDORS = [
  "bigcommerce",
  "commercelayer",
  "commercetools",
  "elasticpath",
  "magento",
  "medusa",
  "paypal",
  "saleor",
  "sfcc",
  "shopify",
  "stripe",
  "woocommerce",
] as const;
export type UmbrellaVendor = (typeof UMBRELLA_VENDORS)[number];

/** "root" is `import { fromError } from "commerce-errors"` (all twelve vendors). */
export type UmbrellaEntry = "root" | UmbrellaVendor;

const ENTRY = fileURLToPath(new URL("./umbrella-entry.mjs", import.meta.url));

export function specifierOf(entry: UmbrellaEntry): string {
  return entry === "root" ? "commerce-errors" : `commerce-errors/${entry}`;
}

/** gzip bytes of a bundle that imports only `fromError` from the entry. */
export async function fromErrorGzip(entry: UmbrellaEntry): Promise<number> {
  return (await bundleSize(`export { fromError } from "${specifierOf(entry)}";`)).gzip;
}

/** Median `import()` time of the entry in fresh node processes, ms. */
export function importMs(entry: UmbrellaEntry, rounds: number): number {
  const runs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const child = spawnSync(process.execPath, [ENTRY, specifierOf(entry)], { cwd: BENCH_ROOT, encoding: "utf8" });
    if (child.status !== 0) throw new Error(`umbrella-entry ${entry} failed: ${child.stderr}`);
    runs.push(Number(child.stdout));
  }
  return median(runs);
}

export interface UmbrellaRow {
  entry: UmbrellaEntry;
  fromErrorGzip: number;
  importMs: number;
}

export async function measureUmbrella(rounds: number): Promise<UmbrellaRow[]> {
  const rows: UmbrellaRow[] = [];
  for (const entry of ["root", ...UMBRELLA_VENDORS] as const)
    rows.push({ entry, fromErrorGzip: await fromErrorGzip(entry), importMs: importMs(entry, rounds) });
  return rows;
}
