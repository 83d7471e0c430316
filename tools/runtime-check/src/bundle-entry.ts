// One entry module that imports every package by its bare name and hands them to the shared
// checks, bundled by esbuild for the runtimes that load no node_modules themselves (workerd,
// the browser). Nothing is transpiled (target esnext): the packages' code runs as published.

import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));

/** `host` is the entry's own code; it sees `modules` and `runChecks`. */
export async function bundleChecks(packages: string[], host: string, platform: "browser" | "neutral"): Promise<string> {
  const imports = packages.map((name, index) => `import * as package${index} from ${JSON.stringify(name)};`);
  const modules = `const modules = { ${packages.map((name, index) => `${JSON.stringify(name)}: package${index}`).join(", ")} };`;
  const source = [`import { runChecks } from "./checks.js";`, ...imports, modules, host].join("\n");
  const result = await build({
    stdin: { contents: source, resolveDir: here, sourcefile: "runtime-check-entry.js", loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    platform,
    target: "esnext",
    // The packages' "import" condition: the ESM dist users get from a bundler.
    mainFields: ["module", "main"],
    conditions: ["import"],
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
