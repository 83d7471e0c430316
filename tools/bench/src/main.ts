// `pnpm bench`: runs the four goals of the performance issue, prints one table per goal and writes
// the same figures to bench/results/latest.json (and latest.md). Flags:
//   --quick            fewer rounds (for trying the harness; not for the README)
//   --only=a,b         only these parts: throughput, cold, size, install, codegen, rate-limit, explain
//                      (nearest envelope, bounded explanations), suite (JSON-Schema-Test-Suite vs AJV and typebox)
//   --skip-build       do not time `pnpm build` (goal 4)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { BODY_NAMES, bodies } from "./bodies.js";
import { measureBounded, WRONG_ITEMS } from "./bounded.js";
import { type CodegenResult, measureCodegen } from "./codegen-timing.js";
import { type ColdStartRow, measureColdStart } from "./cold-start.js";
import { bytes, ms, ops, ratio, table, verdict } from "./format.js";
import { IMPLEMENTATION_IDS, IMPLEMENTATION_LABELS, type ImplementationId } from "./implementations.js";
import { type InstallSizeRow, installGoalBytes, measureInstallSize, publishedPackageDirs } from "./install-size.js";
import { measureMutations } from "./mutations.js";
import { checkNoEval, type NoEvalRow } from "./no-eval.js";
import { rateLimitSection } from "./rate-limit/section.js";
import { measureSharedRuntime, type SharedRuntimeRow } from "./shared-runtime.js";
import { measureSizes, type SizeTable } from "./size.js";
import { goalFor, umbrellaGoal, umbrellaImportGoalMs } from "./size-budgets.js";
import { median } from "./stats.js";
import { measureSuite } from "./suite.js";
import { measureThroughput, type ThroughputResult } from "./throughput.js";
import { measureUmbrella, type UmbrellaRow } from "./umbrella.js";
import { BENCH_ROOT, REPO_ROOT, VENDORS } from "./vendors.js";

const PARTS = ["throughput", "cold", "size", "install", "codegen", "rate-limit", "explain", "suite"] as const;
type Part = (typeof PARTS)[number];

const { values: flags } = parseArgs({
  options: { quick: { type: "boolean", default: false }, only: { type: "string" }, "skip-build": { type: "boolean", default: false } },
});
const parts = new Set<Part>(flags.only ? (flags.only.split(",") as Part[]) : PARTS);
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`--only: unknown part "${part}" (${PARTS.join(", ")})`);

const settings = {
  quick: flags.quick,
  throughput: flags.quick ? { rounds: 5, warmupMs: 30, cellMs: 5 } : { rounds: 21, warmupMs: 150, cellMs: 6 },
  coldRounds: flags.quick ? 20 : 30,
  codegenRuns: flags.quick ? 1 : 3,
  syntheticCounts: [10, 50, 100],
  build: !flags["skip-build"],
};
/** The peers our isErrorResponse must beat (goal 1). */
const PEERS: ImplementationId[] = ["ajv-sa", "typebox", "zod", "valibot", "arktype"];

interface GoalLine {
  goal: string;
  /** What is checked, e.g. "isErrorResponse / hand"; the summary groups by it. */
  check: string;
  item: string;
  measured: string;
  target: string;
  met: boolean;
}
const goals: GoalLine[] = [];
const sections: string[] = [];
const log = (line: string) => console.error(`  ${line}`);
const started = performance.now();

function say(markdown: string): void {
  sections.push(markdown);
  console.log(`${markdown}\n`);
}

