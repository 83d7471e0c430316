// Honest caching: a task is replayed from cache only when none of its real inputs changed.
// Specified on a fresh clone: run the tasks once, then edit one input at a time and ask turbo (dry run).
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  /** The hash turbo gives one package's test task, without running it. */
  const testHash = (pkg: string) => {
    const task = dryRun(clone.dir, "test").find((entry) => entry.package === pkg);
    if (!task) throw new Error(`no test task for ${pkg}`);
    return task.hash;
  };

  it("repo-check's own test is keyed on every tracked file and on no ignored one", () => {
    const before = testHash("@commerce-errors/repo-check");
    expect(withEdit("README.md", () => testHash("@commerce-errors/repo-check"))).not.toBe(before);
    expect(withEdit("schemas/stripe/vendor.json", () => testHash("@commerce-errors/repo-check"))).not.toBe(before);
    mkdirSync(join(clone.dir, "packages/stripe/test-results"), { recursive: true });
    writeFileSync(join(clone.dir, "packages/stripe/test-results/extra.json"), "{}");
    try {
      expect(testHash("@commerce-errors/repo-check")).toBe(before);
    } finally {
      rmSync(join(clone.dir, "packages/stripe/test-results"), { recursive: true, force: true });
    }
    expect(testHash("@commerce-errors/repo-check")).toBe(before);
  });

  it("the browser tests are keyed on the browser: tools/chromium is an input of site's and runtime-check's tests", () => {
    const users = ["@commerce-errors/site", "@commerce-errors/runtime-check"];
    const before = users.map(testHash);
    expect(withEdit("tools/chromium/src/index.ts", () => users.map(testHash)).filter((hash, i) => hash === before[i])).toEqual([]);
    expect(withEdit("tools/chromium/package.json", () => users.map(testHash)).filter((hash, i) => hash === before[i])).toEqual([]);
    // The @sparticuz/chromium version itself: a direct devDependency of both, so the lockfile entry
    // turbo hashes for each (hashOfExternalDependencies) changes with it.
    for (const pkg of ["site", "tools/runtime-check"]) {
      const manifest = JSON.parse(readFileSync(join(clone.dir, pkg, "package.json"), "utf8"));
      expect(manifest.devDependencies["@sparticuz/chromium"]).toBeDefined();
    }
  });
});
