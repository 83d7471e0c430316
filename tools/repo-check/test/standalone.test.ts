// The repository stands alone: no tracked file reads or cites anything beside the checkout.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot, run } from "./clone.js";

// Assembled, so that this file does not name what it looks for.
const dotdot = "..";
const forbidden: { what: string; pattern: RegExp }[] = [
  { what: "the sibling folder shared/", pattern: new RegExp(`${dotdot.replace(/\./g, "\\.")}/shared\\b|/work/${"shared"}\\b`) },
  {
    what: "the research notes",
    pattern: new RegExp(`shared/${"research"}|(?:extra-)?vendors\\.md\\b|perf-anchors\\.md|error-sources\\.md|design-review\\.md`),
  },
  { what: "the seed documents", pattern: /\bseeds?\/|\b[Ss]eed [0-9]{3}|[0-9]{3}_[0-9a-f]{16}\.txt/ },
];

describe("the repository stands alone", () => {
  const files = run(repositoryRoot, "git", ["ls-files", "-co", "--exclude-standard"])
    .split("\n")
    .filter((file) => file && !file.endsWith("pnpm-lock.yaml") && !/\.(png|jpe?g|gz|ico)$/.test(file));

  it("has files to look at", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  for (const { what, pattern } of forbidden) {
    it(`no file names ${what}`, () => {
      const offenders = files.filter((file) => {
        try {
          return pattern.test(readFileSync(join(repositoryRoot, file), "utf8"));
        } catch {
          return false; // deleted in the working tree
        }
      });
      expect(offenders).toEqual([]);
    });
  }
});
