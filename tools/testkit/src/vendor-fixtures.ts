// Real bodies (schemas/<vendor>/fixtures/*.json, each with its public source) parsed as a user would:
// each must give the kind it names, and its envelope when it names one.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { repositoryRoot } from "./fixtures.js";

export interface VendorFixture {
  file: string;
  source: string;
  status: number;
  headers?: Record<string, string>;
  envelope?: string;
  kind: "error" | "partial" | "empty" | "unrecognized" | "success";
  body: unknown;
}

export function readVendorFixtures(vendor: string): VendorFixture[] {
  const dir = `${repositoryRoot}schemas/${vendor}/fixtures/`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const fixture = JSON.parse(readFileSync(`${dir}${name}`, "utf8")) as Omit<VendorFixture, "file" | "kind"> & { kind?: VendorFixture["kind"] };
      return { ...fixture, kind: fixture.kind ?? "error", file: `schemas/${vendor}/fixtures/${name}` };
    });
}

interface ParsingPackage {
  parseErrorResponse(response: { status: number; headers?: Record<string, string>; body: unknown }): Promise<{ kind: string; envelope?: string }>;
}

export function describeVendorFixtures(pkg: ParsingPackage, vendor: string): void {
  const fixtures = readVendorFixtures(vendor);
  describe("real bodies (schemas/<vendor>/fixtures)", () => {
    test("there is at least one fixture, each with a public https source", () => {
      expect(fixtures.length).toBeGreaterThan(0);
      for (const fixture of fixtures) expect(fixture.source, fixture.file).toMatch(/^https:\/\//);
    });
    test.each(fixtures.map((fixture) => [fixture.file, fixture] as const))("%s", async (_file, fixture) => {
      const parsed = await pkg.parseErrorResponse({ status: fixture.status, ...(fixture.headers && { headers: fixture.headers }), body: fixture.body });
      if (fixture.kind === "success") {
        expect(["error", "partial"]).not.toContain(parsed.kind);
        return;
      }
      expect(parsed.kind).toBe(fixture.kind);
      if (fixture.envelope !== undefined) expect(parsed.envelope).toBe(fixture.envelope);
    });
  });
}
