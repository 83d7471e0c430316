import * as esbuild from "esbuild";
import { gzipSync } from "node:zlib";
import path from "node:path";
const vendor = process.argv[2];
const root = path.resolve("../..");
const entry =
  vendor === "root" ? `${root}/packages/commerce-errors/src/index.ts` : `${root}/packages/commerce-errors/src/entries/${vendor}.ts`;
const what = process.argv[4] || "fromError";
const plugin = {
  name: "alias",
  setup(b) {
    b.onResolve({ filter: /^@commerce-errors\/[a-z]+(\/core)?$/ }, (a) => ({
      path: `${root}/packages/${a.path.split("/")[1]}/src/${a.path.endsWith("/core") ? "core" : "index"}.ts`,
    }));
  },
};
const r = await esbuild.build({
  stdin: { contents: `export { ${what} } from "${entry}";`, resolveDir: process.cwd(), loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  plugins: [plugin],
});
const out = r.outputFiles[0].contents;
console.log(vendor, "min", out.length, "gzip", gzipSync(out, { level: 9 }).length);
const inputs = Object.values(r.metafile.outputs)[0].inputs;
const rows = Object.entries(inputs)
  .map(([k, v]) => [v.bytesInOutput, k])
  .sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows.slice(0, +process.argv[3] || 25)) console.log(String(b).padStart(8), k.replace(root, ""));
