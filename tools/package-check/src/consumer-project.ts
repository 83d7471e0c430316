// A fresh project outside the workspace that installs packed tarballs, as a user would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_yes: "true" },
    // attw's JSON report of the umbrella (every commerce-errors/<vendor> entry) passes the 1 MB default.
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** `pnpm pack` into a folder; returns the tarball's path. */
export function pack(packageDir: string, destination: string): string {
  run("pnpm", ["pack", "--pack-destination", destination], packageDir);
  const tarballs = readdirSync(destination).filter((file) => file.endsWith(".tgz"));
  return join(destination, tarballs.sort((a, b) => a.localeCompare(b)).pop()!);
}

export function createConsumerProject(tarballs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "commerce-errors-consumer-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  // Local tarballs only: no registry is needed, so none is asked.
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", ...tarballs], dir);
  return dir;
}
