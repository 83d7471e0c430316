// `pnpm --filter @commerce-errors/codegen categories-report`: per vendor, how many documented codes map
// to each category, the error statuses, and the sources the mappings cite (schemas/<vendor>/categories.json).
import { join } from "node:path";
import { errorCategoryNames } from "@commerce-errors/runtime";
import { compactCategories } from "./emit/emit-error-categories.js";
import { loadVendor } from "./load/load-vendor.js";
import { buildModel } from "./model/build-model.js";
import { listVendors } from "./pipeline.js";

const root = new URL("../../../", import.meta.url).pathname;
const categories = errorCategoryNames.filter((name) => name !== "unknown");
const models = listVendors(root).map((vendor) => buildModel(loadVendor(join(root, "schemas"), vendor)));

const header = ["vendor", "codes", ...categories, "in /core", "statuses"];
const rows = models.map((model) => {
  const counts = new Map<string, number>();
  for (const { category } of model.categories.codes) counts.set(category, (counts.get(category) ?? 0) + 1);
  const shipped = Object.values(compactCategories(model.categories).codes).reduce((sum, list) => sum + (list?.length ?? 0), 0);
  return [
    model.name,
    String(model.categories.codes.length),
    ...categories.map((category) => String(counts.get(category) ?? "")),
    String(shipped),
    String(Object.keys(model.categories.statuses).length),
  ];
});
const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
console.log([line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n"));
console.log("\n`in /core`: codes /core ships (the others arrive with a status or envelope of their own category).\n");
for (const model of models) {
  const sources = [...new Set([...model.categories.codes, ...model.categories.shopperMessages].map(({ source }) => source))];
  console.log(`- ${model.name}: ${sources.join(", ")}`);
}
