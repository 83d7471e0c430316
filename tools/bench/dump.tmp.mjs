import * as esbuild from "esbuild";
const r = await esbuild.build({
  stdin: { contents: `export { fromError } from "${process.argv[2]}";`, resolveDir: process.cwd(), loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
});
process.stdout.write(r.outputFiles[0].text);
