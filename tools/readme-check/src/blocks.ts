// Every fenced code block of every tracked README, with where it is.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

export interface CodeBlock {
  /** The README, relative to the repository root, e.g. "packages/stripe/README.md". */
  readme: string;
  /** The info string's first word: "ts", "sh", "console", "json", or "" (a diagram). */
  lang: string;
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
}

/** Tracked README.md files (the working tree's content). */
export function readmes(): string[] {
  return execFileSync("git", ["ls-files", "--cached", "--", "README.md", "**/README.md"], { cwd: repositoryRoot, encoding: "utf8" })
    .split("\n")
    .filter((file) => file.endsWith("README.md"))
    .sort();
}

export function blocksOf(readme: string, text = readFileSync(join(repositoryRoot, readme), "utf8")): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.trimEnd() !== fence) body.push(lines[j++]!);
    if (j === lines.length) throw new Error(`${readme}:${i + 1}: unclosed code fence`);
    blocks.push({ readme, lang: open[2]!.trim().split(/\s+/)[0] ?? "", line: i + 1, code: `${body.join("\n")}\n` });
    i = j;
  }
  return blocks;
}

export function allBlocks(): CodeBlock[] {
  return readmes().flatMap((readme) => blocksOf(readme));
}

/** The commands of a shell block: one per line, comments and blank lines dropped, a trailing comment cut. */
export function shellCommands(code: string): string[] {
  return code
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
