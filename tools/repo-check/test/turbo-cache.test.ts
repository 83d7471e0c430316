// Honest caching, locally and shared: a task is replayed from cache only when none of its real inputs
// changed, and a second fresh copy of the repository replays every build task that a first one ran,
// from a turborepo-remote-cache server (local-disk storage) on 127.0.0.1, and executes none.
// One copy is built once (with the remote cache on), then edited one input at a time and asked
// (turbo dry runs); a second copy then builds from the remote cache.
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheStatus, dryRun, freshClone, run, vendorPackages } from "./clone.js";

// The package's bin, next to this package's node_modules (its exports map does not expose it).
const serverCli = fileURLToPath(new URL("../node_modules/turborepo-remote-cache/dist/cli.js", import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/** Polls until the server answers, however long a loaded machine takes to start it; fails if it exits. */
async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the cache server exited with ${server.exitCode} before answering at ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** turbo's closing summary: "Tasks: 25 successful, 25 total" and "Cached: 25 cached, 25 total". */
function summary(output: string): { total: number; cached: number } {
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  if (!cached) throw new Error(`no turbo summary in:\n${output}`);
  return { cached: Number(cached[1]), total: Number(cached[2]) };
}

describe("turbo caches generate and build on their real inputs, locally and through a remote cache", () => {
  const storage = mkdtempSync(join(tmpdir(), "commerce-errors-remote-cache-"));
  const token = "commerce-errors-test-token";
  let server: ChildProcess;
  let remote: Record<string, string>;
  let clone: { dir: string; remove(): void };
  let vendors: string[];
  let cold: { total: number; cached: number; ms: number };
  const all = (status: string) => Object.fromEntries(vendors.map((name) => [name, status]));

  beforeAll(async () => {
    const port = await freePort();
    server = spawn(process.execPath, [serverCli], {
      env: {
        PATH: process.env.PATH ?? "",
        HOST: "127.0.0.1",
        PORT: String(port),
        STORAGE_PROVIDER: "local",
        STORAGE_PATH: storage,
        STORAGE_PATH_USE_TMP_FOLDER: "false",
        TURBO_TOKEN: token,
        LOG_LEVEL: "warn",
      },
      stdio: "ignore",
    });
    await waitUntilUp(`http://127.0.0.1:${port}/v8/artifacts/status`, server);
    remote = { TURBO_API: `http://127.0.0.1:${port}`, TURBO_TOKEN: token, TURBO_TEAM: "commerce-errors" };
    clone = freshClone("turbo-cache");
    vendors = vendorPackages(clone.dir);
    const started = Date.now();
    cold = { ...summary(run(clone.dir, "pnpm", ["exec", "turbo", "run", "build"], remote)), ms: Date.now() - started };
  });
  afterAll(() => {
    clone?.remove();
    server?.kill();
    rmSync(storage, { recursive: true, force: true });
  });

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

  it("repo-check's own inputs are exactly the files git does not ignore (turbo's input globs do not read .gitignore)", () => {
    // What tests and commands leave in a working tree: all ignored, none may change the key.
    writeFileSync(join(clone.dir, "captured-body.json"), "{}");
    mkdirSync(join(clone.dir, "packed"), { recursive: true });
    writeFileSync(join(clone.dir, "packed", "x.tgz"), "");
    try {
      const task = JSON.parse(
        run(clone.dir, "pnpm", ["exec", "turbo", "run", "test", "--filter=@commerce-errors/repo-check", "--dry=json"]),
      ).tasks.find((entry: { taskId: string }) => entry.taskId === "@commerce-errors/repo-check#test") as {
        inputs: Record<string, string>;
      };
      // turbo names each input relative to the package directory.
      const inputs = Object.keys(task.inputs)
        .map((file) => posix.normalize(posix.join("tools/repo-check", file)))
        .sort();
      const notIgnored = run(clone.dir, "git", ["ls-files", "--cached", "--others", "--exclude-standard"])
        .split("\n")
        .filter(Boolean)
        .sort();
      expect(inputs).toEqual(notIgnored);
    } finally {
      rmSync(join(clone.dir, "captured-body.json"), { force: true });
      rmSync(join(clone.dir, "packed"), { recursive: true, force: true });
    }
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

  it("a second fresh copy replays every build task from the remote cache and executes none", () => {
    expect(cold.total).toBeGreaterThan(12);
    expect(cold.cached).toBeLessThan(cold.total);
    const second = freshClone("remote-b");
    try {
      const started = Date.now();
      const warm = summary(run(second.dir, "pnpm", ["exec", "turbo", "run", "build"], remote));
      console.log(
        `turbo run build: first copy ${cold.ms} ms (${cold.cached}/${cold.total} cached), second copy ${Date.now() - started} ms (${warm.cached}/${warm.total} cached)`,
      );
      expect(warm).toEqual({ total: cold.total, cached: cold.total });
      // And what it replayed is what the first copy built.
      expect(run(second.dir, "git", ["status", "--porcelain"])).toBe("");
      expect(run(second.dir, "node", ["-e", "require('./packages/stripe/dist/cjs/index.js')"])).toBe("");
    } finally {
      second.remove();
    }
  });
});
