#!/usr/bin/env node
// Bundles a package's compiled sources into one ESM and one CJS file per entry
// (dist/esm/index.js, dist/cjs/index.js; the /ajv subpath alone): one module to load instead of a
// dozen makes a cold start cheaper. Only the package's own modules are bundled: its dependencies
// (a vendor package's one, @commerce-errors/runtime) stay imports, so an application that uses
// several vendors loads and bundles the runtime once. Types stay per file (tsc --emitDeclarationOnly). Bundlers still
// tree-shake the result: every declaration is top level and generated constants are marked pure.
//
// /core re-exports its names from the main entry's file instead of holding a copy: a bundler that
// sees both (an app using the package and the commerce-errors umbrella) keeps one module and
// tree-shakes it, and Node loads one file either way.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

// Code-split chunks of an earlier layout must not linger in dist.
rmSync("dist/esm/chunks", { recursive: true, force: true });

const shared = { bundle: true, packages: "external", platform: "neutral", target: "es2020", legalComments: "none", logLevel: "warning" };
const exportsOf = (metafile) => Object.values(metafile.outputs)[0].exports.sort();
let mainExports = [];
for (const entry of ["index", "ajv"]) {
  if (!existsSync(`src/${entry}.ts`)) continue;
  const { metafile } = await build({
    ...shared,
    entryPoints: [`src/${entry}.ts`],
    format: "esm",
    outfile: `dist/esm/${entry}.js`,
    metafile: true,
  });
  if (entry === "index") mainExports = exportsOf(metafile);
  await build({ ...shared, entryPoints: [`src/${entry}.ts`], format: "cjs", outfile: `dist/cjs/${entry}.js` });
}
writeFileSync("dist/cjs/package.json", `${JSON.stringify({ type: "commonjs" })}\n`);

if (existsSync("src/core.ts")) {
  const { metafile } = await build({ ...shared, entryPoints: ["src/core.ts"], format: "esm", write: false, metafile: true });
  const names = exportsOf(metafile);
  const missing = names.filter((name) => !mainExports.includes(name));
  if (missing.length > 0)
    throw new Error(`bundle-package: the main entry must export every name of src/core.ts; it lacks ${missing.join(", ")}`);
  const header = "// The names of src/core.ts, from the main entry's file (bin/bundle-package.mjs says why).\n";
  writeFileSync("dist/esm/core.js", `${header}export { ${names.join(", ")} } from "./index.js";\n`);
  writeFileSync(
    "dist/cjs/core.js",
    `${header}"use strict";\nconst main = require("./index.js");\n${names.map((name) => `exports.${name} = main.${name};`).join("\n")}\n`,
  );
}