// --- Goal 1 -------------------------------------------------------------------------------------
let throughput: ThroughputResult | undefined;
let noEval: NoEvalRow[] | undefined;
if (parts.has("throughput")) {
  console.error("goal 1: throughput");
  throughput = await measureThroughput({ vendors: VENDORS, ...settings.throughput, log });
  noEval = checkNoEval(VENDORS);
  const t = throughput;
  const opsOf = (vendor: (typeof VENDORS)[number], body: string, id: ImplementationId) =>
    t.cells.find((cell) => cell.vendor === vendor && cell.body === body && cell.implementation === id)?.opsPerSecond ?? Number.NaN;

  const oursRows: string[][] = [];
  for (const vendor of VENDORS) {
    for (const body of BODY_NAMES) {
      const isRatio = t.ratio(vendor, body, "is", "hand")!;
      const [isLow, isHigh] = t.spread(vendor, body, "is", "hand")!;
      const validateRatio = t.ratio(vendor, body, "validate", "hand")!;
      const slowestPeer = Math.min(...PEERS.map((peer) => t.ratio(vendor, body, "is", peer) ?? Number.POSITIVE_INFINITY));
      goals.push({
        goal: "1 throughput",
        check: "isErrorResponse / hand",
        item: `${vendor} ${body}`,
        measured: ratio(isRatio),
        target: ">= 0.9",
        met: isRatio >= 0.9,
      });
      goals.push({
        goal: "1 throughput",
        check: "validateErrorResponse / hand",
        item: `${vendor} ${body}`,
        measured: ratio(validateRatio),
        target: ">= 0.5",
        met: validateRatio >= 0.5,
      });
      goals.push({
        goal: "1 throughput",
        check: "isErrorResponse / fastest peer",
        item: `${vendor} ${body}`,
        measured: ratio(slowestPeer),
        target: "> 1",
        met: slowestPeer > 1,
      });
      oursRows.push([
        `${vendor} ${body}`,
        ops(opsOf(vendor, body, "hand")),
        `${ops(opsOf(vendor, body, "is"))} (${ratio(isRatio)}, IQR ${ratio(isLow)}-${ratio(isHigh)})`,
        `${ops(opsOf(vendor, body, "validate"))} (${ratio(validateRatio)})`,
        `${ratio(slowestPeer)}`,
        `${verdict(isRatio >= 0.9)} / ${verdict(validateRatio >= 0.5)} / ${verdict(slowestPeer > 1)}`,
      ]);
    }
  }
  const noEvalOk = noEval.every((row) => row.flaggedFiles.length === 0 && row.worksWithoutEval);
  goals.push({
    goal: "1 throughput",
    check: "no eval (dist/ scan; --disallow-code-generation-from-strings)",
    item: "all vendors",
    measured: noEvalOk
      ? "yes, all 4"
      : noEval
          .filter((row) => !row.worksWithoutEval || row.flaggedFiles.length)
          .map((row) => row.vendor)
          .join(", "),
    target: "yes",
    met: noEvalOk,
  });

  const allRows: string[][] = [];
  for (const vendor of VENDORS) {
    for (const body of BODY_NAMES) {
      allRows.push([
        `${vendor} ${body}`,
        ...IMPLEMENTATION_IDS.map((id) => (id === "hand" ? ops(opsOf(vendor, body, id)) : ratio(t.ratio(vendor, body, id, "hand")))),
      ]);
    }
  }
  say(
    [
      "### Goal 1: throughput",
      "",
      `Median ops/s over ${settings.throughput.rounds} interleaved, shuffled rounds (mitata, every result checked); ratios are medians of per-round ratios. ` +
        "`is` = `isErrorResponse`, `validate` = `validateErrorResponse(x).valid`. Goal: is >= 0.9x hand, validate >= 0.5x hand, is faster than every peer (AJV standalone, typebox, zod, valibot, arktype).",
      "",
      table(
        [
          "vendor body",
          "hand ops/s",
          "is ops/s (x hand)",
          "validate ops/s (x hand)",
          "is / fastest peer",
          "verdict (is / validate / peers)",
        ],
        oursRows,
      ),
      "",
      "Every implementation, as a multiple of the hand-written guard (hand column: ops/s):",
      "",
      table(["vendor body", ...IMPLEMENTATION_IDS], allRows),
      "",
      `Columns: ${IMPLEMENTATION_IDS.map((id) => `\`${id}\` ${IMPLEMENTATION_LABELS[id]}`).join("; ")}. zod, valibot and arktype are written for all four vendors.`,
      "",
      `Without eval: ${noEval.map((row) => `${row.vendor} ${row.flaggedFiles.length === 0 && row.worksWithoutEval ? "ok" : `FAILED ${row.flaggedFiles.join(" ")} ${row.detail}`}`).join(", ")} ` +
        "(no `eval`/`Function(` in dist/; correct answers under `node --disallow-code-generation-from-strings`).",
    ].join("\n"),
  );
}

// --- Goal 2 -------------------------------------------------------------------------------------
let cold: ColdStartRow[] | undefined;
if (parts.has("cold")) {
  console.error("goal 2: cold start");
  cold = await measureColdStart({ vendors: VENDORS, rounds: settings.coldRounds, log });
  const rows = cold.map((row) => {
    const isVendor = (VENDORS as readonly string[]).includes(row.mode);
    if (isVendor) {
      goals.push({
        goal: "2 cold start",
        check: "in-process import + first calls",
        item: row.mode,
        measured: `${ms(row.importAndFirstValidateMs)} ms`,
        target: "<= 3 ms",
        met: row.importAndFirstValidateMs <= 3,
      });
      goals.push({
        goal: "2 cold start",
        check: "process wall time over baseline",
        item: row.mode,
        measured: `${ms(row.overBaselineMs)} ms`,
        target: "<= 3 ms",
        met: row.overBaselineMs <= 3,
      });
    }
    return [
      row.mode === "none" ? "baseline (imports nothing)" : row.mode,
      ms(row.wallMs),
      row.mode === "none" ? "-" : ms(row.overBaselineMs),
      ms(row.importMs),
      ms(row.firstIsMs, 2),
      ms(row.firstValidateMs, 2),
      ms(row.importAndFirstValidateMs),
      isVendor ? `${verdict(row.importAndFirstValidateMs <= 3)} / ${verdict(row.overBaselineMs <= 3)}` : "",
    ];
  });
  say(
    [
      "### Goal 2: cold start",
      "",
      `Median of ${settings.coldRounds} interleaved, shuffled rounds of fresh \`node\` processes. Each imports the module, then calls \`isErrorResponse\` and \`validateErrorResponse\` on the vendor's valid-1 body. ` +
        "Wall time is noisy (differences under ~5 ms are not significant); the in-process columns are precise. " +
        "`bundle:` = the same package entry bundled into one file by esbuild; `hand:` = the hand-written guard bundled (the floor). Goal: <= 3 ms over the baseline.",
      "",
      table(
        [
          "process",
          "wall ms",
          "over baseline ms",
          "import ms",
          "first is ms",
          "first validate ms",
          "import + first calls ms",
          "verdict (in-process / wall)",
        ],
        rows,
      ),
    ].join("\n"),
  );
}

