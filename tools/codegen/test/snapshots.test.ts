// The kitchen-sink vendor's generated sources, pinned as files: a generator change shows up as a
// readable diff of the code users get (types, checks, the schema IR shipped for explanations).
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runPipeline } from "../src/pipeline.js";
import { createWorkspace } from "./workspace.js";

let root: string;
beforeAll(async () => {
  root = createWorkspace();
  await runPipeline({ root, changesets: false });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = ["types.ts", "checks.ts", "explain-data.ts", "guards.ts", "error-kinds.ts", "index.ts"];

it.each(files)("src/%s", async (file) => {
  const text = readFileSync(join(root, "packages/kitchen-sink/src", file), "utf8");
  await expect(text).toMatchFileSnapshot(`__snapshots__/kitchen-sink/${file}.snap`);
});
