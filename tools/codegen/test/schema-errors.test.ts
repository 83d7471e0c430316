// A bad schema gets one clear message (file, JSON Pointer, reason), exit 1, and packages/ untouched.
import { readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SchemaError } from "../src/load/schema-error.js";
import { runPipeline } from "../src/pipeline.js";
import { createWorkspace, snapshotTree } from "./workspace.js";

let root: string;
beforeEach(async () => {
  root = createWorkspace();
  await runPipeline({ root });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const schemaFile = (name: string) => join(root, "schemas/kitchen-sink", name);
function editSchema(name: string, edit: (schema: Record<string, any>) => void): void {
  const schema = JSON.parse(readFileSync(schemaFile(name), "utf8"));
  edit(schema);
  writeFileSync(schemaFile(name), JSON.stringify(schema, null, 2));
}

function editVendor(edit: (vendor: Record<string, any>) => void): void {
  const vendor = JSON.parse(readFileSync(schemaFile("vendor.json"), "utf8"));
  edit(vendor);
  writeFileSync(schemaFile("vendor.json"), JSON.stringify(vendor, null, 2));
}

function writeReading(reading: unknown): void {
  writeFileSync(schemaFile("reading.json"), JSON.stringify(reading, null, 2));
}

const cases: { name: string; breakIt: () => void; want: { file: string; pointer: string; reason: RegExp } }[] = [
  {
    name: "a schema that is not JSON",
    breakIt: () => writeFileSync(schemaFile("problem.schema.json"), "{ not json"),
    want: { file: "schemas/kitchen-sink/problem.schema.json", pointer: "", reason: /is not valid JSON/ },
  },
  {
    name: "a schema that is not valid JSON Schema",
    breakIt: () =>
      editSchema("problem.schema.json", (s) => {
        s.properties.status.type = "integr";
      }),
    want: { file: "schemas/kitchen-sink/problem.schema.json", pointer: "/properties/status/type", reason: /is not valid JSON Schema/ },
  },
  {
    name: "an unresolved $ref",
    breakIt: () =>
      editSchema("problem.schema.json", (s) => {
        s.properties.causes.items.$ref = "#/definitions/Nowhere";
      }),
    want: { file: "schemas/kitchen-sink/problem.schema.json", pointer: "/properties/causes/items/$ref", reason: /does not resolve/ },
  },
  {
    name: "an example that fails its own schema",
    breakIt: () =>
      editSchema("problem.schema.json", (s) => {
        s.examples[0].causes[0].currentVersion = "three";
      }),
    want: {
      file: "schemas/kitchen-sink/problem.schema.json",
      pointer: "/examples/0",
      reason: /at \/causes\/0\/currentVersion must be integer/,
    },
  },
  {
    name: "two envelopes with the same title",
    breakIt: () =>
      editSchema("error-list.schema.json", (s) => {
        s.title = "Problem";
      }),
    want: {
      file: "schemas/kitchen-sink/error-list.schema.json",
      pointer: "/title",
      reason: /already the title of a schema in schemas\/kitchen-sink\/problem\.schema\.json/,
    },
  },
  {
    name: "a vendor folder without metadata",
    breakIt: () => unlinkSync(schemaFile("vendor.json")),
    want: { file: "schemas/kitchen-sink/vendor.json", pointer: "", reason: /is missing/ },
  },
  {
    name: "a status catalog with a bad retry value",
    breakIt: () => {
      const catalog = JSON.parse(readFileSync(schemaFile("status-codes.json"), "utf8"));
      catalog.statusCodes[1].retry = "sometimes";
      writeFileSync(schemaFile("status-codes.json"), JSON.stringify(catalog));
    },
    want: {
      file: "schemas/kitchen-sink/status-codes.json",
      pointer: "/statusCodes/1/retry",
      reason: /must be equal to one of the allowed values/,
    },
  },
  {
    name: "a catch-all that forgets a code of its union",
    breakIt: () =>
      editSchema("problem.schema.json", (s) => {
        s.definitions.Cause.if.properties.code.enum = ["Conflict"];
      }),
    want: {
      file: "schemas/kitchen-sink/problem.schema.json",
      pointer: "/definitions/Cause/if/properties/code/enum",
      reason: /misses codes of KnownCause: Missing/,
    },
  },
  {
    name: "a pattern with catastrophic backtracking",
    breakIt: () =>
      editSchema("problem.schema.json", (s) => {
        s.definitions.MissingError.properties.field.pattern = "^(a+)+$";
      }),
    want: {
      file: "schemas/kitchen-sink/problem.schema.json",
      pointer: "/definitions/MissingError/properties/field/pattern",
      reason: /catastrophic backtracking/,
    },
  },
  {
    name: "a reserved title",
    breakIt: () =>
      editSchema("error-list.schema.json", (s) => {
        s.title = "ErrorResponse";
      }),
    want: { file: "schemas/kitchen-sink/error-list.schema.json", pointer: "/title", reason: /is reserved/ },
  },
  {
    name: "a batch rule for an envelope the vendor does not have",
    breakIt: () =>
      editVendor((v) => {
        v.batches = [{ envelope: "bulk", items: ["/results"], errors: "/errors" }];
      }),
    want: {
      file: "schemas/kitchen-sink/vendor.json",
      pointer: "/batches/0/envelope",
      reason: /names "bulk", which is not one of envelopes/,
    },
  },
  {
    name: "a credential token format with a capturing group",
    breakIt: () =>
      editVendor((v) => {
        v.credentials = { tokens: [{ prefix: "(sk|pk)_", secret: "[a-z0-9]{8,}", source: "https://example.test/keys" }] };
      }),
    want: { file: "schemas/kitchen-sink/vendor.json", pointer: "/credentials/tokens/0/prefix", reason: /has a capturing group/ },
  },
  {
    name: "a credential token format that could backtrack (not one character class with a count)",
    breakIt: () =>
      editVendor((v) => {
        v.credentials = { tokens: [{ prefix: "key_", secret: "(?:a+)+b", source: "https://example.test/keys" }] };
      }),
    want: {
      file: "schemas/kitchen-sink/vendor.json",
      pointer: "/credentials/tokens/0/secret",
      reason: /not one character class with a count/,
    },
  },
  {
    name: "a credential token prefix with a quantifier",
    breakIt: () =>
      editVendor((v) => {
        v.credentials = { tokens: [{ prefix: "(?:sk_)+", secret: "[a-z0-9]{8,}", source: "https://example.test/keys" }] };
      }),
    want: { file: "schemas/kitchen-sink/vendor.json", pointer: "/credentials/tokens/0/prefix", reason: /has a quantifier/ },
  },
  {
    name: "a batch rule whose pointer is no JSON Pointer",
    breakIt: () =>
      editVendor((v) => {
        v.batches = [{ envelope: "error-list", items: ["results"], errors: "/errors" }];
      }),
    want: { file: "schemas/kitchen-sink/vendor.json", pointer: "/batches/0/items/0", reason: /must match pattern/ },
  },
  {
    name: "a batch rule typed by a definition its envelope lacks",
    breakIt: () =>
      editVendor((v) => {
        v.batches = [{ envelope: "error-list", items: ["/errors"], errors: "", errorType: "Nowhere" }];
      }),
    want: {
      file: "schemas/kitchen-sink/vendor.json",
      pointer: "/batches/0/errorType",
      reason: /names "Nowhere", which no definition of schemas\/kitchen-sink\/error-list\.schema\.json has/,
    },
  },
  {
    name: "errors in data typed by an unknown title",
    breakIt: () =>
      editVendor((v) => {
        v.dataErrors = { keys: ["errors"], depth: 2, errorType: "Nowhere" };
      }),
    want: {
      file: "schemas/kitchen-sink/vendor.json",
      pointer: "/dataErrors/errorType",
      reason: /names "Nowhere", which no schema of the vendor has/,
    },
  },
  {
    name: "reading rules for an envelope the vendor does not have",
    breakIt: () => writeReading({ reading: { envelopes: { Problem: { code: "/code" }, ErrorList: {}, Nowhere: {} } } }),
    want: { file: "schemas/kitchen-sink/reading.json", pointer: "/reading/envelopes/Nowhere", reason: /no envelope's title/ },
  },
  {
    name: "a reading rule with an unknown key",
    breakIt: () => writeReading({ reading: { envelopes: { Problem: { code: { first: ["/code"], then: "/x" } }, ErrorList: {} } } }),
    want: {
      file: "schemas/kitchen-sink/reading.json",
      pointer: "/reading/envelopes/Problem/code/then",
      reason: /not a modifier of "first"/,
    },
  },
  {
    name: "a mark testing membership in a list the package does not have",
    breakIt: () =>
      writeReading({
        reading: { envelopes: { Problem: {}, ErrorList: {} } },
        marks: { envelopes: { Problem: [{ when: { test: "/kind", in: "knownNothing" }, reason: "r" }] } },
      }),
    want: { file: "schemas/kitchen-sink/reading.json", pointer: "/marks/envelopes/Problem/0/when/in", reason: /no known-value list/ },
  },
  {
    name: "a reading operation the meta-schema does not know",
    breakIt: () => writeReading({ reading: { envelopes: { Problem: { code: { eval: "1" } }, ErrorList: {} } } }),
    want: { file: "schemas/kitchen-sink/reading.json", pointer: "/reading/envelopes/Problem/code", reason: /.+/ },
  },
];

describe("bad schemas", () => {
  for (const { name, breakIt, want } of cases) {
    it(`${name}: file, pointer and reason; packages/ byte-identical`, async () => {
      const before = snapshotTree(join(root, "packages"));
      breakIt();
      const error = await runPipeline({ root }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).problems).toContainEqual({
        file: want.file,
        pointer: want.pointer,
        reason: expect.stringMatching(want.reason),
      });
      expect(snapshotTree(join(root, "packages"))).toEqual(before);
    });
  }
});

describe("the codegen command", () => {
  const bin = new URL("../bin/codegen.mjs", import.meta.url).pathname;
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, "--root", root, ...args], { encoding: "utf8" });

  it("exits 1 with the problem on stderr for a bad schema", () => {
    writeFileSync(schemaFile("problem.schema.json"), "{ not json");
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("schemas/kitchen-sink/problem.schema.json#: is not valid JSON");
    expect(result.stderr).toContain("nothing was written");
  });

  it("--check exits 0 when up to date, 1 naming drifted files", () => {
    expect(run("--check").status).toBe(0);
    editSchema("problem.schema.json", (s) => {
      s.description = "Changed.";
    });
    const result = run("--check");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/changed\s+packages\/kitchen-sink\/src\/guards\.ts/);
  });

  it("exits 2 for an unknown vendor or flag", () => {
    expect(run("--vendor", "nope").status).toBe(2);
    expect(run("--frobnicate").status).toBe(2);
  });
});