// --- Goal 3 -------------------------------------------------------------------------------------
let sizes: SizeTable | undefined;
if (parts.has("size")) {
  console.error("goal 3: size");
  sizes = await measureSizes();
  const rows = VENDORS.map((vendor) => {
    const s = sizes![vendor];
    const isGoal = goalFor(vendor, "isErrorResponse");
    const entryGoal = goalFor(vendor, "entry");
    const parseGoal = goalFor(vendor, "parseErrorResponse");
    goals.push({
      goal: "3 size",
      check: "parseErrorResponse alone, gzip",
      item: vendor,
      measured: `${bytes(s.parseErrorResponse.gzip)} B`,
      target: `<= ${bytes(parseGoal)} B`,
      met: s.parseErrorResponse.gzip <= parseGoal,
    });
    goals.push({
      goal: "3 size",
      check: "isErrorResponse alone, gzip",
      item: vendor,
      measured: `${bytes(s.isErrorResponse.gzip)} B`,
      target: `<= ${bytes(isGoal)} B`,
      met: s.isErrorResponse.gzip <= isGoal,
    });
    goals.push({
      goal: "3 size",
      check: "whole entry, gzip",
      item: vendor,
      measured: `${bytes(s.entry.gzip)} B`,
      target: `<= ${bytes(entryGoal)} B`,
      met: s.entry.gzip <= entryGoal,
    });
    return [
      vendor,
      `${bytes(s.isErrorResponse.gzip)} (${bytes(s.isErrorResponse.minified)})`,
      `${verdict(s.isErrorResponse.gzip <= isGoal)} (<= ${bytes(isGoal)})`,
      `${bytes(s.entry.gzip)} (${bytes(s.entry.minified)})`,
      `${verdict(s.entry.gzip <= entryGoal)} (<= ${bytes(entryGoal)})`,
      `${bytes(s.parseErrorResponse.gzip)} (${bytes(s.parseErrorResponse.minified)})`,
      `${verdict(s.parseErrorResponse.gzip <= parseGoal)} (<= ${bytes(parseGoal)})`,
      `${bytes(s.validateErrorResponse.gzip)} (${bytes(s.validateErrorResponse.minified)})`,
      `${bytes(s.ajv.gzip)} (${bytes(s.ajv.minified)})`,
      `${bytes(s.hand.gzip)} (${bytes(s.hand.minified)})`,
    ];
  });
  say(
    [
      "### Goal 3: size",
      "",
      "Bytes, gzip -9 (minified in parentheses) of an esbuild bundle (ESM, minify, platform browser) of `export { isErrorResponse }` / `export *` / `export { parseErrorResponse }` from the package; `/ajv` is `export *` of the AJV subpath, which the main entry never imports. " +
        "`tools/bench/test/size.test.ts` fails `pnpm test` when a bundle grows past its limit in `tools/bench/size-budgets.json`.",
      "",
      table(
        [
          "vendor",
          "isErrorResponse",
          "goal",
          "whole entry",
          "goal",
          "parseErrorResponse alone",
          "goal",
          "validateErrorResponse alone",
          "/ajv subpath",
          "hand-written guard",
        ],
        rows,
      ),
    ].join("\n"),
  );
}

