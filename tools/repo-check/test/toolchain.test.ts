// scripts/toolchain.sh, sourced the way the README and .ci/run use it: it reports what it put on
// PATH, and a failed install returns non-zero with the reason instead of printing a blank version.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "./clone.js";

const packageManager = (await import(join(repositoryRoot, "package.json"), { with: { type: "json" } })).default.packageManager as string;
const pnpmVersion = packageManager.split("@")[1]!;
const scratch = mkdtempSync(join(tmpdir(), "commerce-errors-toolchain-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A registry address where nothing listens: every install fails at once. */
async function deadRegistry(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

function source(env: Record<string, string>) {
  const result = spawnSync("bash", ["-c", 'source scripts/toolchain.sh; status=$?; echo "status=$status"'], {
    cwd: repositoryRoot,
    env,
    encoding: "utf8",
  });
  return { stdout: result.stdout, stderr: result.stderr };
}

/** A PATH with only the given node and npm (and the system's tools, which hold no pnpm). */
function pathWith(node: string, name: string): string {
  const bin = join(scratch, name);
  spawnSync("mkdir", ["-p", bin]);
  symlinkSync(node, join(bin, "node"));
  symlinkSync(spawnSync("bash", ["-c", "command -v npm"], { encoding: "utf8" }).stdout.trim(), join(bin, "npm"));
  return `${bin}:/usr/bin:/bin`;
}

describe("scripts/toolchain.sh", () => {
  it("with the toolchain present: returns 0 and prints both versions", () => {
    const { stdout } = source({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? scratch });
    expect(stdout).toMatch(new RegExp(`^node v\\d+\\.\\d+\\.\\d+, pnpm ${pnpmVersion.replaceAll(".", "\\.")}\\nstatus=0\\n$`));
  });

  it("when pnpm cannot be installed: returns non-zero, says why, and prints no blank version", async () => {
    const { stdout, stderr } = source({
      PATH: pathWith(process.execPath, "node-only"),
      HOME: scratch,
      XDG_CACHE_HOME: join(scratch, "cache-a"),
      npm_config_registry: await deadRegistry(),
      npm_config_fetch_retries: "0",
    });
    expect(stdout).toBe("status=1\n");
    expect(stderr).toContain(`toolchain.sh: npm install pnpm@${pnpmVersion} failed`);
    expect(stdout + stderr).not.toMatch(/pnpm\s*$/m);
  });
});
