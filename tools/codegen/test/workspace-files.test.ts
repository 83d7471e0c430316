// The umbrella's vendor wiring, generated with the vendor packages: its `commerce-errors/<vendor>`
// entries, registry, rate-limit rules, entry stubs and package.json follow schemas/, and drift in
// any of them (a vendor.json edit, a hand edit, a vendor's leftovers) fails `pnpm generate --check`.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WORKSPACE_HEADER } from "../src/emit/workspace/header.js";
import { runPipeline } from "../src/pipeline.js";
import { createWorkspace } from "./workspace.js";

const UMBRELLA = "packages/commerce-errors";

/** The hand-kept parts of the umbrella's package.json: its root entry and one entry that is no vendor's. */
const umbrellaPackage = {
  name: "commerce-errors",
  version: "1.0.0",
  exports: {
    ".": { import: "./dist/esm/index.js" },
    "./catalog": { import: { types: "./dist/esm/catalog.d.ts", default: "./dist/esm/catalog.js" } },
    "./package.json": "./package.json",
  },
  files: ["dist", "catalog/package.json"],
  dependencies: { "@commerce-errors/runtime": "workspace:^" },
};

let root: string;
beforeEach(() => {
  root = createWorkspace();
  mkdirSync(join(root, UMBRELLA), { recursive: true });
  writeFileSync(join(root, UMBRELLA, "package.json"), `${JSON.stringify(umbrellaPackage, null, 2)}\n`);
  mkdirSync(join(root, "packages/runtime"), { recursive: true });
  writeFileSync(join(root, "packages/runtime/package.json"), JSON.stringify({ name: "@commerce-errors/runtime" }));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(root, path), "utf8");
const vendorJsonPath = () => join(root, "schemas/kitchen-sink/vendor.json");

describe("the umbrella's vendor wiring", () => {
  it("is written with the vendor packages: entry, registry, rate-limit rules, stub and package.json", async () => {
    await runPipeline({ root, changesets: false });
    const entry = read(`${UMBRELLA}/src/entries/kitchen-sink.ts`);
    expect(entry.startsWith(WORKSPACE_HEADER)).toBe(true);
    expect(entry).toContain('import * as kitchenSinkCore from "@commerce-errors/kitchen-sink/core";');
    expect(entry).toContain('export * from "../classify/public.js";');
    expect(entry).toContain("  sdkErrors: [],");
    expect(entry).not.toContain("graphqlRecognizers");
    expect(read(`${UMBRELLA}/src/generated/registry.ts`)).toContain("kitchenSinkCore.envelopeEvidence");
    expect(read(`${UMBRELLA}/src/generated/rate-limit-rules.ts`)).toContain('"kitchen-sink": kitchenSink,');
    expect(JSON.parse(read(`${UMBRELLA}/kitchen-sink/package.json`))).toMatchObject({ main: "../dist/cjs/entries/kitchen-sink.js" });
    const pkg = JSON.parse(read(`${UMBRELLA}/package.json`));
    expect(Object.keys(pkg.exports)).toEqual([".", "./kitchen-sink", "./catalog", "./package.json"]);
    expect(pkg.files).toEqual(["dist", "catalog/package.json", "kitchen-sink/package.json"]);
    expect(pkg.dependencies).toEqual({ "@commerce-errors/kitchen-sink": "workspace:^", "@commerce-errors/runtime": "workspace:^" });
    expect((await runPipeline({ root, check: true })).drift).toEqual([]);
  });

  it("--check catches a vendor.json edit the entry has not followed, and a run writes it", async () => {
    await runPipeline({ root, changesets: false });
    const vendor = JSON.parse(readFileSync(vendorJsonPath(), "utf8"));
    vendor.graphql = true;
    vendor.sdkErrors = [
      {
        sdk: "kitchen-sink-sdk KitchenError",
        source: "https://example.com/kitchen-sink-sdk/error.ts",
        client: "kitchen-sink-sdk",
        when: [{ pointer: "/name", equals: "KitchenError" }],
        status: ["/status"],
        body: "/body",
      },
    ];
    writeFileSync(vendorJsonPath(), JSON.stringify(vendor));
    const { drift } = await runPipeline({ root, check: true });
    expect(drift).toContainEqual({ file: `${UMBRELLA}/src/entries/kitchen-sink.ts`, change: "changed" });
    expect(drift).toContainEqual({ file: `${UMBRELLA}/src/generated/registry.ts`, change: "changed" });
    await runPipeline({ root, changesets: false });
    const entry = read(`${UMBRELLA}/src/entries/kitchen-sink.ts`);
    expect(entry).toContain("  graphql: graphqlRecognizers,");
    expect(entry).toContain("  sdkErrors: [{ vendor: kitchenSinkCore.vendorName, rules: kitchenSinkCore.sdkErrorRules }],");
  });

  it("--check reports a hand edit of an entry and the entry of a vendor that is gone; a run removes it", async () => {
    await runPipeline({ root, changesets: false });
    writeFileSync(join(root, UMBRELLA, "src/entries/kitchen-sink.ts"), "// edited by hand\n");
    writeFileSync(join(root, UMBRELLA, "src/entries/gone.ts"), `${WORKSPACE_HEADER}\nexport {};\n`);
    writeFileSync(join(root, UMBRELLA, "src/entries/bind-vendors.ts"), "// hand-written, no header\n");
    const { drift } = await runPipeline({ root, check: true });
    expect(drift).toEqual(
      expect.arrayContaining([
        { file: `${UMBRELLA}/src/entries/kitchen-sink.ts`, change: "changed" },
        { file: `${UMBRELLA}/src/entries/gone.ts`, change: "stale" },
      ]),
    );
    expect(drift.map((each) => each.file)).not.toContain(`${UMBRELLA}/src/entries/bind-vendors.ts`);
    await runPipeline({ root, changesets: false });
    expect(existsSync(join(root, UMBRELLA, "src/entries/gone.ts"))).toBe(false);
    expect(existsSync(join(root, UMBRELLA, "src/entries/bind-vendors.ts"))).toBe(true);
  });
});
