// Goal 4: how long the generator and a cached build take.
// - `codegen --check` on the repository (all vendors in schemas/), and a full generate of the same
//   schemas into a temporary copy (nothing in the repository is written);
// - synthetic roots of 10/50/100 copies of the kitchen-sink fixture, to see how time grows;
// - `pnpm build` twice, the second fully cached by turbo.

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listVendors } from "@commerce-errors/codegen";
import { linearFit, median } from "./stats.js";
import { REPO_ROOT } from "./vendors.js";

const CODEGEN = join(REPO_ROOT, "tools/codegen/bin/codegen.mjs");
const KITCHEN_SINK = join(REPO_ROOT, "tools/codegen/test/fixtures/kitchen-sink");

export interface Timed {
  ms: number;
  exitCode: number | null;
  /** The line of output that sums the run up, for the report. */
  said: string;
}

export interface CodegenOptions {
  runs: number;
  /** Also time --check and generate for these vendors alone (a figure that does not move as vendors are added). */
  subset: readonly string[];
  syntheticCounts: readonly number[];
  build: boolean;
  log?: (line: string) => void;
}

export interface CodegenResult {
  vendors: string[];
  check: Timed & { runs: number[] };
  generateCopy: Timed & { runs: number[] };
  subset: { vendors: string[]; check: Timed & { runs: number[] }; generateCopy: Timed & { runs: number[] } };
  synthetic: { count: number; ms: number; msPerVendor: number; exitCode: number | null }[];
  syntheticFit: { interceptMs: number; msPerVendor: number; r2: number; last2First: number };
  build?: {
    first: Timed;
    second: Timed;
    fullTurbo: boolean;
    /** The same, filtered to the subset's packages: unaffected by other packages' failing builds. */
    subsetFirst: Timed;
    subsetSecond: Timed;
    subsetFullTurbo: boolean;
  };
}

function run(command: string, args: string[], cwd: string, summary: RegExp = /^codegen/): Timed {
  const started = performance.now();
  const child = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", TURBO_TELEMETRY_DISABLED: "1" },
  });
  const ms = performance.now() - started;
  const lines = `${child.stdout ?? ""}\n${child.stderr ?? ""}`
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const said = lines.filter((line) => summary.test(line)).join("; ") || (lines.at(-1) ?? "");
  return { ms, exitCode: child.status, said };
}

function repeat(times: number, once: () => Timed): Timed & { runs: number[] } {
  const all = Array.from({ length: times }, once);
  const ms = median(all.map((timed) => timed.ms));
  return { ...all.at(-1)!, ms, runs: all.map((timed) => timed.ms) };
}

/** A temporary repository root holding only schemas/ (and what the generator reads next to it). */
function temporaryRoot(fill: (schemas: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), "commerce-errors-bench-"));
  mkdirSync(join(root, "schemas"));
  cpSync(join(REPO_ROOT, "pnpm-workspace.yaml"), join(root, "pnpm-workspace.yaml"));
  fill(join(root, "schemas"));
  return root;
}

function syntheticRoot(count: number): string {
  return temporaryRoot((schemas) => {
    for (let i = 1; i <= count; i++) {
      const name = `synthetic${String(i).padStart(3, "0")}`;
      mkdirSync(join(schemas, name));
      for (const file of readdirSync(KITCHEN_SINK)) {
        writeFileSync(join(schemas, name, file), readFileSync(join(KITCHEN_SINK, file), "utf8").replaceAll("kitchen-sink", name));
      }
    }
  });
}

export function measureCodegen(options: CodegenOptions): CodegenResult {
  const log = options.log ?? (() => {});
  const vendors = listVendors(REPO_ROOT);

  const timeCheckAndGenerate = (only: readonly string[]) => {
    const vendorFlags = only.flatMap((vendor) => ["--vendor", vendor]);
    log(`codegen: --check on ${only.length} vendors, ${options.runs} run(s)`);
    const check = repeat(options.runs, () => run(process.execPath, [CODEGEN, "--check", ...vendorFlags], REPO_ROOT));
    log(`codegen: full generate of ${only.length} vendors into a temporary copy, ${options.runs} run(s)`);
    const generateCopy = repeat(options.runs, () => {
      const root = temporaryRoot((schemas) => {
        for (const vendor of only) cpSync(join(REPO_ROOT, "schemas", vendor), join(schemas, vendor), { recursive: true });
      });
      try {
        return run(process.execPath, [CODEGEN, "--root", root, "--no-changeset"], REPO_ROOT);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
    return { check, generateCopy };
  };
  const all = timeCheckAndGenerate(vendors);
  const subset = { vendors: [...options.subset], ...timeCheckAndGenerate(options.subset) };

  const synthetic: CodegenResult["synthetic"] = [];
  for (const count of options.syntheticCounts) {
    log(`codegen: ${count} synthetic vendors`);
    const root = syntheticRoot(count);
    try {
      const timed = run(process.execPath, [CODEGEN, "--root", root, "--no-changeset"], REPO_ROOT);
      const written = existsSync(join(root, "packages")) ? readdirSync(join(root, "packages")).length : 0;
      if (timed.exitCode !== 0 || written !== count) throw new Error(`synthetic generate of ${count} vendors failed: ${timed.said}`);
      synthetic.push({ count, ms: timed.ms, msPerVendor: timed.ms / count, exitCode: timed.exitCode });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const fit = linearFit(synthetic.map(({ count, ms }) => [count, ms] as const));
  const first = synthetic[0]!;
  const last = synthetic.at(-1)!;
  const syntheticFit = {
    interceptMs: fit.intercept,
    msPerVendor: fit.slope,
    r2: fit.r2,
    // Marginal ms per vendor between the last two counts over that between the first two: ~1 when linear.
    last2First:
      synthetic.length >= 3
        ? (last.ms - synthetic.at(-2)!.ms) /
          (last.count - synthetic.at(-2)!.count) /
          ((synthetic[1]!.ms - first.ms) / (synthetic[1]!.count - first.count))
        : Number.NaN,
  };

  let build: CodegenResult["build"];
  if (options.build) {
    log("build: pnpm build, twice");
    const turboSummary = /^(Tasks|Cached|Time|Failed):/;
    const firstBuild = run("pnpm", ["build"], REPO_ROOT, turboSummary);
    const second = run("pnpm", ["build"], REPO_ROOT, turboSummary);
    const filters = options.subset.map((vendor) => `--filter=@commerce-errors/${vendor}`);
    log(`build: pnpm build ${filters.join(" ")}, twice`);
    const subsetFirst = run("pnpm", ["build", ...filters], REPO_ROOT, turboSummary);
    const subsetSecond = run("pnpm", ["build", ...filters], REPO_ROOT, turboSummary);
    build = {
      first: firstBuild,
      second,
      fullTurbo: second.said.includes("FULL TURBO"),
      subsetFirst,
      subsetSecond,
      subsetFullTurbo: subsetSecond.said.includes("FULL TURBO"),
    };
  }
  return { vendors, check: all.check, generateCopy: all.generateCopy, subset, synthetic, syntheticFit, build };
}
