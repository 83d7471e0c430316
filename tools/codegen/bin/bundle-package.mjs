#!/usr/bin/env node
// Bundles a generated package's compiled sources into one ESM and one CJS file (dist/esm/index.js,
// dist/cjs/index.js): one module to load instead of a dozen makes a cold start cheaper. Types stay
// per file (tsc --emitDeclarationOnly). Bundlers still tree-shake the result: every declaration is
// top level and generated constants are marked pure.
import { writeFileSync } from "node:fs";
import { build } from "esbuild";

const shared = { entryPoints: ["src/index.ts"], bundle: true, platform: "neutral", target: "es2020", legalComments: "none", logLevel: "warning" };
await build({ ...shared, format: "esm", outfile: "dist/esm/index.js" });
await build({ ...shared, format: "cjs", outfile: "dist/cjs/index.js" });
writeFileSync("dist/cjs/package.json", `${JSON.stringify({ type: "commonjs" })}\n`);
