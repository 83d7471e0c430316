// Runs the JSON-Schema-Test-Suite through the engine: the reader (refused: it reported problems),
// the compiled check (a wrong verdict: not the suite's `valid`) and the issue collector (issues
// exactly when the check says invalid).
import { explain, explainMarked } from "@commerce-errors/runtime";
import { isDeepStrictEqual } from "node:util";
import type { JsonSchema } from "../../src/load/types.js";
import { type ReadProblem, readSchemaGraph } from "../../src/model/read-schema.js";
import { compileExplainable, compileGraph } from "./compile-check.js";
import { type SuiteGroup, readSuiteGroups, suiteDocuments } from "./read-suite.js";

export interface GroupOutcome {
  group: SuiteGroup;
  /** What the reader refused (empty: the group ran). */
  problems: ReadProblem[];
  /** Tests whose verdict is not the suite's. */
  wrong: string[];
  /** Tests where the collector's answer (issues or none) disagrees with the verdict. */
  unexplained: string[];
  /** Tests where the compiled collectors' issues (and marks) differ from the walk's. */
  compiledDiffers: string[];
}

export function runSuite(groups: SuiteGroup[] = readSuiteGroups()): GroupOutcome[] {
  const documents = suiteDocuments();
  return groups.map((group) => {
    const problems: ReadProblem[] = [];
    const graph = readSchemaGraph(group.schema as JsonSchema, problems, { documents, strict: false });
    if (problems.length > 0) return { group, problems, wrong: [], unexplained: [], compiledDiffers: [] };
    const wrong: string[] = [];
    const unexplained: string[] = [];
    const compiledDiffers: string[] = [];
    let compiled: ReturnType<typeof compileGraph>;
    try {
      compiled = compileGraph(graph);
    } catch (error) {
      return {
        group,
        problems: [{ pointer: "", reason: `does not compile: ${(error as Error).message}` }],
        wrong,
        unexplained,
        compiledDiffers,
      };
    }
    const walked = { ...graph, checks: compiled.checks };
    const shipped = compileExplainable(graph, compiled.checks);
    for (const test of group.tests) {
      const verdict = compiled.check(test.data);
      if (verdict !== test.valid) wrong.push(test.description);
      const issues = explain(walked, test.data);
      if ((issues.length === 0) !== verdict) unexplained.push(test.description);
      for (const maxIssues of [100, 1])
        if (!isDeepStrictEqual(explainMarked(shipped, test.data, { maxIssues }), explainMarked(walked, test.data, { maxIssues })))
          compiledDiffers.push(`${test.description} (maxIssues ${maxIssues})`);
    }
    return { group, problems, wrong, unexplained, compiledDiffers };
  });
}

/** The figures the issue asks for: groups run and refused, tests run, wrong verdicts, unexplained. */
export function summarize(outcomes: GroupOutcome[]) {
  const ran = outcomes.filter((o) => o.problems.length === 0);
  return {
    groups: outcomes.length,
    run: ran.length,
    refused: outcomes.length - ran.length,
    tests: ran.reduce((n, o) => n + o.group.tests.length, 0),
    wrong: ran.reduce((n, o) => n + o.wrong.length, 0),
    unexplained: ran.reduce((n, o) => n + o.unexplained.length, 0),
    compiledDiffers: ran.reduce((n, o) => n + o.compiledDiffers.length, 0),
  };
}
