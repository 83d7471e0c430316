// Builds the static site into dist/ (or another folder): the playground bundle (esbuild, one
// classic script, so the page also opens from file://), its stylesheet, and the HTML pages.

import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { playgroundPage, vendorPage } from "./pages.js";
import { listVendors, readVendor, type VendorDoc } from "./schemas.js";

const siteDir = fileURLToPath(new URL("../", import.meta.url));

/** virtual:vendor-packages imports every vendor package; virtual:examples carries every schema example. */
function virtualModules(vendors: VendorDoc[]): Plugin {
  const sources: Record<string, string> = {
    "virtual:vendor-packages": [
      ...vendors.map((v, i) => `import * as vendor${i} from "@commerce-errors/${v.name}";`),
      `export const vendorPackages = { ${vendors.map((v, i) => `${JSON.stringify(v.name)}: vendor${i}`).join(", ")} };`,
    ].join("\n"),
    "virtual:examples": `export const examples = ${JSON.stringify(
      vendors.flatMap((v) =>
        v.envelopes.flatMap((e) =>
          e.examples.map((body, index) => ({ vendor: v.name, vendorName: v.displayName, envelope: e.title, index, body })),
        ),
      ),
    )};`,
  };
  return {
    name: "virtual-modules",
    setup(context) {
      context.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: "virtual" }));
      context.onLoad({ filter: /.*/, namespace: "virtual" }, (args) => ({
        contents: sources[args.path],
        loader: "js",
        resolveDir: siteDir,
      }));
    },
  };
}

export interface BuiltSite {
  dir: string;
  /** Bytes of the playground bundle, minified and gzipped. */
  bundleBytes: number;
  bundleGzipBytes: number;
  pages: string[];
}

export async function buildSite(outDir = join(siteDir, "dist")): Promise<BuiltSite> {
  const vendors = await Promise.all(listVendors().map(readVendor));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, "assets"), { recursive: true });
  mkdirSync(join(outDir, "vendors"), { recursive: true });
  const result = await build({
    entryPoints: [join(siteDir, "src/playground/main.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    // The packages' ESM builds, as a user's bundler would pick them.
    conditions: ["import"],
    mainFields: ["module", "main"],
    legalComments: "none",
    plugins: [virtualModules(vendors)],
    logLevel: "warning",
  });
  const bundle = result.outputFiles[0]!.contents;
  writeFileSync(join(outDir, "assets/playground.js"), bundle);
  for (const asset of ["site.css", "favicon.svg"]) copyFileSync(join(siteDir, "src", asset), join(outDir, "assets", asset));
  const pages = ["index.html", ...vendors.map((v) => `vendors/${v.name}.html`)];
  writeFileSync(join(outDir, "index.html"), playgroundPage(vendors));
  for (const vendor of vendors) writeFileSync(join(outDir, `vendors/${vendor.name}.html`), vendorPage(vendor, vendors));
  return { dir: outDir, bundleBytes: bundle.byteLength, bundleGzipBytes: gzipSync(bundle).byteLength, pages };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await buildSite();
  console.log(
    `site: ${site.pages.length} pages in ${site.dir}; playground.js ${(site.bundleBytes / 1024).toFixed(1)} KiB, ${(site.bundleGzipBytes / 1024).toFixed(1)} KiB gzip`,
  );
}
