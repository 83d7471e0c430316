// What `pnpm site` runs after its build (`pnpm --filter @commerce-errors/site serve`): it serves the
// playground; on a port that is taken it says so in one line that names the port and how to choose another.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const siteDir = fileURLToPath(new URL("../", import.meta.url));

it("a busy port ends `pnpm site` with one line and a PORT= hint", async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  const { port } = blocker.address() as { port: number };
  try {
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn("pnpm", ["run", "--silent", "serve"], { cwd: siteDir, env: { ...process.env, PORT: String(port) } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("close", (exit) => resolve({ code: exit, stdout, stderr }));
    });
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      `pnpm site: port ${port} on 127.0.0.1 is in use; choose another with PORT=, e.g. PORT=${port + 1} pnpm site`,
    ]);
  } finally {
    blocker.close();
  }
});

it("serves the playground on the port PORT names (0: any free one)", async () => {
  const child = spawn("pnpm", ["run", "--silent", "serve"], { cwd: siteDir, env: { ...process.env, PORT: "0" }, detached: true });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = "";
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
        const found = /commerce-errors playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (found) resolve(found[1]!);
      });
      child.on("close", (code) => reject(new Error(`serve exited with ${code}: ${stdout}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await page.text()).toContain("playground");
  } finally {
    process.kill(-child.pid!, "SIGTERM"); // pnpm and the server it started
  }
});
