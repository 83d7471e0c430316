#!/usr/bin/env node
// Prints one line, "N passed, N failed", summed over every vitest JSON report of this run,
// so that a run that executed no test shows as "0 passed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
let passed = 0;
let failed = 0;
// Workspace folders: packages/*, tools/* and the site.
const folders = ["packages", "tools"].flatMap((group) => readdirSync(join(root, group)).map((name) => join(group, name)));
for (const folder of [...folders, "site"]) {
  const report = join(root, folder, "test-results", "vitest.json");
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed += json.numPassedTests ?? 0;
  // A suite that failed to load runs no test; count it, or a broken file would read as green. So is
  // a run whose every test passed but that failed anyway (an unhandled error, a type error in a test).
  const counted = (json.numFailedTests ?? 0) + (json.numFailedTestSuites ?? 0);
  failed += counted > 0 ? counted : json.success === false ? 1 : 0;
}
console.log(`${passed} passed, ${failed} failed`);