// --- Install size ---------------------------------------------------------------------------------
let install: InstallSizeRow[] | undefined;
if (parts.has("install")) {
  console.error("install size: npm pack --dry-run of every published package");
  install = publishedPackageDirs().map(measureInstallSize);
  const rows = install.map((row) => {
    const goal = installGoalBytes(row.name);
    goals.push({
      goal: "install",
      check: "unpacked size",
      item: row.name,
      measured: `${bytes(row.unpackedBytes)} B`,
      target: `<= ${bytes(goal)} B`,
      met: row.unpackedBytes <= goal,
    });
    return [
      row.name,
      bytes(row.unpackedBytes),
      bytes(row.tarballBytes),
      String(row.files),
      row.byFolder
        .slice(0, 4)
        .map(([folder, size]) => `${folder} ${bytes(size)}`)
        .join(", "),
      `${verdict(row.unpackedBytes <= goal)} (<= ${bytes(goal)})`,
    ];
  });
  const total = install.reduce((sum, row) => sum + row.unpackedBytes, 0);
  say(
    [
      "### Install size",
      "",
      "Unpacked bytes of each published package as `npm pack --dry-run --json` reports them (what it adds to an application's `node_modules`), the tarball, the file count and the largest folders. Goal: a vendor package <= 300 kB, the umbrella's own files <= 1 MB.",
      "",
      table(["package", "unpacked B", "tarball B", "files", "largest parts", "verdict"], rows),
      "",
      `The umbrella with its twelve vendor packages: ${bytes(total)} B unpacked.`,
    ].join("\n"),
  );
}

// --- Umbrella: pay per vendor ---------------------------------------------------------------------
let umbrella: { rows: UmbrellaRow[]; baselineMs: number } | undefined;
if (parts.has("size")) {
  console.error("umbrella: fromError size and import time per entry");
  umbrella = await measureUmbrella(settings.quick ? 3 : 11);
  const { baselineMs } = umbrella;
  const rows = umbrella.rows.map((row) => {
    const sizeGoal = umbrellaGoal(row.entry);
    const importGoal = umbrellaImportGoalMs(row.entry);
    const item = row.entry === "root" ? "commerce-errors" : `commerce-errors/${row.entry}`;
    goals.push({
      goal: "umbrella",
      check: "fromError, gzip",
      item,
      measured: `${bytes(row.fromErrorGzip)} B`,
      target: `<= ${bytes(sizeGoal)} B`,
      met: row.fromErrorGzip <= sizeGoal,
    });
    goals.push({
      goal: "umbrella",
      check: "import, own cost",
      item,
      measured: `${ms(row.ownImportMs)} (all ${ms(row.importMs)})`,
      target: `<= ${importGoal} ms`,
      met: row.ownImportMs <= importGoal,
    });
    return [
      item,
      `${bytes(row.fromErrorGzip)}`,
      row.vendorCoreGzip === undefined ? "" : bytes(row.vendorCoreGzip),
      row.vendorCoreGzip === undefined ? "" : bytes(row.fromErrorGzip - row.vendorCoreGzip),
      `${verdict(row.fromErrorGzip <= sizeGoal)} (<= ${bytes(sizeGoal)})`,
      ms(row.importMs),
      ms(row.ownImportMs),
      `${verdict(row.ownImportMs <= importGoal)} (<= ${importGoal} ms)`,
    ];
  });
  say(
    [
      "### Umbrella: pay per vendor",
      "",
      "`export { fromError }` from the root entry (every vendor) and from each `commerce-errors/<vendor>` entry: esbuild bundle, gzip -9; and the median `import()` time in a fresh node process. " +
        `"own" is that time less the import of an empty package (tools/bench/import-baseline: ${ms(baselineMs)} in the same rounds), which is Node's loader alone; the import goal holds the own cost, since no package, not even an empty one, imports faster than the loader. ` +
        '"vendor /core" is what fromError uses of the vendor package (checks, status summaries, body decoder), bundled alone; "umbrella" is the rest: the recognisers, normalizer, CommerceApiError and redaction every entry shares, plus the vendor\'s readers (gzip is not additive, so the split is approximate). ' +
        "`tools/bench/test/umbrella-size.test.ts` holds the size limits (size-budgets.json `umbrella`).",
      "",
      table(["entry", "fromError gzip", "vendor /core", "umbrella", "goal", "import", "own", "goal"], rows),
    ].join("\n"),
  );
}

