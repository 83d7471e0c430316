// A shared remote cache: a second fresh clone replays every task that a first clone ran, from a
// turborepo-remote-cache server (local-disk storage) on 127.0.0.1, and executes none.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshClone, run } from "./clone.js";

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

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`the cache server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the cache server did not answer at ${url}`);
}

/** turbo's closing summary: "Tasks: 25 successful, 25 total" and "Cached: 25 cached, 25 total". */
function summary(output: string): { total: number; cached: number } {
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  if (!cached) throw new Error(`no turbo summary in:\n${output}`);
  return { cached: Number(cached[1]), total: Number(cached[2]) };
}

describe("turbo remote cache (turborepo-remote-cache on 127.0.0.1)", () => {
  const storage = mkdtempSync(join(tmpdir(), "commerce-errors-remote-cache-"));
  const token = "commerce-errors-test-token";
  let server: ChildProcess;
  let remote: Record<string, string>;

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
  });
  afterAll(() => {
    server?.kill();
    rmSync(storage, { recursive: true, force: true });
  });

  it("a second fresh clone replays every build task and executes none", () => {
    const first = freshClone("remote-a");
    const second = freshClone("remote-b");
    try {
      const started = Date.now();
      const cold = summary(run(first.dir, "pnpm", ["exec", "turbo", "run", "build"], remote));
      const coldMs = Date.now() - started;
      expect(cold.total).toBeGreaterThan(12);
      expect(cold.cached).toBeLessThan(cold.total);

      const warmStarted = Date.now();
      const warm = summary(run(second.dir, "pnpm", ["exec", "turbo", "run", "build"], remote));
      console.log(
        `turbo run build: first clone ${coldMs} ms (${cold.cached}/${cold.total} cached), second clone ${Date.now() - warmStarted} ms (${warm.cached}/${warm.total} cached)`,
      );
      expect(warm).toEqual({ total: cold.total, cached: cold.total });
      // And what it replayed is what the first clone built.
      expect(run(second.dir, "git", ["status", "--porcelain"])).toBe("");
      expect(run(second.dir, "node", ["-e", "require('./packages/stripe/dist/cjs/index.js')"])).toBe("");
    } finally {
      first.remove();
      second.remove();
    }
  });
});
