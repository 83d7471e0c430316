// A schema graph's compiled check as a function, for tests: the generator's code, evaluated here
// (tests may use new Function; the packages never do, they ship the code as a module).
import { transformSync } from "esbuild";
import * as runtime from "@commerce-errors/runtime";
import { CheckCompiler } from "../../src/emit/checks/compiler.js";
import type { SchemaGraph } from "../../src/model/schema-node.js";

export type Check = (value: unknown) => boolean;

/** The compiled check of the root, and of every definition it reaches (by definition key). */
export function compileGraph(graph: SchemaGraph): { check: Check; checks: Record<string, Check> } {
  const compiler = new CheckCompiler("t", graph.definitions);
  const root = compiler.compileRoot(graph.root);
  const definitions = compiler.compiledDefinitions();
  const table = `{ ${Object.entries(definitions)
    .map(([key, name]) => `${JSON.stringify(key)}: ${name}`)
    .join(", ")} }`;
  const source = `${compiler.result().declarations.join("\n")}\nreturn { check: ${root}, checks: ${table} };`;
  const { code } = transformSync(source, { loader: "ts" });
  const helpers = runtime as Record<string, unknown>;
  return new Function(...Object.keys(helpers), code)(...Object.values(helpers));
}
