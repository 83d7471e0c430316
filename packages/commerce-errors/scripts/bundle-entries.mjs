// After tsc: each entry (the root and commerce-errors/<vendor>) becomes one file, ESM and CJS, so a
// fresh process loads one module instead of ~40 (import time); the vendor packages stay external.
// Types stay tsc's multi-file .d.ts. Run by `pnpm build`.
import { readdirSync } from "node:fs";
import { build } from "esbuild";

const root = new URL("../", import.meta.url);
const entries = [
  "index.js",
  "catalog.js",
  ...readdirSync(new URL("dist/esm/entries/", root))
    .filter((file) => file.endsWith(".js") && file !== "bind-vendors.js" && file !== "public-types.js")
    .map((file) => `entries/${file}`),
];

await Promise.all(
  entries.flatMap((entry) =>
    ["esm", "cjs"].map((format) =>
      build({
        entryPoints: [new URL(`dist/esm/${entry}`, root).pathname],
        outfile: new URL(`dist/${format}/${entry}`, root).pathname,
        allowOverwrite: true,
        bundle: true,
        format,
        platform: "neutral",
        target: "es2020",
        external: ["@commerce-errors/*"],
        logLevel: "warning",
      }),
    ),
  ),
);
