// A throwaway repository root holding the kitchen-sink vendor, for end-to-end generator tests.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const fixtureDir = new URL("./fixtures/kitchen-sink/", import.meta.url).pathname;

export function createWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), "codegen-test-"));
  cpSync(fixtureDir, join(root, "schemas", "kitchen-sink"), { recursive: true });
  return root;
}

/** Every file below a folder with its content: compare two snapshots to prove nothing changed. */
export function snapshotTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return files;
}
