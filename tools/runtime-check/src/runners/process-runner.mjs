// Entry for runtimes started as a process (Node, Deno, Bun): loads every package from its built
// dist, by its bare name as a user would (ESM import, or CJS require), runs the shared checks and
// prints the results as one JSON line. Usage: <runtime> process-runner.mjs esm|cjs <cases.json>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { runChecks } from "../checks.js";

const [format, casesFile] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesFile, "utf8"));
const require = createRequire(import.meta.url);
/** Each vendor's /core and the umbrella's entry for it (cases.ts allSpecifiers), reported with that vendor's package. */
const subpaths = new Map(
  cases.vendors.flatMap((v) => [
    [`${v.package}/core`, v.package],
    [`${cases.umbrella}/${v.vendor}`, v.package],
  ]),
);
const names = [...cases.vendors.map((v) => v.package), ...subpaths.keys(), cases.umbrella];

const modules = {};
const loadErrors = [];
for (const name of names) {
  try {
    modules[name] = format === "cjs" ? require(name) : await import(name);
  } catch (error) {
    loadErrors.push({
      package: name,
      checks: [{ name: `loads as ${format}`, pass: false, detail: String(error?.stack || error) }],
      observations: {},
    });
  }
}
const results = await runChecks(modules, cases);
// A package that failed to load reports only that; a subpath that failed adds its error to its vendor's result.
const output = results.filter((r) => !loadErrors.some((e) => e.package === r.package));
for (const error of loadErrors) {
  const owner = subpaths.get(error.package);
  if (owner === undefined) output.push(error);
  else output.find((r) => r.package === owner)?.checks.push(...error.checks.map((c) => ({ ...c, name: `${error.package} ${c.name}` })));
}
process.stdout.write(`RUNTIME-CHECK-RESULTS ${JSON.stringify(output)}\n`);
