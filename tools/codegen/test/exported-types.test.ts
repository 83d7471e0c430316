// Every committed package exports exactly the type names the semver surface tracks: titles a person
// chose, ErrorResponse and ErrorCode; no numbered copies (ResourceIdentifier1) a tool invented.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadVendor } from "../src/load/load-vendor.js";
import { extractSurface, readSurfaceEnvelope } from "../src/model/surface.js";
import { listVendors } from "../src/pipeline.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function exportedTypeNames(vendor: string): string[] {
  const text = readFileSync(`${root}packages/${vendor}/src/types.ts`, "utf8");
  return [...text.matchAll(/^export (?:interface|type) ([A-Za-z0-9_]+)/gm)].map((match) => match[1]!).sort();
}

describe.each(listVendors(root))("%s", (vendor) => {
  it("types.ts exports the surface's type names, and no name ends in a number", () => {
    const loaded = loadVendor(`${root}schemas`, vendor);
    const surface = extractSurface(
      loaded.envelopes.map((e) => readSurfaceEnvelope(e.schema)),
      loaded.catalog.statusCodes,
    );
    const exported = exportedTypeNames(vendor);
    expect(exported.filter((name) => /\d$/.test(name))).toEqual([]);
    expect(exported).toEqual(surface.typeNames);
  });
});
