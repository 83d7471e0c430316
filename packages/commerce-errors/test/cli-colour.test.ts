// Colour is for people only: a TTY and no NO_COLOR. Driven in-process, since a child's stdout is a pipe.
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { captureIo } from "./support/cli-io.js";

const capture = (isTTY: boolean, env: Record<string, string>, stdin: string) => captureIo(stdin, { isTTY, env });

const body = JSON.stringify({ statusCode: 404, message: "Not found", errors: [{ code: "ResourceNotFound", message: "Not found" }] });

describe("colour", () => {
  it("on a TTY with NO_COLOR unset", async () => {
    const { io, output } = capture(true, {}, body);
    expect(await main(["validate"], io)).toBe(0);
    expect(output().stdout).toContain("\u001b[32m✓\u001b[39m");
  });

  it.each([
    ["NO_COLOR set", true, { NO_COLOR: "1" }],
    ["not a TTY", false, {}],
  ])("never with %s", async (_name, isTTY, env) => {
    const { io, output } = capture(isTTY, env, body);
    expect(await main(["validate"], io)).toBe(0);
    expect(output().stdout).not.toContain("\u001b[");
  });

  it("never in --json", async () => {
    const { io, output } = capture(true, {}, body);
    expect(await main(["validate", "--json"], io)).toBe(0);
    expect(() => JSON.parse(output().stdout)).not.toThrow();
  });

  it("a terminal on stdin is not waited on", async () => {
    const { io, output } = capture(false, {}, "");
    io.stdin.isTTY = true;
    expect(await main(["validate"], io)).toBe(2);
    expect(output().stderr).toContain("no input: give a FILE, or pipe a body to stdin");
  });
});
