// Every command of every shell block of every README either runs here, from the directory its README
// implies, or names the test or script that runs it and why it cannot run inside `pnpm test`. A new
// command fails this test until it is given one of the two. The `console` block of the CLI runs too.
import { listVendors } from "@commerce-errors/codegen";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { allBlocks, repositoryRoot, shellCommands } from "../src/blocks.js";
import { documentedExamples } from "./schemas.js";

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Handling {
  /** Run with bash in this directory (relative to the repository root), then checked. */
  run?: { cwd: string; check(outcome: Outcome): void };
  /** Not run here: the file that runs it (and must contain `contains`), and why not here. */
  coveredBy?: { file: string; contains: string; why: string };
}

const ci = (contains: string) => ({
  file: ".ci/run",
  contains,
  why: "the set-up and test commands themselves: CI runs them on a fresh clone",
});
const measuring = {
  file: "tools/bench/test/agreement.test.ts",
  contains: "isErrorResponse",
  why: "it measures for minutes and writes bench/results; the harness's correctness is in tools/bench's tests",
};
const packed = {
  file: "tools/package-check/test/installable.test.ts",
  contains: "packed and installed in a fresh project",
  why: "not on the registry before a release; the packed tarball installs and works in package-check and in local-use.test.ts",
};

const ok = (includes: string) => (outcome: Outcome) => {
  expect(outcome.stderr).not.toMatch(/undefined|ERR_PNPM|Error:/);
  expect(outcome.code).toBe(0);
  expect(outcome.stdout).toContain(includes);
};

/** README -> command -> how it is tested. */
const handling: Record<string, Record<string, Handling>> = {
  "README.md": {
    "pnpm exec commerce-errors validate captured-body.json": { run: { cwd: ".", check: ok("commercetools StandardErrorResponse") } },
    "pnpm exec commerce-errors explain commercetools 409": { run: { cwd: ".", check: ok("409 Conflict") } },
    "pnpm site": {
      coveredBy: {
        file: "site/test/serve.test.ts",
        contains: "serves the playground",
        why: "it runs turbo inside this turbo run; its serving half (`pnpm --filter @commerce-errors/site serve`) runs in site/test/serve.test.ts",
      },
    },
    "pnpm install --frozen-lockfile && pnpm build": { coveredBy: ci("pnpm install --frozen-lockfile") },
    "pnpm test": { coveredBy: ci("pnpm test") },
    "npx turborepo-remote-cache": {
      coveredBy: {
        file: "tools/repo-check/test/turbo-cache.test.ts",
        contains: "turborepo-remote-cache",
        why: "two fresh copies of the repository and a build",
      },
    },
    "export TURBO_API=http://cache-host:3000 TURBO_TOKEN=<secret> TURBO_TEAM=commerce-errors": {
      coveredBy: { file: "tools/repo-check/test/turbo-cache.test.ts", contains: "TURBO_API", why: "a placeholder host and secret" },
    },
    "pnpm build": {
      coveredBy: {
        file: "tools/repo-check/test/turbo-cache.test.ts",
        contains: '"build"',
        why: "two fresh copies of the repository and a build",
      },
    },
    "pnpm bench": { coveredBy: measuring },
    "pnpm bench --quick": { coveredBy: measuring },
    "pnpm bench --only=size,cold --skip-build": { coveredBy: measuring },
    "pnpm --filter @commerce-errors/bench size:budgets": {
      coveredBy: { file: "tools/bench/test/size.test.ts", contains: "size-budgets.json", why: "it rewrites the committed budgets" },
    },
    "pnpm pack:all": {
      coveredBy: { file: "tools/package-check/test/local-use.test.ts", contains: "pack:all", why: "packs every package (minutes)" },
    },
    "npm install ../commerce-errors/packed/*.tgz": {
      coveredBy: { file: "tools/package-check/test/local-use.test.ts", contains: "npm", why: "installs into a new project" },
    },
  },
  "packages/commerce-errors/README.md": { "npm install commerce-errors": { coveredBy: packed } },
  "site/README.md": {
    "pnpm site": {
      coveredBy: { file: "site/test/serve.test.ts", contains: "serves the playground", why: "it runs turbo inside this turbo run" },
    },
    "pnpm --filter @commerce-errors/site build": { run: { cwd: ".", check: ok("") } },
    "pnpm --filter @commerce-errors/site test": {
      coveredBy: { file: "site/turbo.json", contains: '"test"', why: "it is this run's site#test" },
    },
  },
};
for (const vendor of listVendors(repositoryRoot))
  handling[`packages/${vendor}/README.md`] = { [`npm install @commerce-errors/${vendor}`]: { coveredBy: packed } };

