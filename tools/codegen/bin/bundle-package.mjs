#!/usr/bin/env node
// Bundles a generated package's compiled sources into one ESM and one CJS file (dist/esm/index.js,
// dist/cjs/index.js): one module to load instead of a dozen makes a cold start cheaper. Types stay
// per file (tsc --emitDeclarationOnly). Bundlers still tree-shake the result: every declaration is
// top level and generated constants are marked pure.
import { existsSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

// The main entry and, when the package has one, the /ajv subpath (AJV standalone validators).
const shared = { bundle: true, platform: "neutral", target: "es2020", legalComments: "none", logLevel: "warning" };
for (const entry of ["index", "ajv"]) {
  if (!existsSync(`src/${entry}.ts`)) continue;
  await build({ ...shared, entryPoints: [`src/${entry}.ts`], format: "esm", outfile: `dist/esm/${entry}.js` });
  await build({ ...shared, entryPoints: [`src/${entry}.ts`], format: "cjs", outfile: `dist/cjs/${entry}.js` });
}
writeFileSync("dist/cjs/package.json", `${JSON.stringify({ type: "commonjs" })}\n`);
