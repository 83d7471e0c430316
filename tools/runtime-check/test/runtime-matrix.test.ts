// The runtime matrix: every vendor package and the umbrella, loaded from their built dist the way
// each runtime loads packages (ESM, and CJS where the runtime has it), run the same checks
// (src/checks.js): every schema example accepted, non-bodies rejected, issues for a broken body,
// parseErrorResponse / assertOk on a real Response. A runtime that cannot be installed is skipped
// with its reason here, and fails the run in CI.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allPackages, buildCases } from "../src/cases.js";
import { runInProcess } from "../src/process-runtime.js";
import { failures, type PackageResult } from "../src/results.js";
import { runInChromium } from "../src/runners/chromium.js";
import { runInWorkerd } from "../src/runners/workerd.js";
import { chromiumLabel } from "../src/chromium.js";
import { type Format, processRuntimes } from "../src/runtimes.js";

const inCi = Boolean(process.env.CI);
const cases = await buildCases();
const packages = allPackages(cases);
const workDir = mkdtempSync(join(tmpdir(), "commerce-errors-runtime-check-"));
const casesFile = join(workDir, "cases.json");
writeFileSync(casesFile, JSON.stringify(cases));

/** What the host (this Node, in-process) sees for each broken body: every runtime must see the same. */
const expectedObservations = new Map<string, PackageResult["observations"]>();
for (const vendorCase of cases.vendors) {
  const pkg = (await import(vendorCase.package)) as {
    validateErrorResponse(v: unknown): { valid: false; issues: { path: string; keyword: string; message: string }[] };
  };
  const brokenIssues = pkg
    .validateErrorResponse(vendorCase.broken.body)
    .issues.map(({ path, keyword, message }) => ({ path, keyword, message }));
  expectedObservations.set(vendorCase.package, { brokenIssues });
}
expectedObservations.set(cases.umbrella, {});

interface Target {
  id: string;
  formats: Format[];
  /** Installs the runtime; returns its label with the version found, or throws the reason it cannot be had. */
  prepare(): Promise<string>;
  run(format: Format): Promise<PackageResult[]>;
}

const cspViolations: string[] = [];
const targets: Target[] = [
  ...processRuntimes.map((runtime): Target => {
    let binary = "";
    return {
      id: runtime.id,
      formats: runtime.formats,
      async prepare() {
        binary = runtime.install();
        return runtime.label;
      },
      run: (format) => runInProcess(runtime, binary, format, casesFile),
    };
  }),
  {
    id: "workerd",
    formats: ["esm"],
    async prepare() {
      const { readFileSync } = await import("node:fs");
      const { createRequire } = await import("node:module");
      const require = createRequire(import.meta.url);
      const version = JSON.parse(
        readFileSync(require.resolve("workerd/package.json", { paths: [require.resolve("miniflare")] }), "utf8"),
      ).version;
      return `workerd ${version} (miniflare)`;
    },
    run: () => runInWorkerd(cases),
  },
  {
    id: "chromium",
    formats: ["esm"],
    async prepare() {
      return chromiumLabel();
    },
    async run() {
      const { results, violations } = await runInChromium(cases);
      cspViolations.push(...violations);
      return results;
    },
  },
];

/** runtime label -> package -> "pass" | "FAIL" | "skipped", written to test-results/ for the report. */
const matrix = new Map<string, Map<string, string>>();
/** runtime label -> why it could not be installed: such a runtime ran nothing, which the log says as such. */
const skips = new Map<string, string>();
afterAll(() => {
  const dir = new URL("../test-results/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const rows = [...matrix].map(([runtime, cells]) => `| ${runtime} | ${packages.map((p) => cells.get(p) ?? "-").join(" | ")} |`);
  const table = [`| runtime | ${packages.join(" | ")} |`, `| --- |${packages.map(() => " --- |").join("")}`, ...rows].join("\n");
  writeFileSync(join(dir, "runtime-matrix.md"), `${table}\n`);
  // One line per runtime in the log, so that a CI run shows the matrix without opening a file.
  for (const [runtime, cells] of matrix) {
    const reason = skips.get(runtime);
    if (reason !== undefined) {
      console.log(`runtime-check: ${runtime}: SKIPPED, not run (${reason})`);
      continue;
    }
    const passing = packages.filter((p) => cells.get(p) && !/FAIL|skipped/.test(cells.get(p)!)).length;
    console.log(
      `runtime-check: ${runtime}: ${passing}/${packages.length} packages pass (${[...new Set([...cells.values()].flatMap((c) => c.match(/esm|cjs/g) ?? []))].join(", ")})`,
    );
  }
  rmSync(workDir, { recursive: true, force: true });
});

for (const target of targets) {
  describe(target.id, () => {
    let label = target.id;
    let skipped: string | undefined;
    let runError: unknown;
    const results = new Map<Format, PackageResult[]>();

    beforeAll(async () => {
      try {
        label = await target.prepare();
      } catch (error) {
        skipped = error instanceof Error ? error.message : String(error);
        skips.set(label, skipped);
        console.warn(`runtime-check: ${target.id} skipped: ${skipped}`);
        return;
      }
      try {
        for (const format of target.formats) results.set(format, await target.run(format));
      } catch (error) {
        runError = error;
      }
    });

    it("is installed (a skip fails in CI)", (context) => {
      if (skipped && inCi) throw new Error(`${target.id} cannot be installed: ${skipped}`);
      if (skipped) context.skip(skipped);
    });

    for (const format of target.formats) {
      for (const name of packages) {
        it(`${name} (${format}) passes the shared checks`, (context) => {
          const cells = matrix.get(label) ?? new Map<string, string>();
          matrix.set(label, cells);
          const cell = `${cells.has(name) ? `${cells.get(name)}, ` : ""}${format} `;
          if (skipped) {
            cells.set(name, `${cell}skipped`);
            return context.skip(skipped);
          }
          cells.set(name, `${cell}FAIL`);
          if (runError) throw runError;
          const result = results.get(format)?.find((r) => r.package === name);
          expect(failures(result)).toEqual([]);
          expect(result!.checks.length).toBeGreaterThan(0);
          expect(result!.observations).toEqual(expectedObservations.get(name));
          cells.set(name, `${cell}pass`);
        });
      }
    }

    if (target.id === "chromium") {
      it("raises no securitypolicyviolation while loading and running every package", (context) => {
        if (skipped) return context.skip(skipped);
        expect(cspViolations).toEqual([]);
      });
    }
  });
}

describe("chromium control", () => {
  it("sees the violation of a page that calls new Function under the same CSP", async () => {
    const control = `try { new Function("return 1")(); } catch {} window.__results = [];`;
    const { violations } = await runInChromium(cases, control);
    expect(violations.join("\n")).toMatch(/script-src|unsafe-eval/);
  });
});
