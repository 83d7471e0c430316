// Goal 2: what a fresh process pays to import one vendor package and validate one body, against a
// process that imports nothing. Rounds are interleaved and shuffled; values are medians.
// Two controls explain the figures: the same package bundled into one file (what a module graph of
// many files costs), and the hand-written guard bundled (the floor of "import + first call").
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { bodies } from "./bodies.js";
import { median, shuffle } from "./stats.js";
import { BENCH_ROOT, type Vendor } from "./vendors.js";

const ENTRY = fileURLToPath(new URL("./cold-entry.mjs", import.meta.url));

export type ColdMode = "none" | Vendor | `bundle:${Vendor}` | `hand:${Vendor}`;

export interface ColdStartOptions {
  vendors: readonly Vendor[];
  rounds: number;
  log?: (line: string) => void;
}

export interface ColdStartRow {
  mode: ColdMode;
  /** Median whole-process wall time, ms. */
  wallMs: number;
  /** Median over rounds of (this process - the baseline process of the same round), ms. */
  overBaselineMs: number;
  importMs: number;
  firstIsMs: number;
  firstValidateMs: number;
  /** Median of import + first isErrorResponse + first validateErrorResponse, in-process, ms. */
  importAndFirstValidateMs: number;
}

interface Run {
  wallMs: number;
  importMs: number;
  firstIsMs: number;
  firstValidateMs: number;
}

async function bundleFile(name: string, contents: string): Promise<string> {
  const outfile = `${BENCH_ROOT}.generated/${name}.mjs`;
  mkdirSync(`${BENCH_ROOT}.generated`, { recursive: true });
  await build({
    stdin: { contents, resolveDir: BENCH_ROOT, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    outfile,
    logLevel: "silent",
  });
  return pathToFileURL(outfile).href;
}

function vendorOf(mode: Exclude<ColdMode, "none">): Vendor {
  return mode.includes(":") ? (mode.split(":")[1] as Vendor) : (mode as Vendor);
}

function runOnce(specifier: string, json: string): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, [ENTRY, specifier, json], { cwd: BENCH_ROOT, encoding: "utf8" });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`cold-entry ${specifier} failed (${child.status}): ${child.stderr}`);
  const reported = JSON.parse(child.stdout) as Omit<Run, "wallMs">;
  return { wallMs, importMs: reported.importMs, firstIsMs: reported.firstIsMs, firstValidateMs: reported.firstValidateMs };
}

export async function measureColdStart(options: ColdStartOptions): Promise<ColdStartRow[]> {
  const modes: ColdMode[] = ["none", ...options.vendors];
  const specifiers = new Map<ColdMode, string>([["none", "none"]]);
  for (const vendor of options.vendors) {
    specifiers.set(vendor, `@commerce-errors/${vendor}`);
    const bundled: ColdMode = `bundle:${vendor}`;
    specifiers.set(bundled, await bundleFile(`cold-bundle-${vendor}`, `export * from "@commerce-errors/${vendor}";`));
    modes.push(bundled);
  }
  const control = options.vendors.includes("commercetools") ? "commercetools" : options.vendors[0]!;
  specifiers.set(`hand:${control}`, await bundleFile(`cold-hand-${control}`, `export * from "./src/hand/${control}.ts";`));
  modes.push(`hand:${control}`);

  // Each mode validates its vendor's valid-1 body; the baseline parses the commercetools one.
  const json = (mode: ColdMode) => JSON.stringify(bodies[mode === "none" ? "commercetools" : vendorOf(mode)][0]!.value());
  const runs = new Map(modes.map((mode) => [mode, [] as Run[]]));
  for (const mode of modes) runOnce(specifiers.get(mode)!, json(mode)); // warm the file system cache
  for (let round = 0; round < options.rounds; round++) {
    for (const mode of shuffle(modes)) runs.get(mode)!.push(runOnce(specifiers.get(mode)!, json(mode)));
    if ((round + 1) % 10 === 0) options.log?.(`cold start: round ${round + 1}/${options.rounds}`);
  }
  const baseline = runs.get("none")!;
  return modes.map((mode) => {
    const own = runs.get(mode)!;
    return {
      mode,
      wallMs: median(own.map((run) => run.wallMs)),
      overBaselineMs: median(own.map((run, round) => run.wallMs - baseline[round]!.wallMs)),
      importMs: median(own.map((run) => run.importMs)),
      firstIsMs: median(own.map((run) => run.firstIsMs)),
      firstValidateMs: median(own.map((run) => run.firstValidateMs)),
      importAndFirstValidateMs: median(own.map((run) => run.importMs + run.firstIsMs + run.firstValidateMs)),
    };
  });
}
