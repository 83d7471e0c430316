#!/usr/bin/env node
// `pnpm generate [flags]`: everything that is generated, in one command. First the vendor packages
// from schemas/ (tools/codegen, which takes the flags), then the umbrella's `commerce-errors/<vendor>`
// entries from their config (packages/commerce-errors/scripts/write-entries.mjs). With --check both
// only compare, and the exit status is the first failure's.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** @param {string} relative */
const path = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url));
const args = process.argv.slice(2);
const check = args.includes("--check");
/** @param {string} script @param {string[]} argv */
const run = (script, argv) => spawnSync(process.execPath, [path(script), ...argv], { stdio: "inherit" }).status ?? 1;

// The generator reads tables of the shared runtime (status categories) from its build: build it
// first when its sources are newer than its dist (a fresh clone, or a runtime edit).
const runtimeDist = path("packages/runtime/dist/esm/index.js");
const runtimeSources = path("packages/runtime/src");
const newest = Math.max(...readdirSync(runtimeSources).map((file) => statSync(`${runtimeSources}/${file}`).mtimeMs));
if (!args.includes("--help") && (!existsSync(runtimeDist) || statSync(runtimeDist).mtimeMs < newest)) {
  const built = spawnSync("pnpm", ["--filter", "@commerce-errors/runtime", "build"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const codegen = run("tools/codegen/bin/codegen.mjs", args);
const skipEntries = args.includes("--help") || (codegen !== 0 && !check);
const entries = skipEntries ? 0 : run("packages/commerce-errors/scripts/write-entries.mjs", check ? ["--check"] : []);
process.exitCode = codegen !== 0 ? codegen : entries;
