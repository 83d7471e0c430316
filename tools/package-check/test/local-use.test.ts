// The README's "Try the packages from a clone": `pnpm pack:all` in the clone, then one `npm install`
// of the tarballs in another project, and the packages work there (ESM, CJS, the CLI).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "commerce-errors-local-use-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (cwd: string, command: string, args: string[]) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });

describe("local use: pack:all, then one npm install in another project", () => {
  const published = readdirSync(join(root, "packages")).filter(
    (name) => JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8")).private !== true,
  );
  const packed = join(work, "packed");
  const project = join(work, "my-app");

  it("pack:all is the build, then scripts/pack-all.mjs (the build already ran: turbo's test depends on it)", () => {
    const { scripts } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(scripts["pack:all"]).toMatch(/^turbo run build\b.* && node scripts\/pack-all\.mjs$/);
    const output = run(root, process.execPath, ["scripts/pack-all.mjs", "--out", packed]);
    expect(output).toContain(`${published.length} tarballs`);
    expect(readdirSync(packed).filter((file) => file.endsWith(".tgz"))).toHaveLength(published.length);
  });

  it("one npm install of every tarball works where the umbrella alone could not (its vendors are not on the registry)", () => {
    mkdirSync(project);
    run(project, "npm", ["init", "-y"]);
    // --prefer-offline --fetch-retries=0: the unpublished packages' registry lookups (a 404 on a real
    // registry) are not retried for minutes behind a proxy that refuses them; the tarballs satisfy them.
    run(project, "bash", ["-c", `npm install --no-audit --no-fund --prefer-offline --fetch-retries=0 ${packed}/*.tgz`]);
    const installed = JSON.parse(readFileSync(join(project, "package.json"), "utf8")).dependencies;
    expect(Object.keys(installed).sort()).toEqual(
      published.map((name) => (name === "commerce-errors" ? name : `@commerce-errors/${name}`)).sort(),
    );
  });

  it("the packages import (ESM and CJS) and the CLI runs in that project", () => {
    const esm = run(project, process.execPath, [
      "--input-type=module",
      "-e",
      `import { normalizeError } from "commerce-errors";
import { isErrorResponse } from "@commerce-errors/stripe";
const body = { error: { type: "invalid_request_error", code: "resource_missing", message: "No such customer" } };
console.log(isErrorResponse(body), normalizeError({ status: 404, body }).vendor);`,
    ]);
    expect(esm.trim()).toBe("true stripe");
    const conflict = { statusCode: 409, message: "m", errors: [{ code: "ConcurrentModification", message: "m", currentVersion: 2 }] };
    const cjs = run(project, process.execPath, [
      "-e",
      `console.log(require("commerce-errors/commercetools").normalizeError({ status: 409, body: ${JSON.stringify(conflict)} }).retry.kind)`,
    ]);
    expect(cjs.trim()).toBe("after-refetch");
    expect(run(project, "npx", ["--no-install", "commerce-errors", "explain", "stripe", "402"])).toMatch(/^Stripe 402 /);
  });
});
