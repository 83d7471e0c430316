// Honest caching: a task is replayed from cache only when none of its real inputs changed.
// Specified on a fresh clone: run the tasks once, then edit one input at a time and ask turbo (dry run).
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheStatus, dryRun, freshClone, run, vendorPackages } from "./clone.js";

describe("turbo caches generate and build on their real inputs", () => {
  const clone = freshClone("turbo-cache");
  const vendors = vendorPackages(clone.dir);
  const all = (status: string) => Object.fromEntries(vendors.map((name) => [name, status]));

  beforeAll(() => {
    run(clone.dir, "pnpm", ["exec", "turbo", "run", "build"]);
  });
  afterAll(() => clone.remove());

  /** Edits a file of the clone for the duration of `look`, then restores it byte for byte. */
  function withEdit<T>(file: string, look: () => T): T {
    const path = join(clone.dir, file);
    const original = readFileSync(path);
    appendFileSync(path, "\n");
    try {
      return look();
    } finally {
      writeFileSync(path, original);
    }
  }

  const given: { edit: string; task: "generate" | "build"; want: (vendor: string) => string }[] = [
    { edit: "tools/codegen/src/emit/emit-readme.ts", task: "generate", want: () => "MISS" },
    { edit: "packages/runtime/src/parse.ts", task: "build", want: () => "MISS" },
    { edit: "tools/codegen/meta/vendor.schema.json", task: "generate", want: () => "MISS" },
    { edit: "tools/codegen/bin/codegen.mjs", task: "generate", want: () => "MISS" },
    { edit: "tools/bundle/bin/bundle-package.mjs", task: "build", want: () => "MISS" },
    {
      edit: "schemas/stripe/status-codes.json",
      task: "generate",
      want: (vendor) => (vendor === "@commerce-errors/stripe" ? "MISS" : "HIT"),
    },
  ];

  it("after one run, every vendor's generate and build is a hit", () => {
    expect(cacheStatus(dryRun(clone.dir, "generate"), vendors)).toEqual(all("HIT"));
    expect(cacheStatus(dryRun(clone.dir, "build"), vendors)).toEqual(all("HIT"));
  });

  for (const { edit, task, want } of given) {
    it(`editing ${edit} misses ${task} where it should, and reverting hits again`, () => {
      const during = withEdit(edit, () => cacheStatus(dryRun(clone.dir, task), vendors));
      expect(during).toEqual(Object.fromEntries(vendors.map((name) => [name, want(name)])));
      expect(cacheStatus(dryRun(clone.dir, task), vendors)).toEqual(all("HIT"));
    });
  }
});
