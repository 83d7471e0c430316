// Size budget of the umbrella: fromError through the root entry and through each
// `commerce-errors/<vendor>` entry may not grow past its limit in size-budgets.json ("umbrella").
import { describe, expect, it } from "vitest";
import { readBudgets } from "../src/size-budgets.js";
import { fromErrorGzip, UMBRELLA_VENDORS, type UmbrellaEntry } from "../src/umbrella.js";

const budgets = readBudgets().umbrella!.fromError;

describe("umbrella fromError, gzip", () => {
  it.each(["root", ...UMBRELLA_VENDORS] as UmbrellaEntry[])("%s stays within its limit", async (entry) => {
    const budget = budgets[entry];
    expect(budget, `size-budgets.json has no umbrella.fromError.${entry}`).toBeDefined();
    const gzip = await fromErrorGzip(entry);
    const goal = gzip <= budget!.goal ? "within goal" : `${gzip - budget!.goal} B over the ${budget!.goal} B goal`;
    console.log(`commerce-errors${entry === "root" ? "" : `/${entry}`} fromError: ${gzip} B gzip (limit ${budget!.limit} B, ${goal})`);
    expect(gzip, `${entry} grew to ${gzip} B gzip, past its limit of ${budget!.limit} B`).toBeLessThanOrEqual(budget!.limit);
  });

  // A quarter until the rule interpreters (reading, SDK errors, classification) became a fixed cost
  // every entry shares; with twelve vendors a vendor entry is now about 28% of the root (issue 21's note).
  it("a vendor entry costs a fraction of the root entry", async () => {
    expect(await fromErrorGzip("stripe")).toBeLessThan((await fromErrorGzip("root")) / 3);
  });
});
