// General schemas: the JSON-Schema-Test-Suite's draft7 groups (vendored in tools/codegen) that have
// a valid and an invalid test, each run as our compiled check (the generator's code, written to
// .generated/ and imported: no eval), AJV standalone and typebox's compiler, on the suite's own
// data. A group counts when all three compile it and answer every test as the suite says.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { compileCheckModule } from "@commerce-errors/codegen";
import { Ajv } from "ajv";
import equalModule from "ajv/dist/runtime/equal.js";
import ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import { transformSync } from "esbuild";
import Schema from "typebox/schema";
import { shuffle } from "./stats.js";
import { BENCH_ROOT, REPO_ROOT } from "./vendors.js";

const standaloneCode = standaloneModule.default;
const require = createRequire(import.meta.url);
// AJV writes `require("ajv/dist/runtime/...")` for these helpers even in ESM; their own source
// stands in for it (as tools/codegen/src/emit/emit-validators.ts does for the /ajv subpath).
type Helper = { code: string; toString(): string };
for (const module of [ucs2lengthModule, equalModule] as unknown as (Helper & { default?: Helper })[]) {
  const helper = module.default ?? module;
  helper.code = `(${helper.toString()})`;
}
const SUITE = `${REPO_ROOT}tools/codegen/test/suite/json-schema-test-suite/`;
export const SUITE_IMPLEMENTATIONS = ["ours", "ajv-sa", "typebox"] as const;
type Implementation = (typeof SUITE_IMPLEMENTATIONS)[number];
type Check = (value: unknown) => boolean;

interface Group {
  name: string;
  schema: unknown;
  tests: { data: unknown; valid: boolean }[];
}

export interface SuiteRow {
  group: string;
  /** Checks of the group's data per second, per implementation. */
  ops: Record<Implementation, number>;
}

export interface SuiteResult {
  rows: SuiteRow[];
  /** Groups with a valid and an invalid test. */
  eligible: number;
  /** Eligible groups an implementation refused or answered wrongly, by implementation. */
  excluded: Record<Implementation, string[]>;
  /** What the timing loops measured: this thread's CPU time, or wall-clock time on an older Node. */
  clock: string;
}

function readGroups(): Group[] {
  const dir = `${SUITE}tests/draft7/`;
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(dir + file, "utf8")) as { description: string; schema: unknown; tests: Group["tests"] }[]).map((g) => ({
        name: `${file.replace(/\.json$/, "")}: ${g.description}`,
        schema: g.schema,
        tests: g.tests,
      })),
    );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The suite's remote documents by URI (`http://localhost:1234/...`), served from memory. */
function remotes(): Record<string, unknown> {
  const dir = `${SUITE}remotes`;
  const documents: Record<string, unknown> = Object.fromEntries(
    filesUnder(dir).map((file) => [
      `http://localhost:1234/${relative(dir, file).split("\\").join("/")}`,
      JSON.parse(readFileSync(file, "utf8")),
    ]),
  );
  // The draft-07 meta-schema (AJV's copy; AJV knows it already).
  documents["http://json-schema.org/draft-07/schema"] = require("ajv/dist/refs/json-schema-draft-07.json");
  return documents;
}

/** Writes a module atomically under .generated/ and imports it. */
async function importGenerated(name: string, code: string): Promise<Record<string, unknown>> {
  mkdirSync(`${BENCH_ROOT}.generated`, { recursive: true });
  const path = `${BENCH_ROOT}.generated/${name}`;
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, path);
  return (await import(`${pathToFileURL(path).href}?${Date.now()}`)) as Record<string, unknown>;
}

async function compileOurs(groups: Group[], documents: Record<string, unknown>): Promise<(Check | undefined)[]> {
  const sources = groups.map((group, i) => compileCheckModule(group.schema as never, `g${i}`, { documents, strict: false }));
  const imports = new Map<string, Set<string>>();
  const bodies: string[] = [];
  for (const { source } of sources) {
    for (const line of source.split("\n")) {
      const match = /^import \{ (.*) \} from "(.*)";$/.exec(line);
      if (match) for (const name of match[1]!.split(", ")) imports.set(match[2]!, (imports.get(match[2]!) ?? new Set()).add(name));
      else bodies.push(line);
    }
  }
  const header = [...imports].map(([from, names]) => `import { ${[...names].join(", ")} } from "${from}";`).join("\n");
  const { code } = transformSync(`${header}\n${bodies.join("\n")}`, { loader: "ts", format: "esm" });
  const module = await importGenerated("suite-ours.mjs", code);
  return sources.map((s, i) => (s.problems.length === 0 ? (module[`g${i}`] as Check) : undefined));
}

async function compileAjv(groups: Group[], documents: Record<string, unknown>): Promise<(Check | undefined)[]> {
  const names: (string | undefined)[] = [];
  const parts: string[] = [];
  groups.forEach((group, i) => {
    try {
      const ajv = new Ajv({ strict: false, code: { source: true, esm: true } });
      const text = JSON.stringify(group.schema);
      for (const [uri, document] of Object.entries(documents)) {
        if (uri.startsWith("http://localhost") && text.includes(uri.slice(0, uri.lastIndexOf("/") + 1)) && typeof document === "object") {
          try {
            ajv.addSchema(document as object, uri);
          } catch {
            // an $id another remote declares already: AJV keeps the first
          }
        }
      }
      const validate = ajv.compile(group.schema as object);
      // Each group's standalone module, renamed into one file.
      const code = standaloneCode(ajv, validate)
        .replace(/export const validate = /, `const g${i} = `)
        .replace(/export default [^;]*;/, "");
      parts.push(`{\n${code.replace(/^"use strict";/, "")}\nexports_.g${i} = g${i};\n}`);
      names.push(`g${i}`);
    } catch {
      names.push(undefined);
    }
  });
  const module = await importGenerated("suite-ajv.mjs", `const exports_ = {};\n${parts.join("\n")}\nexport default exports_;`);
  const table = module.default as Record<string, Check>;
  return names.map((name) => (name ? table[name] : undefined));
}

