import * as esbuild from "esbuild";
import { gzipSync } from "node:zlib";
const spec = process.argv[2];
const r = await esbuild.build({
  stdin: { contents: `export { fromError } from "${spec}";`, resolveDir: process.cwd(), loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
});
const out = r.outputFiles[0].contents;
console.log(spec, "min", out.length, "gzip", gzipSync(out, { level: 9 }).length);
const inputs = Object.values(r.metafile.outputs)[0].inputs;
const rows = Object.entries(inputs)
  .map(([k, v]) => [v.bytesInOutput, k])
  .sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows.slice(0, +process.argv[3] || 25))
  console.log(String(b).padStart(8), k.replace(/.*node_modules\//, "").replace(/\.pnpm\/[^/]+\/node_modules\//, ""));
