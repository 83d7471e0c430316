// What an application pays for several vendors at once: each vendor package's main functions
// (isErrorResponse, validateErrorResponse, parseErrorResponse, fromSdkError) bundled together, and
// `commerce-errors/catalog` (every vendor's whole package). The runtime is one shared package, so
// a second vendor adds its own checks and data, not a second runtime.
import { listVendors } from "@commerce-errors/codegen";
import { bundleSize } from "./size.js";
import { REPO_ROOT } from "./vendors.js";

/** The twelve vendors the goals were set with (the eight later ones come on top). */
export const ORIGINAL_VENDORS = [
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

/** Goals of issue 21, gzip bytes. */
const GOALS: Record<string, number> = {
  stripe: 7_600,
  "stripe + commercetools": 17_500,
  "stripe + commercetools + shopify": 21_500,
  "the twelve original vendors": 43_000,
  "commerce-errors/catalog": 70_000,
};

export interface SharedRuntimeRow {
  subject: string;
  gzip: number;
  goal: number | undefined;
}

const functionsOf = (vendors: readonly string[]) =>
  vendors
    .map(
      (vendor, index) =>
        `export { isErrorResponse as is${index}, validateErrorResponse as validate${index}, parseErrorResponse as parse${index}, fromSdkError as fromSdk${index} } from "@commerce-errors/${vendor}";`,
    )
    .join("\n");

export async function measureSharedRuntime(): Promise<SharedRuntimeRow[]> {
  const all = listVendors(REPO_ROOT);
  const subjects: [string, string][] = [
    ["stripe", functionsOf(["stripe"])],
    ["stripe + commercetools", functionsOf(["stripe", "commercetools"])],
    ["stripe + commercetools + shopify", functionsOf(["stripe", "commercetools", "shopify"])],
    ["the twelve original vendors", functionsOf(ORIGINAL_VENDORS)],
    [`all ${all.length} vendors`, functionsOf(all)],
    ["commerce-errors/catalog", 'export * from "commerce-errors/catalog";'],
  ];
  const rows: SharedRuntimeRow[] = [];
  for (const [subject, source] of subjects) rows.push({ subject, gzip: (await bundleSize(source)).gzip, goal: GOALS[subject] });
  return rows;
}