// --- Several vendors, one runtime -------------------------------------------------------------------
let sharedRuntime: SharedRuntimeRow[] | undefined;
if (parts.has("size")) {
  console.error("shared runtime: several vendors in one bundle");
  sharedRuntime = await measureSharedRuntime();
  for (const row of sharedRuntime) {
    if (row.goal === undefined) continue;
    goals.push({
      goal: "shared runtime",
      check: "several vendors, gzip",
      item: row.subject,
      measured: `${bytes(row.gzip)} B`,
      target: `<= ${bytes(row.goal)} B`,
      met: row.gzip <= row.goal,
    });
  }
  say(
    [
      "### Several vendors, one runtime",
      "",
      "`isErrorResponse`, `validateErrorResponse`, `parseErrorResponse` and `fromSdkError` of each vendor, bundled together (esbuild, ESM, minify, gzip -9), and `export *` of `commerce-errors/catalog`. Every vendor package imports `@commerce-errors/runtime`, so a bundle holds one runtime whatever the number of vendors.",
      "",
      table(
        ["bundle", "gzip", "goal"],
        sharedRuntime.map((row) => [
          row.subject,
          bytes(row.gzip),
          row.goal === undefined ? "" : `${verdict(row.gzip <= row.goal)} (<= ${bytes(row.goal)})`,
        ]),
      ),
    ].join("\n"),
  );
}

