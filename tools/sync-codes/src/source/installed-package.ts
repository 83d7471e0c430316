// Finds a devDependency of tools/sync-codes on disk and reads its exact version.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourcePackage } from "./source-model.js";

const TOOL_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface InstalledPackage extends SourcePackage {
  dir: string;
}

export function installedPackage(name: string, toolDir = TOOL_DIR): InstalledPackage {
  const dir = join(toolDir, "node_modules", ...name.split("/"));
  const manifest = join(dir, "package.json");
  if (!existsSync(manifest)) throw new Error(`${name} is not installed in ${toolDir}: run pnpm install`);
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  return { name, version, dir };
}
