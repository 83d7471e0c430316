import * as esbuild from "esbuild";
await esbuild.build({
  entryPoints: [process.argv[2]],
  bundle: true,
  minify: process.argv[4] === "1",
  format: "esm",
  platform: "neutral",
  outfile: process.argv[3],
  logLevel: "error",
});