// --- Goal 4 -------------------------------------------------------------------------------------
let codegen: CodegenResult | undefined;
if (parts.has("codegen")) {
  console.error("goal 4: codegen and build");
  codegen = measureCodegen({
    runs: settings.codegenRuns,
    subset: VENDORS,
    syntheticCounts: settings.syntheticCounts,
    build: settings.build,
    log,
  });
  const c = codegen;
  // The goal is "no worse than linear": a cost per added vendor that does not grow. Sub-linear (a
  // warmer JIT for later vendors) lowers R² but is no failure.
  const linear = c.syntheticFit.last2First <= 1.5;
  goals.push({
    goal: "4 codegen",
    check: "codegen --check",
    item: `${c.vendors.length} vendors`,
    measured: `${ms(c.check.ms, 0)} ms`,
    target: "< 5,000 ms",
    met: c.check.ms < 5000,
  });
  goals.push({
    goal: "4 codegen",
    check: "full generate (temp copy)",
    item: `${c.vendors.length} vendors`,
    measured: `${ms(c.generateCopy.ms, 0)} ms`,
    target: "< 5,000 ms",
    met: c.generateCopy.ms < 5000,
  });
  goals.push({
    goal: "4 codegen",
    check: "synthetic 10/50/100 vendors grow linearly",
    item: "fit",
    measured: `R² ${c.syntheticFit.r2.toFixed(3)}, marginal cost last/first ${ratio(c.syntheticFit.last2First)}`,
    target: "marginal cost last/first <= 1.5 (no worse than linear)",
    met: linear,
  });
  const rows: string[][] = [
    [
      `\`codegen --check\` (${c.vendors.length} vendors, exit ${c.check.exitCode})`,
      ms(c.check.ms, 0),
      "< 5,000",
      verdict(c.check.ms < 5000),
    ],
    [
      `full generate into a temp copy (${c.vendors.length} vendors, exit ${c.generateCopy.exitCode})`,
      ms(c.generateCopy.ms, 0),
      "< 5,000",
      verdict(c.generateCopy.ms < 5000),
    ],
    [
      `\`codegen --check\`, the ${c.subset.vendors.length} benchmarked vendors only (exit ${c.subset.check.exitCode})`,
      ms(c.subset.check.ms, 0),
      "(for scale)",
      "",
    ],
    [
      `full generate into a temp copy, the ${c.subset.vendors.length} benchmarked vendors only (exit ${c.subset.generateCopy.exitCode})`,
      ms(c.subset.generateCopy.ms, 0),
      "(for scale)",
      "",
    ],
  ];
  if (c.build) {
    const cachedOk = c.build.second.ms < 2000 && c.build.fullTurbo;
    goals.push({
      goal: "4 codegen",
      check: "pnpm build, nothing changed",
      item: "second run",
      measured: `${ms(c.build.second.ms, 0)} ms${c.build.fullTurbo ? ", FULL TURBO" : ", not fully cached"}`,
      target: "< 2,000 ms, fully cached",
      met: cachedOk,
    });
    rows.push([`\`pnpm build\`, first run (${c.build.first.said || `exit ${c.build.first.exitCode}`})`, ms(c.build.first.ms, 0), "", ""]);
    rows.push([
      `\`pnpm build\`, second run (${c.build.second.said || `exit ${c.build.second.exitCode}`})`,
      ms(c.build.second.ms, 0),
      "< 2,000, cached",
      verdict(cachedOk),
    ]);
    rows.push([
      `\`pnpm build --filter\` the ${c.subset.vendors.length} benchmarked packages, second run (${c.build.subsetSecond.said})`,
      ms(c.build.subsetSecond.ms, 0),
      "(for scale)",
      "",
    ]);
  }
  say(
    [
      "### Goal 4: codegen and build",
      "",
      `Wall time of the command (node startup included), median of ${settings.codegenRuns} run(s). Vendors in schemas/: ${c.vendors.join(", ")}.`,
      "",
      table(["what", "ms", "goal ms", "verdict"], rows),
      "",
      `Synthetic vendors (copies of the kitchen-sink fixture, \`codegen --root <tmp> --no-changeset\`, one run each): ` +
        `fit ${ms(c.syntheticFit.interceptMs, 0)} ms + ${ms(c.syntheticFit.msPerVendor)} ms per vendor, R² ${c.syntheticFit.r2.toFixed(3)}; ` +
        `marginal ms per vendor of the last step over the first: ${ratio(c.syntheticFit.last2First)} (1 = linear). ${verdict(linear)}`,
      "",
      table(
        ["vendors", "ms", "ms per vendor"],
        c.synthetic.map((row) => [String(row.count), ms(row.ms, 0), ms(row.msPerVendor)]),
      ),
    ].join("\n"),
  );
}

// --- Rate limits: pacing before the 429 ----------------------------------------------------------
if (parts.has("rate-limit")) {
  console.error("rate limits: simulator, workers, limiter overhead");
  const section = await rateLimitSection({ quick: settings.quick, log });
  goals.push(...section.goals);
  say(section.markdown);
}

