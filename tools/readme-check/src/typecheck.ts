// Type-checks README TypeScript blocks against the built packages: each block is one module (in a
// folder of this package, so that it resolves the packages as a user's project would), with the
// names an example leaves to its reader (url, the SDK clients, ...) declared in test/globals.d.ts.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { CodeBlock } from "./blocks.js";

const packageDir = fileURLToPath(new URL("../", import.meta.url));
const tsc = join(packageDir, "node_modules", ".bin", "tsc");

export interface TypedBlock {
  block: CodeBlock;
  /** A file name for the block, e.g. "packages-stripe-README-md-20.ts". */
  file: string;
  /** The module's source: the block, with `ky` swapped for ky 1 in the ky-1 variant. */
  source: string;
}

/** One module per block; a block that imports ky is checked twice, with ky 2 and with ky 1. */
export function typedBlocks(blocks: CodeBlock[]): TypedBlock[] {
  return blocks.flatMap((block) => {
    const base = `${block.readme.replace(/[^A-Za-z0-9]+/g, "-")}-${block.line}`;
    const own = { block, file: `${base}.ts`, source: `${block.code}export {};\n` };
    if (!/from "ky"/.test(block.code)) return [own];
    return [own, { block, file: `${base}-ky1.ts`, source: own.source.replaceAll('from "ky"', 'from "ky-1"') }];
  });
}

export interface Diagnostic {
  file: string;
  line: number;
  text: string;
}

/** Writes the modules into `dir` (under this package) and runs tsc over them; the errors it reports, by file. */
export function typecheck(dir: string, blocks: TypedBlock[]): Diagnostic[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(packageDir, "test", "globals.d.ts"), join(dir, "globals.d.ts"));
  for (const { file, source } of blocks) writeFileSync(join(dir, file), source);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2023", "DOM", "DOM.Iterable"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          types: ["node"],
          typeRoots: [relative(dir, join(packageDir, "node_modules", "@types"))],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        files: ["globals.d.ts", ...blocks.map((b) => b.file)],
      },
      null,
      2,
    ),
  );
  let output = "";
  try {
    execFileSync(tsc, ["-p", join(dir, "tsconfig.json"), "--pretty", "false"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    output = `${(error as { stdout?: string }).stdout ?? ""}${(error as { stderr?: string }).stderr ?? ""}`;
    if (!/error TS\d+/.test(output)) throw error;
  }
  return output
    .split("\n")
    .map((line) => /^(.+?)\((\d+),\d+\): (error TS\d+: .*)$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ file: match[1]!.replace(/^.*[\\/]/, ""), line: Number(match[2]), text: match[3]! }));
}
