// The loader reads schemas/<vendor>/fixtures/ for every tool (testkit, runtime-check): given fixture
// files, want them in the model sorted by name with their metadata, or one problem per malformed file.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadVendor } from "../src/load/load-vendor.js";
import { SchemaError } from "../src/load/schema-error.js";
import { buildModel } from "../src/model/build-model.js";
import { createWorkspace } from "./workspace.js";

let root: string;
beforeEach(() => {
  root = createWorkspace();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const SOURCE = "https://example.com/docs/errors";
function writeFixture(name: string, content: unknown): void {
  const dir = join(root, "schemas/kitchen-sink/fixtures");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
}
const load = () => buildModel(loadVendor(join(root, "schemas"), "kitchen-sink"));

describe("fixtures in the model", () => {
  it("a vendor without a fixtures folder has none", () => {
    expect(load().fixtures).toEqual([]);
  });

  it("every .json file, sorted by name, with its metadata; kind defaults to error, absent headers and envelope stay absent", () => {
    writeFixture("b-conflict.json", {
      $comment: "captured from the sandbox",
      source: SOURCE,
      status: 409,
      headers: { "x-request-id": "abc" },
      envelope: "Problem",
      body: { status: 409 },
    });
    writeFixture("a-success.json", { source: SOURCE, status: 200, kind: "success", body: { data: {} } });
    writeFixture("notes.txt", "not a fixture");
    expect(load().fixtures).toEqual([
      {
        name: "a-success",
        file: "schemas/kitchen-sink/fixtures/a-success.json",
        source: SOURCE,
        status: 200,
        kind: "success",
        body: { data: {} },
      },
      {
        name: "b-conflict",
        file: "schemas/kitchen-sink/fixtures/b-conflict.json",
        source: SOURCE,
        status: 409,
        headers: { "x-request-id": "abc" },
        envelope: "Problem",
        kind: "error",
        body: { status: 409 },
      },
    ]);
  });

  it("a body that is null is still a body", () => {
    writeFixture("empty.json", { source: SOURCE, status: 502, kind: "empty", body: null });
    expect(load().fixtures[0]?.body).toBeNull();
  });
});

describe("malformed fixtures: one problem per file, naming it", () => {
  const cases: { name: string; given: unknown; reason: string }[] = [
    { name: "not JSON", given: "{ nope", reason: "is not valid JSON" },
    { name: "not an object", given: [1, 2], reason: "must be an object" },
    { name: "an unknown key", given: { source: SOURCE, status: 400, body: {}, note: "x" }, reason: "unknown keys note" },
    { name: "no source", given: { status: 400, body: {} }, reason: "source must be a public https URL" },
    {
      name: "a plain-http source",
      given: { source: "http://example.com", status: 400, body: {} },
      reason: "source must be a public https URL",
    },
    { name: "a status that is no HTTP status", given: { source: SOURCE, status: 99, body: {} }, reason: "status must be an HTTP status" },
    { name: "no body", given: { source: SOURCE, status: 400 }, reason: "body is missing" },
    { name: "an unknown kind", given: { source: SOURCE, status: 400, kind: "fatal", body: {} }, reason: "kind must be one of" },
    {
      name: "an envelope that is no title",
      given: { source: SOURCE, status: 400, envelope: 3, body: {} },
      reason: "envelope must be a title",
    },
    {
      name: "a header that is no string",
      given: { source: SOURCE, status: 400, headers: { "retry-after": 5 }, body: {} },
      reason: "headers must map names to strings",
    },
  ];
  it.each(cases)("$name", ({ given, reason }) => {
    writeFixture("bad.json", given);
    let thrown: unknown;
    try {
      load();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SchemaError);
    expect((thrown as SchemaError).problems).toEqual([
      { file: "schemas/kitchen-sink/fixtures/bad.json", pointer: "", reason: expect.stringContaining(reason) },
    ]);
  });
});
