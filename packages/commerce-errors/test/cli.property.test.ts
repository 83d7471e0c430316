// Property: the CLI answers any input with an exit status and words, never a crash. `main` runs
// in-process with a captured io; stdin is random text, JSON, or a vendor body; the flags are drawn
// from the real ones and from junk. Exit 2 (usage) always comes with one line on stderr.
import { envelopeBodies } from "@commerce-errors/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { vendorNames } from "../src/generated/vendor-names.js";
import { captureIo } from "./support/cli-io.js";

async function run(argv: string[], stdin: string) {
  const { io, output } = captureIo(stdin, { env: { NO_COLOR: "1" } });
  const code = await main(argv, io);
  return { code, ...output() };
}

const body = fc.oneof(...vendorNames.map(envelopeBodies), fc.jsonValue());
const stdin = fc.oneof(
  body.map((value) => JSON.stringify(value)),
  fc.string(),
  fc.constantFrom("", "{", "<html></html>", "null", "[]"),
);
const word = fc.oneof(
  fc.constantFrom(
    "validate",
    "explain",
    "--vendor",
    "--status",
    "--json",
    "-",
    "-h",
    "--help",
    "--",
    "400",
    "429",
    "99",
    "abc",
    ...vendorNames,
  ),
  fc.string({ maxLength: 6 }),
);

describe("commerce-errors, as a property", () => {
  it("validate on any stdin, any flags: exit 0, 1 or 2, and a usage error is one line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 5 }), stdin, async (flags, input) => {
        const { code, stderr } = await run(["validate", ...flags.filter((flag) => flag !== "-h" && flag !== "--help"), "-"], input);
        expect([0, 1, 2]).toContain(code);
        if (code === 2) expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it("any argv: exit 0, 1 or 2, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (argv) => {
        const { code, stderr } = await run(argv, "");
        expect([0, 1, 2]).toContain(code);
        if (code === 2) expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
