// The generator owns these paths of packages/<vendor>/; everything else (test/, CHANGELOG.md) is hand-kept.
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

export const OWNED_DIRS = ["src"];
/** Generated files in otherwise hand-kept folders carry `.gen.` in their name. */
const OWNED_IN_SHARED_DIRS = ["test"];

/** Owned files that exist on disk now, relative to the package folder. */
export function listOwnedFiles(packageDir: string, emittedPaths: string[]): string[] {
  const found = new Set(emittedPaths.filter((path) => existsSync(join(packageDir, path))));
  for (const dir of OWNED_DIRS) for (const file of listFiles(join(packageDir, dir))) found.add(relative(packageDir, file));
  for (const dir of OWNED_IN_SHARED_DIRS) {
    for (const file of listFiles(join(packageDir, dir))) if (file.includes(".gen.")) found.add(relative(packageDir, file));
  }
  return [...found].sort();
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}
