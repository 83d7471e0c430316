// `codegen [--vendor X]... [--check]`: flags in, pipeline out. Exit 0 ok, 1 schema problem or drift, 2 usage.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { SchemaError, formatProblem } from "./load/schema-error.js";
import { UsageError, runPipeline } from "./pipeline.js";

const HELP = `Usage: pnpm generate [--vendor <name>]... [--check]

Regenerates packages/<vendor>/ from schemas/<vendor>/.
  --vendor <name>  only this vendor (repeatable)
  --check          write nothing; exit 1 and name the files when packages/ differ from the schemas
  --no-changeset   do not write .changeset/<vendor>-schemas-<commit>.md for schema edits since HEAD
  --root <dir>     repository root (default: the current directory)
  --help           this text`;

const parseFlags = () =>
  parseArgs({
    options: {
      vendor: { type: "string", multiple: true },
      check: { type: "boolean", default: false },
      "no-changeset": { type: "boolean", default: false },
      root: { type: "string" },
      help: { type: "boolean", default: false },
    },
  }).values;

async function main(): Promise<number> {
  let args: ReturnType<typeof parseFlags>;
  try {
    args = parseFlags();
  } catch (error) {
    console.error(`codegen: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const root = args.root ? resolve(args.root) : findRepositoryRoot(process.cwd());
  const started = performance.now();
  try {
    const result = await runPipeline({ root, vendors: args.vendor, check: args.check, changesets: !args["no-changeset"] });
    const took = `${Math.round(performance.now() - started)} ms`;
    if (args.check) {
      if (result.drift.length > 0) {
        console.error(`codegen --check: generated output differs from the schemas in ${result.drift.length} file(s):`);
        for (const { file, change } of result.drift) console.error(`  ${change.padEnd(8)} ${file}`);
        console.error("Run `pnpm generate` and commit the result.");
        return 1;
      }
      console.log(`codegen --check: ${result.vendors.join(", ")} up to date (${took})`);
      return 0;
    }
    const changed = result.drift.length === 0 ? "no changes" : `${result.drift.length} file(s) written`;
    console.log(`codegen: ${result.vendors.join(", ")}: ${changed} (${took})`);
    for (const { file, bump, changes } of result.changesets) console.log(`  ${file}: ${bump} (${changes.length} change(s))`);
    return 0;
  } catch (error) {
    if (error instanceof SchemaError) {
      console.error(`codegen: ${error.problems.length} problem(s) in schemas/; nothing was written:`);
      for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
      return 1;
    }
    if (error instanceof UsageError) {
      console.error(`codegen: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/** The nearest folder holding pnpm-workspace.yaml: works from the root and from packages/<vendor>. */
function findRepositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

process.exitCode = await main();
