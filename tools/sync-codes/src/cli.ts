// `sync-codes [--vendor X]... [--check | --write]`: flags in, report out. Exit 0 ok, 1 something missing (--check), 2 usage.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatReport, isMissingAnything } from "./report.js";
import { syncVendor } from "./sync.js";
import { VENDOR_SOURCES } from "./vendors.js";

const HELP = `Usage: pnpm sync-codes [--vendor <name>]... [--check | --write]

Compares schemas/<vendor>/ with the error codes, fields and envelopes that the vendor's npm
package (a pinned devDependency of tools/sync-codes) declares.
  --vendor <name>  only this vendor (repeatable); vendors: ${VENDOR_SOURCES.map((s) => s.vendor).join(", ")}
  --check          exit 1 when the source has a code, field or envelope that schemas/ lacks
  --write          add the missing codes (with their fields and descriptions) to schemas/;
                   contradictions are only reported, never overwritten
  --root <dir>     repository root (default: found from the current directory)
  --help           this text`;

function parseFlags() {
  return parseArgs({
    options: {
      vendor: { type: "string", multiple: true },
      check: { type: "boolean", default: false },
      write: { type: "boolean", default: false },
      root: { type: "string" },
      help: { type: "boolean", default: false },
    },
  }).values;
}

function main(): number {
  let args: ReturnType<typeof parseFlags>;
  try {
    args = parseFlags();
  } catch (error) {
    console.error(`sync-codes: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  if (args.check && args.write) {
    console.error(`sync-codes: --check and --write exclude each other\n\n${HELP}`);
    return 2;
  }
  const unknown = (args.vendor ?? []).filter((name) => !VENDOR_SOURCES.some((source) => source.vendor === name));
  if (unknown.length > 0) {
    console.error(`sync-codes: no source for ${unknown.join(", ")} (see the root README, "Keeping codes current")`);
    return 2;
  }
  const root = args.root ? resolve(args.root) : findRepositoryRoot(process.cwd());
  const sources = VENDOR_SOURCES.filter((source) => !args.vendor?.length || args.vendor.includes(source.vendor));
  let missing = false;
  let written = false;
  let toDo = false;
  for (const source of sources) {
    const report = syncVendor(source, { schemasDir: join(root, "schemas"), write: args.write });
    console.log(formatReport(report));
    missing ||= isMissingAnything(report);
    written ||= report.written.length > 0;
    toDo ||= report.toDo.length > 0;
  }
  if (toDo) {
    console.error('sync-codes --write: schemas/ needs what is listed under "to do by hand" before pnpm generate can read it.');
    return 1;
  }
  if (written) console.log("Next: pnpm generate (regenerates the packages and writes their changesets), then commit.");
  if (args.check && missing) {
    console.error(
      "sync-codes --check: the vendors' packages declare what schemas/ lacks. Run `pnpm sync-codes --write` (envelopes and fields are added by hand), then `pnpm generate`.",
    );
    return 1;
  }
  return 0;
}

function findRepositoryRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "schemas")) && existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

process.exitCode = main();
