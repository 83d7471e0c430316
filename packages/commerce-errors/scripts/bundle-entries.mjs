// After tsc, what the package ships (install size is part of the product: docs in README "Install size"):
// - dist/esm: every entry (the root, commerce-errors/catalog and commerce-errors/<vendor>) bundled by
//   esbuild with code splitting: the umbrella's own code is shared in chunks instead of copied into
//   each of the 14 entries, minified but for whitespace (Node imports this build too, and compiling is
//   most of what an import costs; whitespace minification would drop the /* @__PURE__ */ marks), the vendor packages' /core external so that an app that also imports
//   @commerce-errors/<vendor> bundles that vendor's checks once. tsc's per-module .js output, which
//   no entry reads once bundled, is removed; the CLI's own modules (dist/esm/cli) stay.
// - dist/cjs: tsc's CommonJS output as it is (the vendors' /core required from their packages). No
//   separate bundle: require() users are Node, where these ~150 kB load in a few ms.
// - No dist/node build any more (it was a third copy, 1.2 MB: every entry with all its vendors inlined).
// Types stay tsc's multi-file .d.ts, one tree per format (a require() consumer needs CommonJS-format
// declarations), less the declarations no exported type reaches (internal modules: tsc writes one per
// module, and nothing a user imports can name them). Run by `pnpm build`.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));
const esm = join(root, "dist", "esm");
const staging = join(root, "dist", ".esm-bundles");
rmSync(join(root, "dist", "node"), { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });

// Every subpath the package exports (the root, catalog, each vendor, the integrations, rate-limit):
// the ESM file its "import" condition names is an entry.
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const { exports: exportsMap } = packageJson;
const entries = Object.values(exportsMap)
  .map((target) => (typeof target === "object" ? target.import?.default : undefined))
  .filter((file) => typeof file === "string" && file.startsWith("./dist/esm/"))
  .map((file) => file.slice("./dist/esm/".length).replace(/\.js$/, ""));

await build({
  entryPoints: Object.fromEntries(entries.map((entry) => [entry, join(esm, `${entry}.js`)])),
  outdir: staging,
  entryNames: "[dir]/[name]",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  // The vendor packages' "exports" resolve through their import condition.
  mainFields: ["module", "main"],
  conditions: ["import"],
  target: "es2020",
  external: ["@commerce-errors/*"],
  // Not whitespace: it would drop the /* @__PURE__ */ marks that let bundlers keep only what is imported.
  minifySyntax: true,
  minifyIdentifiers: true,
  legalComments: "none",
  logLevel: "warning",
});

/** Every file under dir whose name ends with `suffix`. */
function filesUnder(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, suffix) : name.endsWith(suffix) ? [path] : [];
  });
}
// tsc's .js modules, but not the CLI's own (dist/esm/cli), which no bundle replaces.
for (const file of filesUnder(esm, ".js")) if (!file.startsWith(join(esm, "cli") + sep)) rmSync(file);
rmSync(join(esm, "chunks"), { recursive: true, force: true });

/** Moves the bundles into dist/esm, beside tsc's declarations. */
function moveInto(from, to) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) {
      mkdirSync(join(to, name), { recursive: true });
      moveInto(source, join(to, name));
    } else renameSync(source, join(to, name));
  }
}
moveInto(staging, esm);
rmSync(staging, { recursive: true, force: true });

/** The .d.ts files the package's types conditions name, and every one they import, transitively. */
function reachableDeclarations() {
  const starts = [];
  const collect = (target) => {
    if (typeof target === "string") {
      if (target.endsWith(".d.ts")) starts.push(resolve(root, target));
    } else if (target && typeof target === "object") for (const value of Object.values(target)) collect(value);
  };
  collect([exportsMap, packageJson.types, packageJson.typings]);
  const reached = new Set();
  const specifier = /(?:from\s+|import\(\s*)["'](\.[^"']+)["']/g;
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop();
    if (reached.has(file) || !existsSync(file)) continue;
    reached.add(file);
    for (const [, relative] of readFileSync(file, "utf8").matchAll(specifier)) {
      const base = resolve(dirname(file), relative).replace(/\.js$/, "");
      queue.push(existsSync(`${base}.d.ts`) ? `${base}.d.ts` : join(base, "index.d.ts"));
    }
  }
  return reached;
}
const reached = reachableDeclarations();
for (const file of filesUnder(join(root, "dist"), ".d.ts")) if (!reached.has(file)) rmSync(file);
