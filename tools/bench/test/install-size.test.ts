// Install size (pnpm bench's "install" part): npm's own report of each package it would publish, and
// the decisions it depends on (README "Install size"): no dist/node build, no sourcemaps, and the
// umbrella's own files within 1 MB.
import { describe, expect, it } from "vitest";
import { installGoalBytes, measureInstallSize, publishedPackageDirs } from "../src/install-size.js";

describe("install size", () => {
  const rows = publishedPackageDirs().map(measureInstallSize);

  it("measures every published package: the umbrella, the runtime and each vendor package", () => {
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(["commerce-errors", "@commerce-errors/runtime"]));
    expect(rows).toHaveLength(publishedPackageDirs().length);
    for (const row of rows) expect(row.unpackedBytes).toBeGreaterThan(10_000);
  });

  it("the umbrella's own files stay within 1 MB", () => {
    const umbrella = rows.find((row) => row.name === "commerce-errors")!;
    expect(umbrella.unpackedBytes).toBeLessThanOrEqual(installGoalBytes("commerce-errors"));
  });

  it("no package ships a dist/node build or sourcemaps", () => {
    for (const row of rows) {
      expect(row.byFolder.map(([folder]) => folder)).not.toContain("dist/node");
      expect(row.sourcemaps).toBe(0);
    }
  });
});
