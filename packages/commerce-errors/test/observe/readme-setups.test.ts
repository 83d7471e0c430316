// The README's "Observability" set-ups are the ones the tests run: every code line of each of its
// ts blocks appears in test/observe/*.test.ts (formatting and trailing comments aside).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const section = readme.slice(readme.indexOf("\n## Observability\n"), readme.indexOf("\n## ", readme.indexOf("\n## Observability\n") + 1));
const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);

const testDir = new URL("./", import.meta.url);
const tests = readdirSync(testDir)
  .filter((file) => file.endsWith(".test.ts") && file !== "readme-setups.test.ts")
  .map((file) => readFileSync(new URL(file, testDir), "utf8"))
  .join("\n");
const squeeze = (text: string) => text.replace(/\s+/g, "");
const tested = squeeze(tests);

/** A block's code lines: no comment lines, no trailing comments, no final semicolons. */
function codeLines(block: string): string[] {
  return block
    .split("\n")
    .map((line) =>
      line
        .replace(/\s+\/\/ .*$/, "")
        .trim()
        .replace(/;$/, ""),
    )
    .filter((line) => line.length > 0 && !line.startsWith("//"));
}

/** For `import { a, b } from "m"`: whether the tests import each name from "m" (they may import more); else undefined. */
function isImported(line: string): boolean | undefined {
  const match = /^import (?:\* as (\w+)|(\w+)|\{([^}]*)\}) from ("[^"]+")$/.exec(line);
  if (!match) return undefined;
  const [, namespace, defaultName, named, module] = match;
  if (namespace || defaultName) return tests.includes(line);
  return (named ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
    .every((name) => new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from ${module}`).test(tests));
}

describe("README Observability blocks", () => {
  it("has the OpenTelemetry, Sentry, pino, problem-details and messages set-ups", () => {
    expect(blocks.map((block) => /from "(commerce-errors\/[a-z-]+)"/.exec(block)?.[1])).toEqual([
      "commerce-errors/otel",
      "commerce-errors/sentry",
      "commerce-errors/pino",
      "commerce-errors/problem-details",
      "commerce-errors/messages",
    ]);
  });

  it.each(blocks.map((block, index) => [index, block] as const))("block %i runs in a test, line by line", (_index, block) => {
    const missing = codeLines(block).filter((line) => !(isImported(line) ?? tested.includes(squeeze(line))));
    expect(missing).toEqual([]);
  });
});