// --- Explanations: the nearest envelope, bounded -------------------------------------------------
if (parts.has("explain")) {
  console.error("explanations: mutations and bounds");
  const figures = measureMutations();
  const percent = (hits: number, cases: number) => `${((100 * hits) / cases).toFixed(1)}% (${hits} of ${cases})`;
  const single = figures.single.hits / figures.single.cases;
  const double = figures.double.hits / figures.double.cases;
  goals.push({
    goal: "explain",
    check: "one break: issue at the broken pointer",
    item: "all vendors",
    measured: percent(figures.single.hits, figures.single.cases),
    target: ">= 98%",
    met: single >= 0.98,
  });
  goals.push({
    goal: "explain",
    check: "two breaks: both reported",
    item: "all vendors",
    measured: percent(figures.double.hits, figures.double.cases),
    target: ">= 98%",
    met: double >= 0.98,
  });
  const bounded = measureBounded({ rounds: settings.quick ? 3 : 9 });
  for (const row of bounded)
    goals.push({
      goal: "explain",
      check: "validateErrorResponse, a million wrong items",
      item: row.vendor,
      measured: `${ms(row.ms)} ms`,
      target: "< 50 ms",
      met: row.ms < 50,
    });
  say(
    [
      "### Explanations: the nearest envelope, bounded",
      "",
      "Every valid fixture and schema example of every vendor, one leaf broken at a time (a string becomes a number, any other leaf a string), then two independent leaves (src/mutations.ts); only breaks that make the body invalid count. A hit: `validateErrorResponse` reports an issue at exactly the broken pointer (both, for two).",
      "",
      table(
        ["breaks", "hits"],
        [
          ["one leaf", percent(figures.single.hits, figures.single.cases)],
          ["two leaves", percent(figures.double.hits, figures.double.cases)],
        ],
      ),
      "",
      `\`validateErrorResponse\` on a body with ${WRONG_ITEMS.toLocaleString("en")} wrong items, median of ${settings.quick ? 3 : 9} calls; issues stop at the cap (100 by default, \`maxIssues\`). Goal: < 50 ms.`,
      "",
      table(
        ["vendor", "body", "ms", "issues", "truncated", "verdict"],
        bounded.map((row) => [row.vendor, row.body, ms(row.ms), String(row.issues), String(row.truncated), verdict(row.ms < 50)]),
      ),
    ].join("\n"),
  );
}

// --- General schemas: the JSON-Schema-Test-Suite ----------------------------------------------------
if (parts.has("suite")) {
  console.error("suite: compiled checks vs AJV standalone and typebox");
  const suite = await measureSuite({ rounds: settings.quick ? 3 : 11, windowMs: settings.quick ? 5 : 15, log });
  const versus = (id: "ajv-sa" | "typebox") => suite.rows.map((row) => row.ops.ours / row.ops[id]);
  const ajvRatios = versus("ajv-sa");
  const typeboxRatios = versus("typebox");
  goals.push({
    goal: "suite",
    check: "compiled checks / AJV standalone, median",
    item: `${suite.rows.length} groups`,
    measured: ratio(median(ajvRatios)),
    target: ">= 1.0",
    met: median(ajvRatios) >= 1,
  });
  goals.push({
    goal: "suite",
    check: "compiled checks / AJV standalone, slowest group",
    item: `${suite.rows.length} groups`,
    measured: ratio(Math.min(...ajvRatios)),
    target: ">= 0.5",
    met: Math.min(...ajvRatios) >= 0.5,
  });
  const slowest = suite.rows
    .map((row, i) => ({ row, x: ajvRatios[i]! }))
    .sort((a, b) => a.x - b.x)
    .slice(0, 10);
  say(
    [
      "### General schemas: the JSON-Schema-Test-Suite",
      "",
      `The draft7 groups with a valid and an invalid test (${suite.eligible}), each compiled three ways and run on the suite's own data: our compiled check (the generator's code, imported as a module), AJV standalone (\`strict: false\`) and typebox's compiler (\`typebox/schema\` Compile). A group is timed when all three compile it and answer every test as the suite says (${suite.rows.length} groups; left out: ours ${suite.excluded.ours.length}, AJV ${suite.excluded["ajv-sa"].length}, typebox ${suite.excluded.typebox.length}). Each in a timing loop of its own, timed by ${suite.clock} (on a shared machine, time the scheduler gives other processes is not the check's), the clock read once per ~0.25 ms batch; the best of ${settings.quick ? 3 : 11} shuffled rounds per group (other processes only slow a round down). Goal: median >= 1.0x AJV standalone, no group below 0.5x.`,
      "",
      table(
        ["ours / AJV standalone", "ours / typebox"],
        [
          [
            `median ${ratio(median(ajvRatios))}, slowest ${ratio(Math.min(...ajvRatios))}`,
            `median ${ratio(median(typeboxRatios))}, slowest ${ratio(Math.min(...typeboxRatios))}`,
          ],
        ],
      ),
      "",
      "The ten groups where ours is slowest against AJV:",
      "",
      table(
        ["group", "ours ops/s", "AJV ops/s", "typebox ops/s", "ours / AJV"],
        slowest.map(({ row, x }) => [row.group, ops(row.ops.ours), ops(row.ops["ajv-sa"]), ops(row.ops.typebox), ratio(x)]),
      ),
    ].join("\n"),
  );
}

