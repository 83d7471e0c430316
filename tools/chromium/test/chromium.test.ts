// The browser comes from the npm registry: unpacked from @sparticuz/chromium into a cache folder
// named after its version, by one process or by two at once, and it runs pages.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumLabel, installChromium, launchChromium, packageVersion } from "../src/index.js";

describe("installChromium", () => {
  const cache = mkdtempSync(join(tmpdir(), "commerce-errors-chromium-cache-"));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it("two processes unpacking into an empty cache at once both get one complete browser", async () => {
    const script = `import { installChromium } from ${JSON.stringify(new URL("../src/index.ts", import.meta.url).pathname)};
process.stdout.write(installChromium().executablePath);`;
    const tsx = join(import.meta.dirname, "..", "node_modules", ".bin", "tsx");
    const runOne = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(tsx, ["--eval", script], { env: { ...process.env, COMMERCE_ERRORS_RUNTIMES_CACHE: cache } });
        let out = "";
        let err = "";
        child.stdout.on("data", (chunk) => (out += chunk));
        child.stderr.on("data", (chunk) => (err += chunk));
        child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
      });
    const [a, b] = await Promise.all([runOne(), runOne()]);
    expect(a).toBe(join(cache, `chromium-${packageVersion}`, "chromium"));
    expect(b).toBe(a);
    expect(readdirSync(cache)).toEqual([`chromium-${packageVersion}`]); // no staging folder left behind
    expect(execFileSync(a, ["--version"], { encoding: "utf8" })).toMatch(/^Chromium \d+\./);
  });
});

describe("launchChromium", () => {
  it("runs a page's script and renders text with the shipped fonts", async () => {
    expect(existsSync(installChromium().executablePath)).toBe(true);
    expect(chromiumLabel()).toMatch(
      new RegExp(`^Chromium \\d+\\.\\d+\\.\\d+\\.\\d+ \\(@sparticuz/chromium ${packageVersion.replaceAll(".", "\\.")}\\)$`),
    );
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent("<p id=p>text</p><script>document.title = String(6 * 7)</script>");
      expect(await page.title()).toBe("42");
      const width = await page.locator("#p").evaluate((p) => p.getBoundingClientRect().width);
      expect(width).toBeGreaterThan(10); // glyphs were laid out: a font was found
    } finally {
      await browser.close();
    }
  });
});
