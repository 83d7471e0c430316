// The kitchen-sink vendor's generated sources, pinned as files: a generator change shows up as a
// readable diff of the code users get (types, checks, the schema IR shipped for explanations).
// The snapshots are real .ts files, type-checked with the generator's own tests (`pnpm typecheck`).
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runPipeline } from "../src/pipeline.js";
import { createWorkspace } from "./workspace.js";

let root: string;
beforeAll(async () => {
  root = createWorkspace();
  await runPipeline({ root, changesets: false });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of a folder, relative to it, sorted. */
function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))]))
    .sort();
}

it("the generated sources are the files pinned (none added or lost unseen)", () => {
  const pinned = listFiles(join(import.meta.dirname, "__snapshots__/kitchen-sink/src"));
  expect(listFiles(join(root, "packages/kitchen-sink/src"))).toEqual(pinned);
});

it.each(listFiles(join(import.meta.dirname, "__snapshots__/kitchen-sink/src")))("src/%s", async (file) => {
  const text = readFileSync(join(root, "packages/kitchen-sink/src", file), "utf8");
  await expect(text).toMatchFileSnapshot(`__snapshots__/kitchen-sink/src/${file}`);
});
