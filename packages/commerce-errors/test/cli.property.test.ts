// Property: the CLI answers any input with an exit status and words, never a crash. `main` runs
// in-process with a captured io; stdin is random text, JSON, or a vendor body; the flags are drawn
// from the real ones and from junk. Exit 2 (usage) always comes with one line on stderr.
import { arbitraryFromSchema, readEnvelopeSchemas } from "@commerce-errors/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import type { CliIo } from "../src/cli/io.js";
import { vendorNames } from "../src/vendors/registry.js";

async function run(argv: string[], stdin: string) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdin: (async function* () {
      yield stdin;
    })(),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { NO_COLOR: "1" },
  };
  return { code: await main(argv, io), stdout, stderr };
}

const body = fc.oneof(...vendorNames.map((vendor) => arbitraryFromSchema(readEnvelopeSchemas(vendor)[0]!.schema)), fc.jsonValue());
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
        const { code, stderr } = await run(
          argv.filter((flag) => flag !== "-"),
          "",
        );
        expect([0, 1, 2]).toContain(code);
        if (code === 2) expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
