// The umbrella `commerce-errors`: what its root entry and one `commerce-errors/<vendor>` entry cost
// to bundle (fromError alone, gzip) and to import in a fresh process. Budgets: size-budgets.json "umbrella".
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bundleSize } from "./size.js";
import { median } from "./stats.js";
import { BENCH_ROOT } from "./vendors.js";

export const UMBRELLA_VENDORS = [
  "adyen",
  "amazonsp",
  "bigcommerce",
  "braintree",
  "checkoutcom",
  "commercelayer",
  "commercetools",
  "elasticpath",
  "magento",
  "medusa",
  "mollie",
  "paypal",
  "saleor",
  "sfcc",
  "shopify",
  "shopware",
  "square",
  "stripe",
  "vendure",
  "woocommerce",
] as const;
export type UmbrellaVendor = (typeof UMBRELLA_VENDORS)[number];

/** "root" is `import { fromError } from "commerce-errors"` (every vendor). */
export type UmbrellaEntry = "root" | UmbrellaVendor;

const ENTRY = fileURLToPath(new URL("./umbrella-entry.mjs", import.meta.url));

export function specifierOf(entry: UmbrellaEntry): string {
  return entry === "root" ? "commerce-errors" : `commerce-errors/${entry}`;
}

/** gzip bytes of a bundle that imports only `fromError` from the entry. */
export async function fromErrorGzip(entry: UmbrellaEntry): Promise<number> {
  return (await bundleSize(`export { fromError } from "${specifierOf(entry)}";`)).gzip;
}

/**
 * gzip bytes of what fromError needs of the vendor package (its /core: checks, status summaries, body
 * decoder, identity), bundled alone. Less than the entry's fromError by the umbrella's own code: the
 * shared recognisers and normalizer, and the vendor's readers. (gzip is not additive: approximate.)
 */
async function vendorCoreGzip(vendor: UmbrellaVendor): Promise<number> {
  const names = "matchErrorEnvelope, summarizeStatus, decodeErrorBody, vendorName, requestIdHeaders, envelopeNames";
  return (await bundleSize(`export { ${names} } from "@commerce-errors/${vendor}/core";`)).gzip;
}

/** One `import()` of a specifier in a fresh node process, ms. */
function importOnce(specifier: string): number {
  const child = spawnSync(process.execPath, [ENTRY, specifier], { cwd: BENCH_ROOT, encoding: "utf8" });
  if (child.status !== 0) throw new Error(`umbrella-entry ${specifier} failed: ${child.stderr}`);
  return Number(child.stdout);
}

/** The smallest package there is (tools/bench/import-baseline): what Node's loader costs any package here. */
const BASELINE = "import-baseline";

export interface UmbrellaRow {
  entry: UmbrellaEntry;
  fromErrorGzip: number;
  /** For a vendor entry, the part of fromErrorGzip that is the vendor package's /core (vendorCoreGzip). */
  vendorCoreGzip: number | undefined;
  /** Median `import()` time in a fresh process, ms. */
  importMs: number;
  /** importMs less the baseline package's, measured in the same rounds: the entry's own cost. */
  ownImportMs: number;
}

/** Rounds interleave the entries and the baseline, so that the machine's drift hits them alike. */
export async function measureUmbrella(rounds: number): Promise<{ rows: UmbrellaRow[]; baselineMs: number }> {
  const entries = ["root", ...UMBRELLA_VENDORS] as const;
  const runs = new Map<string, number[]>([[BASELINE, []], ...entries.map((entry) => [specifierOf(entry), []] as [string, number[]])]);
  for (let round = 0; round < rounds; round++) for (const [specifier, times] of runs) times.push(importOnce(specifier));
  const baselineMs = median(runs.get(BASELINE)!);
  const rows: UmbrellaRow[] = [];
  for (const entry of entries) {
    const importMs = median(runs.get(specifierOf(entry))!);
    rows.push({
      entry,
      fromErrorGzip: await fromErrorGzip(entry),
      vendorCoreGzip: entry === "root" ? undefined : await vendorCoreGzip(entry),
      importMs,
      ownImportMs: importMs - baselineMs,
    });
  }
  return { rows, baselineMs };
}
