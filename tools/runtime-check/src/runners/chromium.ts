// Chromium: a page from 127.0.0.1 under `default-src 'self'; script-src 'self'` imports every
// package (one bundle served from self) and runs the shared checks. A CSP violation, reported by
// the page's securitypolicyviolation listener (loaded before the packages) or the console, fails.
import { bundleChecks } from "../bundle-entry.js";
import type { Cases } from "../cases.js";
import { allSpecifiers } from "../cases.js";
import { launchChromium } from "../chromium.js";
import type { PackageResult } from "../results.js";
import { serveStatic } from "../static-server.js";

const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>runtime-check</title>
<script src="/csp-listener.js"></script>
<script type="module" src="/checks.js"></script>
</head><body></body></html>`;

// A classic script, so it runs before the module graph is evaluated.
const cspListener = `window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " blocked " + (event.blockedURI || "inline") + " at " + event.sourceFile + ":" + event.lineNumber);
});`;

export const pageHost = `try {
  const cases = await (await fetch("/cases.json")).json();
  window.__results = await runChecks(modules, cases);
} catch (error) {
  window.__failure = String(error && error.stack || error);
}`;

export interface ChromiumRun {
  results: PackageResult[];
  violations: string[];
  browserVersion: string;
}

/** `host`: the page's own code after the imports (the shared checks by default; tests pass a control). */
export async function runInChromium(cases: Cases, host = pageHost): Promise<ChromiumRun> {
  const bundle = await bundleChecks(allSpecifiers(cases), host, "browser");
  const files: Record<string, { type: string; body: string }> = {
    "/": { type: "text/html; charset=utf-8", body: page },
    "/csp-listener.js": { type: "text/javascript", body: cspListener },
    "/checks.js": { type: "text/javascript", body: bundle },
    "/cases.json": { type: "application/json", body: JSON.stringify(cases) },
  };
  const server = await serveStatic((path) => files[path]);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    tab.setDefaultTimeout(0); // no wall-clock limit: a loaded machine runs the page late, not never
    const consoleViolations: string[] = [];
    tab.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
    });
    await tab.goto(`${server.url}/`);
    await tab.waitForFunction(() => "__results" in window || "__failure" in window);
    const { results, failure, violations } = await tab.evaluate(() => {
      const w = window as unknown as { __results?: PackageResult[]; __failure?: string; __violations: string[] };
      return { results: w.__results, failure: w.__failure, violations: w.__violations };
    });
    if (failure) throw new Error(`the page failed: ${failure}`);
    return { results: results!, violations: [...violations, ...consoleViolations], browserVersion: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
