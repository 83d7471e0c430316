#!/usr/bin/env node
// `pnpm generate [flags]`: everything that is generated, in one command: the vendor packages from
// schemas/ and, when every vendor is generated, the umbrella's vendor wiring (its
// `commerce-errors/<vendor>` entries, registry, package.json) and the tools' vendor lists
// (tools/codegen, which takes the flags). With --check it only compares.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** @param {string} relative */
const path = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url));
const args = process.argv.slice(2);
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

process.exitCode = run("tools/codegen/bin/codegen.mjs", args);
