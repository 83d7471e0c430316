// Fresh copies of this repository, installed from the local pnpm store, and turbo run inside them
// with a clean environment (no variable of the turbo run that started this test leaks in).
import { listVendors } from "@commerce-errors/codegen";
import { execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Machine settings a package install may need (a proxy, its CA), passed on as they are. */
const machineKeys = /^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|HTTPS?_PROXY|NO_PROXY|https?_proxy|no_proxy|npm_config_.*)$/;
const machineEnv = Object.fromEntries(
  Object.entries(process.env).filter((entry): entry is [string, string] => machineKeys.test(entry[0]) && entry[1] !== undefined),
);

const baseEnv = {
  ...machineEnv,
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? tmpdir(),
  ...(process.env.XDG_CACHE_HOME ? { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME } : {}),
  ...(process.env.XDG_DATA_HOME ? { XDG_DATA_HOME: process.env.XDG_DATA_HOME } : {}),
  CI: "true",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
};

export function run(cwd: string, command: string, args: string[], env: Record<string, string> = {}): string {
  const options: ExecFileSyncOptions = {
    cwd,
    env: { ...baseEnv, ...env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  };
  try {
    return execFileSync(command, args, options) as string;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}

/**
 * A fresh copy of the repository as turbo hashed it for this task (tools/repo-check/turbo.json: every
 * file but the ignored ones): each tracked file with its working-tree content, committed as the one
 * commit of a new repository, then installed offline-first. Not a `git clone` of HEAD: a result
 * replayed from turbo's cache must describe the files of its cache key, committed or not.
 */
export function freshClone(label: string): { dir: string; remove(): void } {
  const parent = mkdtempSync(join(tmpdir(), `commerce-errors-${label}-`));
  const dir = join(parent, "repo");
  const tracked = run(repositoryRoot, "git", ["ls-files", "-z", "--cached"]).split("\0").filter(Boolean);
  for (const file of new Set(tracked)) {
    const from = join(repositoryRoot, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(from, join(dir, file), { verbatimSymlinks: true });
  }
  run(dir, "git", ["init", "--quiet", "--initial-branch=main"]);
  run(dir, "git", ["add", "--all"]);
  run(dir, "git", [
    "-c",
    "user.name=repo-check",
    "-c",
    "user.email=repo-check@example.invalid",
    "commit",
    "--quiet",
    "--no-verify",
    "-m",
    "snapshot",
  ]);
  run(dir, "pnpm", ["install", "--frozen-lockfile", "--prefer-offline"]);
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

export interface DryTask {
  taskId: string;
  hash: string;
  package: string;
  task: string;
  command: string;
  cache: { status: "HIT" | "MISS"; local: boolean; remote: boolean };
}

/** What turbo would do, task by task, without running anything. */
export function dryRun(dir: string, task: string): DryTask[] {
  const json = run(dir, "pnpm", ["exec", "turbo", "run", task, "--dry=json"]);
  return (JSON.parse(json) as { tasks: DryTask[] }).tasks.filter((entry) => entry.task === task && entry.command !== "<NONEXISTENT>");
}

/** The generated vendor packages: one per schemas/<vendor>/ folder. */
export function vendorPackages(dir: string): string[] {
  return listVendors(dir).map((vendor) => `@commerce-errors/${vendor}`);
}

/** Cache status of one task per package, e.g. { "@commerce-errors/stripe": "HIT" }. */
export function cacheStatus(tasks: DryTask[], packages: string[]): Record<string, string> {
  return Object.fromEntries(packages.map((name) => [name, tasks.find((entry) => entry.package === name)?.cache.status ?? "absent"]));
}