function bash(command: string, cwd: string, env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile("bash", ["-c", command], { cwd, env: { ...process.env, ...env }, encoding: "utf8" }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const shell = allBlocks().filter((block) => ["sh", "bash", "shell"].includes(block.lang));
const commands = shell.flatMap((block) =>
  shellCommands(block.code).map((command) => ({ readme: block.readme, line: block.line, command })),
);

// The body the README's validate command reads from the root: commercetools' documented 409. Written
// whole (rename), never removed, so that two runs at once see the same file; .gitignore lists it.
const captured = join(repositoryRoot, "captured-body.json");
const conflict = documentedExamples("commercetools", "error-response")[0];
writeFileSync(`${captured}.${process.pid}.tmp`, `${JSON.stringify(conflict, null, 2)}\n`);
renameSync(`${captured}.${process.pid}.tmp`, captured);

describe("every shell command of every README is run or names what runs it", () => {
  it("every command has a handling, and every handling a command", () => {
    const unhandled = commands
      .filter(({ readme, command }) => !handling[readme]?.[command])
      .map((c) => `${c.readme}:${c.line}: ${c.command}`);
    expect(unhandled).toEqual([]);
    const stale = Object.entries(handling).flatMap(([readme, byCommand]) =>
      Object.keys(byCommand)
        .filter((command) => !commands.some((c) => c.readme === readme && c.command === command))
        .map((command) => `${readme}: ${command}`),
    );
    expect(stale).toEqual([]);
  });

  for (const { readme, line, command } of commands) {
    const how = handling[readme]?.[command];
    if (how?.run) {
      const { cwd, check } = how.run;
      it(`${readme}:${line}: runs \`${command}\` in ${cwd}`, async () => check(await bash(command, join(repositoryRoot, cwd))));
    } else if (how?.coveredBy) {
      const { file, contains, why } = how.coveredBy;
      it(`${readme}:${line}: \`${command}\` is run by ${file} (${why})`, () => {
        expect(readFileSync(join(repositoryRoot, file), "utf8")).toContain(contains);
      });
    }
  }
});

describe("the CLI's console block (packages/commerce-errors/README.md) prints what it shows", () => {
  const block = allBlocks().find((b) => b.readme === "packages/commerce-errors/README.md" && b.lang === "console")!;
  const dir = mkdtempSync(join(tmpdir(), "commerce-errors-readme-console-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "captured.json"), JSON.stringify(conflict));
  // "$ command" lines, each followed by its output; "..." ends a line whose rest is left out.
  const sessions = block.code
    .split(/^\$ /m)
    .filter(Boolean)
    .map((part) => {
      const [command, ...output] = part.trimEnd().split("\n");
      return { command: command!, output };
    });

  it("has commands", () => expect(sessions.length).toBeGreaterThanOrEqual(3));
  for (const { command, output } of sessions) {
    it(`$ ${command}`, async () => {
      const { stdout, stderr } = await bash(command, dir, {
        PATH: `${join(repositoryRoot, "node_modules", ".bin")}:${process.env.PATH}`,
        NO_COLOR: "1",
      });
      const got = `${stdout}${stderr}`.trimEnd().split("\n");
      const shown = output.filter((l) => l.trim() !== "...");
      for (const [i, want] of shown.entries()) {
        const actual = got[i] ?? "";
        if (want.endsWith("...")) expect(actual.startsWith(want.slice(0, -3).trimEnd())).toBe(true);
        else expect(actual).toBe(want);
      }
    });
  }
});
