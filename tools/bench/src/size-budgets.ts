// tools/bench/size-budgets.json: per vendor and per umbrella entry, the goal and the current limit
// of a gzip size. `pnpm --filter @commerce-errors/bench size:budgets` rewrites them from a fresh
// measurement: the goals from goalFor / umbrellaGoal, the limits as the comments there say.
import { readFileSync, writeFileSync } from "node:fs";
import { measureSizes } from "./size.js";
import { fromErrorGzip, UMBRELLA_VENDORS, type UmbrellaEntry } from "./umbrella.js";
import { BENCH_ROOT, VENDORS, type Vendor } from "./vendors.js";

export const BUDGETED = ["isErrorResponse", "parseErrorResponse", "entry"] as const;
export type Budgeted = (typeof BUDGETED)[number];

export interface Budget {
  /** The size we aim for (goal 3 of the bench). */
  goal: number;
  /** The size the build may not exceed today: a regression guard, lowered as sizes shrink. */
  limit: number;
}

export interface SizeBudgets {
  $comment: string;
  unit: string;
  vendors: Record<Vendor, Record<Budgeted, Budget>>;
  /** The umbrella's fromError per entry (root and commerce-errors/<vendor>): test/umbrella-size.test.ts. */
  umbrella?: { $comment?: string; fromError: Record<UmbrellaEntry, Budget> };
}

export const BUDGETS_PATH = `${BENCH_ROOT}size-budgets.json`;

/** Goal 3: isErrorResponse alone <= 1.5 kB; parseErrorResponse alone <= 4 kB (commercetools <= 7 kB); the whole entry <= 5 kB (commercetools <= 8 kB). */
export function goalFor(vendor: Vendor, subject: Budgeted): number {
  if (subject === "isErrorResponse") return 1500;
  if (subject === "parseErrorResponse") return vendor === "commercetools" ? 7000 : 4000;
  return vendor === "commercetools" ? 8000 : 5000;
}

export function readBudgets(): SizeBudgets {
  return JSON.parse(readFileSync(BUDGETS_PATH, "utf8")) as SizeBudgets;
}

export const limitFor = (measured: number): number => Math.ceil((measured * 1.05) / 10) * 10;

/** The pay-per-vendor goals (issue 21): one vendor <= 6 kB (commercetools <= 10 kB), the root (every vendor) <= 32 kB. */
export function umbrellaGoal(entry: UmbrellaEntry): number {
  return entry === "root" ? 32_000 : entry === "commercetools" ? 10_000 : 6_000;
}

/** The pay-per-vendor import goals (issue 21), ms of an entry's own import cost (bench only: no test times anything). */
export function umbrellaImportGoalMs(entry: UmbrellaEntry): number {
  return entry === "root" ? 4.5 : 1.5;
}

/** A size that meets its goal is held to the goal; one that misses it may not grow past measured + 5%. */
const umbrellaLimitFor = (measured: number, goal: number): number => (measured <= goal ? goal : limitFor(measured));

async function writeBudgets(): Promise<void> {
  const sizes = await measureSizes();
  const vendors = {} as SizeBudgets["vendors"];
  for (const vendor of VENDORS) {
    vendors[vendor] = Object.fromEntries(
      BUDGETED.map((subject) => [subject, { goal: goalFor(vendor, subject), limit: limitFor(sizes[vendor][subject].gzip) }]),
    ) as Record<Budgeted, Budget>;
  }
  const comment = readBudgets().umbrella?.$comment;
  const fromError = {} as Record<UmbrellaEntry, Budget>;
  for (const entry of ["root", ...UMBRELLA_VENDORS] as const) {
    const goal = umbrellaGoal(entry);
    fromError[entry] = { goal, limit: umbrellaLimitFor(await fromErrorGzip(entry), goal) };
  }
  const budgets: SizeBudgets = {
    $comment:
      "Checked by test/size.test.ts. `limit` fails the build; `goal` is the target. Rewrite limits with `pnpm --filter @commerce-errors/bench size:budgets`.",
    unit: "bytes; esbuild bundle (ESM, minify, platform browser) of `export { isErrorResponse }` / `export { parseErrorResponse }` / `export *` from the package, gzip level 9",
    vendors,
    umbrella: { ...(comment && { $comment: comment }), fromError },
  };
  writeFileSync(BUDGETS_PATH, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`wrote ${BUDGETS_PATH}`);
}

if (process.argv.includes("--write")) await writeBudgets();
