// Install size: what each published package puts in an application's node_modules, as npm reports it
// for the tarball it would publish (`npm pack --dry-run --json`: unpackedSize, files). Sequential:
// each call starts npm.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./vendors.js";

export interface InstallSizeRow {
  name: string;
  unpackedBytes: number;
  tarballBytes: number;
  files: number;
  /** Files ending in .map (none are shipped). */
  sourcemaps: number;
  /** Bytes by top folder (dist/esm, dist/cjs, README.md, ...), largest first. */
  byFolder: [string, number][];
}

/** The packages of packages/ that are published (not private). */
export function publishedPackageDirs(root = REPO_ROOT): string[] {
  return readdirSync(join(root, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, "packages", entry.name))
    .filter((dir) => {
      try {
        return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private !== true;
      } catch {
        return false;
      }
    });
}

export function measureInstallSize(dir: string): InstallSizeRow {
  const [report] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as { name: string; size: number; unpackedSize: number; files: { path: string; size: number }[] }[];
  const byFolder = new Map<string, number>();
  for (const file of report!.files) {
    const folder = file.path.startsWith("dist/") ? file.path.split("/").slice(0, 2).join("/") : file.path.split("/")[0]!;
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + file.size);
  }
  return {
    name: report!.name,
    unpackedBytes: report!.unpackedSize,
    tarballBytes: report!.size,
    files: report!.files.length,
    sourcemaps: report!.files.filter((file) => file.path.endsWith(".map")).length,
    byFolder: [...byFolder].sort((a, b) => b[1] - a[1]),
  };
}

/** Goals: a vendor package <= 300 kB unpacked, the umbrella's own files <= 1 MB. */
export const installGoalBytes = (name: string): number => (name === "commerce-errors" ? 1_000_000 : 300_000);
