// Size budget (goal 3): fails when a vendor bundle grows past its current limit in size-budgets.json.
import { describe, expect, it } from "vitest";
import { BUDGETED, readBudgets } from "../src/size-budgets.js";
import { bundleEntry, bundleSize } from "../src/size.js";
import { VENDORS } from "../src/vendors.js";

const budgets = readBudgets();

describe.each(VENDORS)("%s", (vendor) => {
  it.each(BUDGETED)("%s stays within its gzip limit", async (subject) => {
    const budget = budgets.vendors[vendor]?.[subject];
    expect(budget, `size-budgets.json has no ${vendor}.${subject}`).toBeDefined();
    const { gzip } = await bundleSize(bundleEntry(vendor, subject));
    const goal = gzip <= budget!.goal ? "within goal" : `${gzip - budget!.goal} B over the ${budget!.goal} B goal`;
    console.log(`${vendor} ${subject}: ${gzip} B gzip (limit ${budget!.limit} B, ${goal})`);
    expect(gzip, `${vendor} ${subject} grew to ${gzip} B gzip, past its limit of ${budget!.limit} B`).toBeLessThanOrEqual(budget!.limit);
  });
});
