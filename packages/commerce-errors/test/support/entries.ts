// Every `commerce-errors/<vendor>` entry, from source, by vendor name: for tests that run all twelve.
import type * as root from "../../src/index.js";
import { vendorNames, type VendorName } from "../../src/generated/vendor-names.js";

export type Entry = typeof root;

export const vendorEntries: Record<VendorName, Entry> = Object.fromEntries(
  await Promise.all(vendorNames.map(async (vendor) => [vendor, (await import(`../../src/entries/${vendor}.ts`)) as Entry] as const)),
) as Record<VendorName, Entry>;
