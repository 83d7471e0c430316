// After tsc: each entry (the root, commerce-errors/catalog and commerce-errors/<vendor>) becomes one
// file per target, so that a fresh process loads one module instead of ~40 (import time):
// - dist/esm: for bundlers and browsers; the vendor packages' /core stays external, so an app that
//   also imports @commerce-errors/<vendor> bundles that vendor's checks once.
// - dist/node (the exports map's "node" condition) and dist/cjs: the vendor code is inlined, because
//   resolving a bare specifier through node_modules costs Node about a millisecond per package, and
//   minified, because compiling the source is most of what importing costs (the root entry: 270 kB
//   of source, 140 kB minified, about 0.7 ms less per fresh process).
// Types stay tsc's multi-file .d.ts. Run by `pnpm build`.
import { readdirSync } from "node:fs";
import { build } from "esbuild";

const root = new URL("../", import.meta.url);
const entries = [
  "index.js",
  "catalog.js",
  // The integrations: each its own entry, so an app that uses none of them loads none.
  "otel.js",
  "sentry.js",
  "pino.js",
  "problem-details.js",
  "messages.js",
  ...readdirSync(new URL("dist/esm/entries/", root))
    .filter((file) => file.endsWith(".js") && file !== "bind-vendors.js" && file !== "public-types.js")
    .map((file) => `entries/${file}`),
];

const targets = [
  { outdir: "node", format: "esm", external: [], minify: true },
  { outdir: "cjs", format: "cjs", external: [], minify: true },
  // Last: it overwrites tsc's own output, which the other two read. Bundlers minify it themselves.
  { outdir: "esm", format: "esm", external: ["@commerce-errors/*"], minify: false },
];

for (const { outdir, format, external, minify } of targets) {
  await Promise.all(
    entries.map((entry) =>
      build({
        entryPoints: [new URL(`dist/esm/${entry}`, root).pathname],
        outfile: new URL(`dist/${outdir}/${entry}`, root).pathname,
        allowOverwrite: true,
        bundle: true,
        format,
        platform: "neutral",
        // The vendor packages' "exports" resolve through their import condition.
        mainFields: ["module", "main"],
        conditions: ["import"],
        target: "es2020",
        external,
        minify,
        logLevel: "warning",
      }),
    ),
  );
}
