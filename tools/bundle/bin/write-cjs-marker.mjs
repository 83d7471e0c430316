#!/usr/bin/env node
// Marks a tsc CommonJS output folder as CommonJS inside a "type": "module" package.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: write-cjs-marker <dir>");
  process.exit(2);
}
writeFileSync(join(dir, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
