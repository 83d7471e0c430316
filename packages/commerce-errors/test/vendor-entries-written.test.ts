// The twelve `commerce-errors/<vendor>` entries are written from src/vendors/entry-config.json by
// scripts/write-entries.mjs: the files match the config, and the config matches the registry and sdks.ts.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as sdks from "../src/from-error/sdks.js";
import { vendorNames } from "../src/generated/vendor-names.js";

const packageDir = new URL("..", import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(packageDir, "src/vendors/entry-config.json"), "utf8")) as {
  vendors: Record<string, { graphql: boolean; sdkRecognizers: string[] }>;
};

function writeEntries(...args: string[]) {
  const run = spawnSync(process.execPath, [join(packageDir, "scripts/write-entries.mjs"), ...args], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

let copies: string[] = [];
afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

/** The files the script reads and writes, copied where a test may change them. */
function copyOfPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), "write-entries-"));
  copies.push(dir);
  for (const path of [
    "package.json",
    "src/vendors/entry-config.json",
    "src/entries",
    ...vendorNames.map((vendor) => `${vendor}/package.json`),
  ])
    cpSync(join(packageDir, path), join(dir, path), { recursive: true });
  return dir;
}

describe("vendor entries are written from their config", () => {
  it("the committed entries, stubs and package.json exports match the config", () => {
    const { status, output } = writeEntries("--check");
    expect(output).toContain("up to date");
    expect(status).toBe(0);
  });

  it("a config change is drift until the entries are written again", () => {
    const dir = copyOfPackage();
    const configPath = join(dir, "src/vendors/entry-config.json");
    const edited = structuredClone(config);
    edited.vendors.stripe!.sdkRecognizers = [];
    writeFileSync(configPath, JSON.stringify(edited));
    const check = writeEntries("--check", "--root", dir);
    expect(check.status).toBe(1);
    expect(check.output).toContain("src/entries/stripe.ts");
    expect(writeEntries("--root", dir).status).toBe(0);
    expect(readFileSync(join(dir, "src/entries/stripe.ts"), "utf8")).toContain("sdkRecognizers: []");
    expect(writeEntries("--check", "--root", dir).status).toBe(0);
  });

  it("names every vendor of the registry, in its order", () => {
    expect(Object.keys(config.vendors)).toEqual([...vendorNames]);
  });

  it("names only recognizers sdks.ts exports, each in exactly one vendor's entry", () => {
    const named = Object.values(config.vendors).flatMap((vendor) => vendor.sdkRecognizers);
    for (const name of named) expect(typeof (sdks as Record<string, unknown>)[name], name).toBe("function");
    expect(new Set(named).size).toBe(named.length);
    expect(named).toHaveLength(sdks.sdkRecognizers.length);
  });
});
