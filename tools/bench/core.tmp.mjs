import * as esbuild from "esbuild";
import path from "node:path";
const root = path.resolve("../..");
const [v, names, out, minify] = process.argv.slice(2);
await esbuild.build({
  stdin: { contents: `export { ${names} } from "${root}/packages/${v}/src/index.ts";`, resolveDir: process.cwd(), loader: "js" },
  bundle: true,
  minify: minify === "1",
  format: "esm",
  platform: "neutral",
  outfile: out,
});
