// Goal 1's "without eval": the built packages contain no eval/Function call, and they work with code
// generation from strings forbidden.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bodies } from "./bodies.js";
import { BENCH_ROOT, REPO_ROOT, type Vendor } from "./vendors.js";

const ENTRY = fileURLToPath(new URL("./no-eval-entry.mjs", import.meta.url));
const FORBIDDEN = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/;

export interface NoEvalRow {
  vendor: Vendor;
  /** Files of dist/ that contain eval( or Function(. */
  flaggedFiles: string[];
  /** Imports and answers correctly under --disallow-code-generation-from-strings. */
  worksWithoutEval: boolean;
  detail: string;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(c|m)?js$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function checkNoEval(vendors: readonly Vendor[]): NoEvalRow[] {
  const input = vendors.map((vendor) => ({
    vendor,
    cases: bodies[vendor].map((body) => ({ json: JSON.stringify(body.value()), valid: body.valid })),
  }));
  const child = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", ENTRY], {
    cwd: BENCH_ROOT,
    input: JSON.stringify(input),
    encoding: "utf8",
  });
  const answers = child.status === 0 ? (JSON.parse(child.stdout) as { vendor: Vendor; ok: boolean; detail: string }[]) : [];
  return vendors.map((vendor) => {
    const dist = join(REPO_ROOT, "packages", vendor, "dist");
    const flaggedFiles = jsFiles(dist)
      .filter((file) => FORBIDDEN.test(readFileSync(file, "utf8")))
      .map((file) => file.slice(REPO_ROOT.length));
    const answer = answers.find((row) => row.vendor === vendor);
    return { vendor, flaggedFiles, worksWithoutEval: answer?.ok === true, detail: answer?.detail ?? child.stderr.slice(0, 300) };
  });
}
