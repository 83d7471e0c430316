#!/usr/bin/env node
// Bundles a package's compiled sources into one ESM and one CJS file per entry
// (dist/esm/index.js, dist/cjs/index.js; the /ajv subpath alone): one module to load instead of a
// dozen makes a cold start cheaper. Only the package's own modules are bundled: its dependencies
// (a vendor package's one, @commerce-errors/runtime) stay imports, so an application that uses
// several vendors loads and bundles the runtime once. Types stay per file (tsc --emitDeclarationOnly). Bundlers still
// tree-shake the result: every declaration is top level and generated constants are marked pure
// (esbuild keeps the /* @__PURE__ */ marks when it minifies).
//
// What is shipped, and why (install size; README "Install size"):
// - ESM for bundlers, browsers, edge runtimes and Node's import; CJS for require() on Node 18 to 22.11,
//   which cannot require ESM. Both are needed while the packages support Node >= 18.
// - Both minified (the main entry's ESM keeps its line breaks, see minifyFor): bundlers minify
//   anyway, Node compiles less, and the /ajv subpath (AJV's standalone code) is 2-3 times smaller. No sourcemaps (they would double the size; the sources are generated
//   and in the repository).
// - One declaration tree per format: a require() consumer type-checking under node16 needs
//   CommonJS-format declarations, an import() consumer ESM-format ones.
//
// /core re-exports its names from the main entry's file instead of holding a copy: a bundler that
// sees both (an app using the package and the commerce-errors umbrella) keeps one module and
// tree-shakes it, and Node loads one file either way.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

// Code-split chunks of an earlier layout must not linger in dist.
rmSync("dist/esm/chunks", { recursive: true, force: true });

const shared = { bundle: true, packages: "external", platform: "neutral", target: "es2020", legalComments: "none", logLevel: "warning" };
// Whitespace minification would drop the /* @__PURE__ */ marks that let bundlers drop unused
// constants, so the main entry's ESM keeps its line breaks. CJS (never tree-shaken) and /ajv (only
// functions and object literals, which need no marks) are minified in full.
const minifyFor = (entry, format) =>
  format === "esm" && entry !== "ajv" ? { minifySyntax: true, minifyIdentifiers: true } : { minify: true };
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
    ...minifyFor(entry, "esm"),
  });
  if (entry === "index") mainExports = exportsOf(metafile);
  await build({ ...shared, entryPoints: [`src/${entry}.ts`], format: "cjs", outfile: `dist/cjs/${entry}.js`, ...minifyFor(entry, "cjs") });
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
