// Goal 3: bundle sizes as a user's bundler sees them: esbuild, ESM, minified, platform browser, gzip -9.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { BENCH_ROOT, VENDORS, type Vendor } from "./vendors.js";

export const SIZE_SUBJECTS = ["isErrorResponse", "entry", "parseErrorResponse", "validateErrorResponse", "ajv", "hand"] as const;
export type SizeSubject = (typeof SIZE_SUBJECTS)[number];

export interface BundleSize {
  minified: number;
  gzip: number;
}

/** What each subject imports; "ajv" is the whole /ajv subpath; "hand" is the hand-written guard, for scale. */
export function bundleEntry(vendor: Vendor, subject: SizeSubject): string {
  switch (subject) {
    case "isErrorResponse":
    case "parseErrorResponse":
    case "validateErrorResponse":
      return `export { ${subject} } from "@commerce-errors/${vendor}";`;
    case "ajv":
      return `export * from "@commerce-errors/${vendor}/ajv";`;
    case "entry":
      return `export * from "@commerce-errors/${vendor}";`;
    case "hand":
      return `export { isErrorResponse } from "./src/hand/${vendor}.ts";`;
  }
}

export async function bundleSize(contents: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: BENCH_ROOT, loader: "ts", sourcefile: "size-entry.ts" },
    bundle: true,
    format: "esm",
    minify: true,
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

export type SizeTable = Record<Vendor, Record<SizeSubject, BundleSize>>;

export async function measureSizes(): Promise<SizeTable> {
  const table = {} as SizeTable;
  for (const vendor of VENDORS) {
    table[vendor] = {} as Record<SizeSubject, BundleSize>;
    for (const subject of SIZE_SUBJECTS) table[vendor][subject] = await bundleSize(bundleEntry(vendor, subject));
  }
  return table;
}