// --- Summary and output -------------------------------------------------------------------------
const byCheck = new Map<string, GoalLine[]>();
for (const line of goals) byCheck.set(`${line.goal}\u0000${line.check}`, [...(byCheck.get(`${line.goal}\u0000${line.check}`) ?? []), line]);
const summaryRows = [...byCheck.values()].map((lines) => {
  const missed = lines.filter((line) => !line.met);
  const measured =
    lines.length === 1
      ? lines[0]!.measured
      : `${lines
          .map((line) => line.measured)
          .sort((a, b) => parseFloat(a.replace(/,/g, "")) - parseFloat(b.replace(/,/g, "")))
          .filter((_, i, all) => i === 0 || i === all.length - 1)
          .join(" to ")}`;
  return [
    lines[0]!.goal,
    lines[0]!.check,
    lines[0]!.target,
    measured,
    `${lines.length - missed.length}/${lines.length}`,
    missed.length === 0
      ? "met"
      : lines.length === 1 || missed.length === lines.length
        ? "**missed**"
        : `**missed** by ${missed.map((line) => line.item).join(", ")}`,
  ];
});
say(["### Summary", "", table(["goal", "check", "target", "measured (range)", "met", "verdict"], summaryRows)].join("\n"));

const git = (args: string[]) => {
  try {
    return execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};
/** A fingerprint of each measured build, since packages/ may change between commits. */
function distFingerprint(vendor: string): string {
  const dir = `${REPO_ROOT}packages/${vendor}/dist/esm/`;
  const hash = createHash("sha256");
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".js"))
    .sort())
    hash.update(file).update(readFileSync(dir + file));
  return hash.digest("hex").slice(0, 16);
}
const benchPackage = JSON.parse(readFileSync(`${BENCH_ROOT}package.json`, "utf8")) as { devDependencies: Record<string, string> };
const result = {
  version: 1,
  finishedAt: new Date().toISOString(),
  durationSeconds: Math.round((performance.now() - started) / 1000),
  machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpu: cpus()[0]?.model ?? "", cores: cpus().length },
  git: { commit: git(["rev-parse", "HEAD"]), uncommittedFiles: git(["status", "--porcelain"]).split("\n").filter(Boolean).length },
  versions: benchPackage.devDependencies,
  packages: Object.fromEntries(VENDORS.map((vendor) => [vendor, { distEsmSha256: distFingerprint(vendor) }])),
  settings,
  bodies: Object.fromEntries(VENDORS.map((vendor) => [vendor, bodies[vendor].map(({ name, valid, note }) => ({ name, valid, note }))])),
  goals,
  throughput: throughput && {
    cells: throughput.cells,
    ratios: VENDORS.flatMap((vendor) =>
      BODY_NAMES.map((body) => ({
        vendor,
        body,
        toHand: Object.fromEntries(IMPLEMENTATION_IDS.map((id) => [id, throughput!.ratio(vendor, body, id, "hand") ?? null])),
        toHandIqr: Object.fromEntries(IMPLEMENTATION_IDS.map((id) => [id, throughput!.spread(vendor, body, id, "hand") ?? null])),
        isToPeer: Object.fromEntries(PEERS.map((peer) => [peer, throughput!.ratio(vendor, body, "is", peer) ?? null])),
      })),
    ),
  },
  noEval,
  coldStart: cold,
  size: sizes,
  umbrella,
  sharedRuntime,
  install,
  codegen,
};

const dir = `${REPO_ROOT}bench/results/`;
mkdirSync(dir, { recursive: true });
// A quick or partial run must not pass for the committed figures: it goes to a git-ignored file.
const partial = parts.size < PARTS.length || settings.quick;
const outputs: [string, string][] = partial
  ? [["partial.tmp.json", `${JSON.stringify(result, null, 2)}\n`]]
  : [
      ["latest.json", `${JSON.stringify(result, null, 2)}\n`],
      [
        "latest.md",
        `<!-- pnpm bench, ${result.finishedAt}, ${result.machine.cpu} x${result.machine.cores}, node ${result.machine.node} -->\n\n${sections.join("\n\n")}\n`,
      ],
    ];
for (const [file, content] of outputs) {
  writeFileSync(`${dir}${file}.tmp.json`, content);
  renameSync(`${dir}${file}.tmp.json`, `${dir}${file}`);
}
console.error(`wrote ${outputs.map(([file]) => `bench/results/${file}`).join(", ")} (${result.durationSeconds} s)`);
