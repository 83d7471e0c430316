#!/usr/bin/env node
// `pnpm pack:all` (after its build): one tarball per published package (packages/*, not private) in
// packed/ (or --out <dir>), as `pnpm pack` makes them for the registry (workspace: ranges become
// versions). Install them together in another project: `npm install <clone>/packed/*.tgz`; the
// umbrella's vendor dependencies are then met by the tarballs beside it, not the registry.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = resolve(values.out ?? join(root, "packed"));

const packages = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, "packages", entry.name, "package.json")))
  .map((entry) => join(root, "packages", entry.name))
  .filter((dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private !== true);
for (const dir of packages)
  if (!existsSync(join(dir, "dist"))) throw new Error(`pack-all: ${dir} has no dist/: run pnpm build first (pnpm pack:all does)`);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// Three at a time: each pack is mostly waiting on pnpm's start-up.
/** @param {string} dir @returns {Promise<void>} */
const pack = (dir) =>
  new Promise((done, fail) => {
    execFile("pnpm", ["pack", "--pack-destination", out], { cwd: dir }, (error, _stdout, stderr) => {
      if (error) fail(new Error(`pnpm pack in ${dir} failed: ${stderr || error.message}`));
      else done(undefined);
    });
  });
const queue = [...packages];
await Promise.all(
  [1, 2, 3].map(async () => {
    for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) await pack(dir);
  }),
);
const tarballs = readdirSync(out).filter((file) => file.endsWith(".tgz"));
console.log(`pack-all: ${tarballs.length} tarballs in ${out}; in your project: npm install ${out}/*.tgz`);
