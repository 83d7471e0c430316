// The official JSON-Schema-Test-Suite, draft7 required tests (vendored, pinned: see
// suite/json-schema-test-suite/README.md): every group through the reader, the compiled check and
// the issue collector. Given the suite's schema and data, want its verdict from the check, and
// issues from the collector exactly when that verdict is "invalid"; and from the compiled
// collectors (codegen's emit/collectors.ts) the very issues and marks the walk of the IR reports. refRemote runs too: its
// remote documents are given to the reader by URI (nothing is fetched).
import { describe, expect, it } from "vitest";
import { runSuite, summarize } from "./suite/run-suite.js";
import { readSuiteGroups } from "./suite/read-suite.js";

const groups = readSuiteGroups();
const outcomes = runSuite(groups);

describe("JSON-Schema-Test-Suite draft7", () => {
  it("has every required file's groups (the copy is complete)", () => {
    expect(new Set(groups.map((g) => g.file)).size).toBe(37);
    expect(groups.length).toBe(257);
  });

  it.each(outcomes.map((outcome) => [outcome.group.name, outcome] as const))("%s", (_name, outcome) => {
    expect(outcome.problems, "the reader reads it").toEqual([]);
    expect(outcome.wrong, "tests whose verdict is not the suite's").toEqual([]);
    expect(outcome.unexplained, "tests where issues and verdict disagree").toEqual([]);
    expect(outcome.compiledDiffers, "tests where the compiled collectors report other issues than the walk").toEqual([]);
  });

  it("in figures: every group run, no wrong verdict", () => {
    expect(summarize(outcomes)).toEqual({ groups: 257, run: 257, refused: 0, tests: 927, wrong: 0, unexplained: 0, compiledDiffers: 0 });
  });
});
