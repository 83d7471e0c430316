// One loader: every reader of schemas/ (tools, the site, the checks, their tests) goes through the
// generator's loadVendor + buildModel (and listVendors), so that what a tool sees of a vendor is
// what its package was generated from. This scans the hand-written code for reads that do not.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot, run } from "./clone.js";
import { findSchemaReads } from "./schema-readers.js";

/** The loader itself. */
const LOADER = "tools/codegen/src/load/";

/** Code that touches schemas/ files without reading a vendor, and why. */
const EXEMPT: Record<string, string> = {
  "tools/codegen/src/write/git-base.ts": "writes HEAD's schemas/<vendor>/ into a temporary folder for the loader (the changeset's base)",
  "tools/sync-codes/src/cli.ts": "finds the repository root by its schemas/ folder",
  "tools/sync-codes/test/write.test.ts":
    "compares --write's output with the committed files byte for byte (formatting is not in the model)",
};
/** Tests of the loader and the generator: they write broken or edited schema files into temporary workspaces. */
const EXEMPT_FOLDER = "tools/codegen/test/";

const SCANNED = /^(tools\/[^/]+|site|scripts|packages\/commerce-errors|packages\/runtime)\/.*\.(ts|mts|cts|tsx|js|mjs|cjs)$/;

describe("the scanner", () => {
  const finds: { given: string; source: string }[] = [
    { given: "a template path read", source: "readFileSync(`${root}schemas/${vendor}/vendor.json`, 'utf8');" },
    { given: "a joined path read", source: 'fs.readdirSync(join(root, "schemas"), { withFileTypes: true });' },
    { given: "an existence check", source: 'existsSync(join(root, "schemas", name));' },
    { given: "a path held in a variable", source: 'const dir = `${root}schemas/`;\nconst file = dir + "x.json";\nreadFileSync(file);' },
    { given: "a path from a helper", source: 'const path = () => join(root, "schemas/a/b.json");\nreadFileSync(path());' },
    { given: "a folder parameter named for schemas", source: "function f(schemasDir: string) { return readdirSync(schemasDir); }" },
    { given: "git show of a committed schema", source: 'execFileSync("git", ["show", `HEAD:schemas/${v}/vendor.json`]);' },
    { given: "a git helper's show", source: 'git(root, ["show", `HEAD:schemas/${v}/${file}`]);' },
    { given: "a static import of a schema file", source: 'import schema from "../../../schemas/stripe/api-error.schema.json";' },
    { given: "a dynamic import of a schema file", source: 'await import("../../../schemas/stripe/vendor.json");' },
  ];
  it.each(finds)("finds $given", ({ source }) => {
    expect(findSchemaReads(source, "tools/x/src/a.ts")).toHaveLength(1);
  });

  const passes: { given: string; source: string }[] = [
    { given: "the loader's API", source: 'buildModel(loadVendor(`${root}schemas`, "stripe"));\nlistVendors(root);' },
    {
      given: "a copy for the generator to load",
      source: 'cpSync(join(root, "schemas", v), join(tmp, "schemas", v), { recursive: true });',
    },
    { given: "a write", source: 'writeFileSync(join(tmp, "schemas/x/vendor.json"), "{}");\nmkdirSync(join(tmp, "schemas"));' },
    { given: "a read of another folder", source: 'readFileSync(join(root, "packages", "stripe", "package.json"));' },
    { given: "a word that only contains schemas", source: 'readFileSync(join(root, "jsonschemas.txt"));' },
    { given: "a module of a tool's own schemas/ folder", source: 'import { readSchemaUnion } from "./schemas/read-codes.js";' },
    {
      given: "a variable whose initializer only passes a schemas/ path to a callback",
      source: 'const root = temporary((dir) => cpSync(join(REPO, "schemas"), dir));\nreaddirSync(join(root, "packages"));',
    },
  ];
  it.each(passes)("passes $given", ({ source }) => {
    expect(findSchemaReads(source, "tools/x/src/a.ts")).toEqual([]);
  });
});

describe("every reader of schemas/ uses the loader", () => {
  const files = run(repositoryRoot, "git", ["ls-files", "-co", "--exclude-standard"])
    .split("\n")
    .filter((file) => SCANNED.test(file) && !file.includes("/node_modules/") && !file.includes("/dist/"));
  const readers = new Map<string, string[]>();
  for (const file of files) {
    if (file.startsWith(LOADER) || file.startsWith(EXEMPT_FOLDER)) continue;
    let source: string;
    try {
      source = readFileSync(join(repositoryRoot, file), "utf8");
    } catch {
      continue; // deleted in the working tree
    }
    const reads = findSchemaReads(source, file);
    if (reads.length > 0)
      readers.set(
        file,
        reads.map((read) => `${file}:${read.line}: ${read.code}`),
      );
  }

  it("scans the tools, the site and the scripts", () => {
    expect(files.filter((file) => file.startsWith("tools/") && file.includes("/src/")).length).toBeGreaterThan(50);
    expect(files.some((file) => file.startsWith("site/scripts/"))).toBe(true);
  });

  it("no module outside the loader reads schemas/ itself", () => {
    const offenders = [...readers].filter(([file]) => !(file in EXEMPT)).flatMap(([, reads]) => reads);
    expect(offenders).toEqual([]);
  });

  it("every exemption still touches schemas/ (the list does not outlive its reasons)", () => {
    expect(Object.keys(EXEMPT).filter((file) => !readers.has(file))).toEqual([]);
  });
});
