// `pnpm site` on a port that is taken: one line that names the port and how to choose another, no stack.
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
