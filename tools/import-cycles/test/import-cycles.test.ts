// No module of a package or tool imports itself back through others: a cycle (types included) makes
// modules that can only be read, tested and changed together. The finder is checked on a cycle first.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cyclesOf, importGraph } from "../src/import-graph.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const sourceFolders = ["packages", "tools"].flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}/src`));

describe("the cycle finder", () => {
  it.each([
    [
      "a type-only cycle",
      { "a.ts": 'import type { B } from "./b.js"; export type A = B;', "b.ts": 'import type { A } from "./a.js"; export type B = A;' },
      [["src/a.ts", "src/b.ts"]],
    ],
    [
      "a re-export cycle of three",
      { "a.ts": 'export * from "./b.js";', "b.ts": 'export { c } from "./c.js";', "c.ts": 'import "./a.js"; export const c = 1;' },
      [["src/a.ts", "src/b.ts", "src/c.ts"]],
    ],
    [
      "an import() type",
      { "a.ts": 'export type A = import("./b.js").B;', "b.ts": 'import type { A } from "./a.js"; export type B = A;' },
      [["src/a.ts", "src/b.ts"]],
    ],
    ["a chain without a cycle", { "a.ts": 'import { b } from "./b.js"; export const a = b;', "b.ts": "export const b = 1;" }, []],
  ])("finds %s", (_, files, want) => {
    const dir = mkdtempSync(join(tmpdir(), "import-cycles-"));
    try {
      mkdirSync(join(dir, "src"));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "src", name), text);
      expect(cyclesOf(importGraph(dir, ["src"]))).toEqual(want);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it("packages/*/src and tools/*/src have no import cycle, type imports included", () => {
  const graph = importGraph(root, sourceFolders);
  expect(graph.size).toBeGreaterThan(100);
  expect(cyclesOf(graph)).toEqual([]);
});
