#!/usr/bin/env node
// Bundles a generated package's compiled sources: the main entry and /core share their code (ESM
// code splitting: index.js imports core.js's chunk, so a bundle holding both holds it once), /ajv
// stands alone. CJS has no splitting: each entry is one file. A few modules to load instead of a
// dozen makes a cold start cheaper. Types stay per file (tsc --emitDeclarationOnly). Bundlers still
// tree-shake the result: every declaration is top level and generated constants are marked pure.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const shared = { bundle: true, platform: "neutral", target: "es2020", legalComments: "none", logLevel: "warning" };
const split = ["index", "core"].filter((entry) => existsSync(`src/${entry}.ts`));
const alone = ["ajv"].filter((entry) => existsSync(`src/${entry}.ts`));

// Chunk names carry a content hash: drop the previous build's.
rmSync("dist/esm/chunks", { recursive: true, force: true });
await build({
  ...shared,
  entryPoints: split.map((entry) => `src/${entry}.ts`),
  format: "esm",
  splitting: true,
  outdir: "dist/esm",
  chunkNames: "chunks/[name]-[hash]",
});
for (const entry of alone) await build({ ...shared, entryPoints: [`src/${entry}.ts`], format: "esm", outfile: `dist/esm/${entry}.js` });
for (const entry of [...split, ...alone])
  await build({ ...shared, entryPoints: [`src/${entry}.ts`], format: "cjs", outfile: `dist/cjs/${entry}.js` });
writeFileSync("dist/cjs/package.json", `${JSON.stringify({ type: "commonjs" })}\n`);
