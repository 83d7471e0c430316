import * as esbuild from "esbuild";
import { gzipSync } from "node:zlib";
import path from "node:path";
const root = path.resolve("../..");
const vendors = process.argv[2].split(",");
const names = process.argv[3].split(",");
for (const v of vendors) {
  const row = [v.padEnd(14)];
  for (const n of names) {
    const r = await esbuild.build({
      stdin: { contents: `export { ${n} } from "${root}/packages/${v}/src/index.ts";`, resolveDir: process.cwd(), loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
    });
    row.push(`${n}=${gzipSync(r.outputFiles[0].contents, { level: 9 }).length}`);
  }
  console.log(row.join(" "));
}
