import * as esbuild from "esbuild";
const [spec, names, out, minify] = process.argv.slice(2);
await esbuild.build({
  stdin: { contents: `export { ${names} } from "${spec}";`, resolveDir: process.cwd(), loader: "js" },
  bundle: true,
  minify: minify === "1",
  format: "esm",
  platform: "node",
  outfile: out,
  logLevel: "error",
});