function compileTypebox(groups: Group[]): (Check | undefined)[] {
  return groups.map((group) => {
    try {
      const validator = Schema.Compile(group.schema as never);
      return (value: unknown) => validator.Check(value);
    } catch {
      return undefined;
    }
  });
}

type Runner = (check: Check, data: unknown[], windowMs: number, batch: number) => number;

/**
 * The time the loop spent on this thread's CPU, in ms, from a start mark: other processes on a shared
 * machine take the CPU away for whole scheduler slices, which wall-clock time would count against
 * whichever check happened to be running (a 15 ms window on a loaded machine loses most of itself).
 * Wall-clock time where Node lacks `process.threadCpuUsage` (before 23.9).
 */
export const cpuClock: { label: string; start: () => unknown; elapsedMs: (start: unknown) => number } =
  typeof process.threadCpuUsage === "function"
    ? {
        label: "this thread's CPU time",
        start: () => process.threadCpuUsage(),
        elapsedMs: (start) => {
          const used = process.threadCpuUsage(start as NodeJS.CpuUsage);
          return (used.user + used.system) / 1000;
        },
      }
    : { label: "wall-clock time", start: () => performance.now(), elapsedMs: (start) => performance.now() - (start as number) };

/**
 * A timing loop of its own for each implementation and group: one shared loop would see every
 * check at one call site, and its optimisation for one check would be thrown away for the next
 * (deopts land on whichever is timed after). `new Function` gives each loop its own feedback.
 * The clock is read once per `batch` passes over the data (calibrated to ~0.25 ms), so reading it
 * (a system call for CPU time) costs next to nothing against the checks.
 */
function newRunner(): Runner {
  return new Function(
    "clock",
    `return function run(check, data, windowMs, batch) {
       let calls = 0, sink = 0, elapsed = 0;
       const started = clock.start();
       do {
         for (let r = 0; r < batch; r++) for (let i = 0; i < data.length; i++) if (check(data[i])) sink++;
         calls += batch * data.length;
         elapsed = clock.elapsedMs(started);
       } while (elapsed < windowMs);
       if (sink < 0) throw new Error("unreachable");
       return (calls / elapsed) * 1000;
     };`,
  )(cpuClock) as Runner;
}

/** Passes over the data that take about `ms` (from a measured rate in checks per second). */
const batchFor = (opsPerSecond: number, length: number, ms = 0.25): number => Math.max(1, Math.round((opsPerSecond * ms) / 1000 / length));

export async function measureSuite({
  rounds,
  windowMs,
  log,
}: {
  rounds: number;
  windowMs: number;
  log: (line: string) => void;
}): Promise<SuiteResult> {
  const groups = readGroups().filter((g) => g.tests.some((t) => t.valid) && g.tests.some((t) => !t.valid));
  const documents = remotes();
  const compiled: Record<Implementation, (Check | undefined)[]> = {
    ours: await compileOurs(groups, documents),
    "ajv-sa": await compileAjv(groups, documents),
    typebox: compileTypebox(groups),
  };
  const excluded: Record<Implementation, string[]> = { ours: [], "ajv-sa": [], typebox: [] };
  const rows: SuiteRow[] = [];
  groups.forEach((group, i) => {
    let usable = true;
    for (const id of SUITE_IMPLEMENTATIONS) {
      const check = compiled[id][i];
      const right = check !== undefined && group.tests.every((t) => safe(check, t.data) === t.valid);
      if (!right) {
        excluded[id].push(group.name);
        usable = false;
      }
    }
    if (!usable) return;
    const data = group.tests.map((t) => t.data);
    const samples: Record<Implementation, number[]> = { ours: [], "ajv-sa": [], typebox: [] };
    const runners = { ours: newRunner(), "ajv-sa": newRunner(), typebox: newRunner() };
    const batches = { ours: 1, "ajv-sa": 1, typebox: 1 };
    for (const id of SUITE_IMPLEMENTATIONS) {
      // Warm-up (every tier compiled), then a batch of ~0.25 ms from the warm rate.
      runners[id](compiled[id][i]!, data, windowMs * 4, 64);
      batches[id] = batchFor(runners[id](compiled[id][i]!, data, windowMs, 64), data.length);
    }
    for (let round = 0; round < rounds; round++)
      for (const id of shuffle(SUITE_IMPLEMENTATIONS)) samples[id].push(runners[id](compiled[id][i]!, data, windowMs, batches[id]));
    // The best round of each: on a shared machine other processes only ever slow a round down.
    rows.push({
      group: group.name,
      ops: { ours: Math.max(...samples.ours), "ajv-sa": Math.max(...samples["ajv-sa"]), typebox: Math.max(...samples.typebox) },
    });
  });
  log(`suite: ${rows.length} of ${groups.length} groups timed`);
  return { rows, eligible: groups.length, excluded, clock: cpuClock.label };
}

function safe(check: Check, value: unknown): boolean | undefined {
  try {
    return check(value);
  } catch {
    return undefined;
  }
}
