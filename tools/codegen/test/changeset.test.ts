// `pnpm generate` writes the changeset a schema edit calls for, for that package only, once.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runPipeline } from "../src/pipeline.js";
import { createWorkspace, fixtureDir } from "./workspace.js";

let root: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });

beforeEach(async () => {
  root = createWorkspace();
  // a second vendor, to prove only the edited one gets a changeset
  cpSync(fixtureDir, join(root, "schemas", "other-sink"), { recursive: true });
  const vendorJson = join(root, "schemas/other-sink/vendor.json");
  writeFileSync(vendorJson, readFileSync(vendorJson, "utf8").replace('"kitchen-sink"', '"other-sink"'));
  for (const file of ["problem", "error-list"]) {
    const path = join(root, `schemas/other-sink/${file}.schema.json`);
    writeFileSync(path, readFileSync(path, "utf8").replace("urn:commerce-errors:kitchen-sink:", "urn:commerce-errors:other-sink:"));
  }
  mkdirSync(join(root, ".changeset"));
  git("init", "-q", "-b", "main");
  git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "add", "-A");
  git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-qm", "base");
  await runPipeline({ root });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const problemPath = () => join(root, "schemas/kitchen-sink/problem.schema.json");
function edit(change: (schema: any) => void): void {
  const schema = JSON.parse(readFileSync(problemPath(), "utf8"));
  change(schema);
  writeFileSync(problemPath(), JSON.stringify(schema, null, 2));
}
function writeFixture(name: string): void {
  mkdirSync(join(root, "schemas/kitchen-sink/fixtures"), { recursive: true });
  const fixture = { source: "https://example.com/docs/errors", status: 409, envelope: "Problem", body: { status: 409 } };
  writeFileSync(join(root, "schemas/kitchen-sink/fixtures", name), JSON.stringify(fixture, null, 2));
}
function commit(message: string): void {
  git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "add", "-A");
  git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-qm", message);
}
const changesets = () => readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md"));
const onlyChangeset = () => {
  const files = changesets();
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^kitchen-sink-schemas-[0-9a-f]+\.md$/);
  return readFileSync(join(root, ".changeset", files[0]!), "utf8");
};

describe("changesets from schema diffs", () => {
  it("nothing changed: no changeset", () => {
    expect(changesets()).toEqual([]);
  });

  it("adding an optional field: one minor changeset for that package only", async () => {
    edit((s) => {
      s.definitions.ConflictError.properties.expectedVersion = { type: "integer" };
    });
    await runPipeline({ root });
    expect(onlyChangeset()).toBe(
      '---\n"@commerce-errors/kitchen-sink": minor\n---\n\n- kitchen-sink: new optional field `ConflictError.expectedVersion` (minor)\n',
    );
  });

  it("removing a required field: major", async () => {
    edit((s) => {
      delete s.properties.status;
      s.required = ["causes"];
      for (const e of s.examples) delete e.status;
    });
    await runPipeline({ root });
    expect(onlyChangeset()).toContain('"@commerce-errors/kitchen-sink": major');
  });

  it("changing a description: patch", async () => {
    edit((s) => {
      s.description = "Reworded.";
    });
    await runPipeline({ root });
    expect(onlyChangeset()).toContain('"@commerce-errors/kitchen-sink": patch');
  });

  it("re-running writes no duplicate, and undoing the edit removes it", async () => {
    const original = readFileSync(problemPath(), "utf8");
    edit((s) => {
      s.description = "Reworded.";
    });
    await runPipeline({ root });
    await runPipeline({ root });
    expect(changesets()).toHaveLength(1);
    writeFileSync(problemPath(), original);
    await runPipeline({ root });
    expect(changesets()).toEqual([]);
  });

  it("an edit outside the surface (a new fixture) changes nothing: no changeset", async () => {
    writeFixture("conflict.json");
    await runPipeline({ root });
    expect(changesets()).toEqual([]);
  });

  it("the base is HEAD's whole vendor folder, fixtures included, read by the same loader", async () => {
    writeFixture("conflict.json");
    commit("a fixture");
    edit((s) => {
      s.description = "Reworded.";
    });
    await runPipeline({ root });
    expect(onlyChangeset()).toContain('"@commerce-errors/kitchen-sink": patch');
  });

  it("a committed state the loader rejects is no base: the change is a first release", async () => {
    const original = readFileSync(problemPath(), "utf8");
    edit((s) => {
      s.examples[0].causes[0].currentVersion = "three"; // an example its own schema rejects
    });
    commit("broken");
    writeFileSync(problemPath(), original);
    await runPipeline({ root });
    expect(onlyChangeset()).toBe('---\n"@commerce-errors/kitchen-sink": minor\n---\n\n- kitchen-sink: first release (minor)\n');
  });

  it("a flag turns it off", async () => {
    edit((s) => {
      s.description = "Reworded.";
    });
    await runPipeline({ root, changesets: false });
    expect(changesets()).toEqual([]);
  });
});
