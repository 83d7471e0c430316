// A schema graph's compiled check and compiled issue collectors as functions, for tests: the
// generator's code, evaluated here (tests may use new Function; the packages never do, they ship
// the code as a module).
import { transformSync } from "esbuild";
import * as runtime from "@commerce-errors/runtime";
import type { Collector, ExplainableSchema } from "@commerce-errors/runtime";
import { CheckCompiler } from "../../src/emit/checks/compiler.js";
import { compileCollectors } from "../../src/emit/collectors.js";
import type { SchemaGraph } from "../../src/model/schema-node.js";

export type Check = (value: unknown) => boolean;

/** The compiled check of the root, and of every definition it reaches (by definition key). */
export function compileGraph(graph: SchemaGraph): { check: Check; checks: Record<string, Check> } {
  const compiler = new CheckCompiler("t", graph.definitions);
  const root = compiler.compileRoot(graph.root);
  const source = `${compiler.result().declarations.join("\n")}\nreturn { check: ${root}, checks: ${table(compiler.compiledDefinitions())} };`;
  return evaluate(source);
}

/**
 * The graph as a vendor package ships it (src/explain-data.ts): IR, compiled checks and compiled
 * collectors; `schema` without them is what the runtime walks.
 */
export function compileExplainable(graph: SchemaGraph, checks: Record<string, Check>): ExplainableSchema {
  const schema: ExplainableSchema = { ...graph, checks };
  const collectors = compileCollectors("t", graph, "schema");
  const source = `${collectors.declarations.join("\n")}\nreturn { root: ${collectors.root ?? "undefined"}, definitions: ${table(collectors.definitions)} };`;
  const compiled = evaluate<{ root?: Collector; definitions: Record<string, Collector> }>(source, { schema });
  return { ...schema, collectRoot: compiled.root, collectors: compiled.definitions };
}

function table(names: Record<string, string>): string {
  return `{ ${Object.entries(names)
    .map(([key, name]) => `${JSON.stringify(key)}: ${name}`)
    .join(", ")} }`;
}

function evaluate<T = { check: Check; checks: Record<string, Check> }>(source: string, extra: Record<string, unknown> = {}): T {
  const { code } = transformSync(source, { loader: "ts" });
  const scope = { ...(runtime as Record<string, unknown>), ...extra };
  return new Function(...Object.keys(scope), code)(...Object.values(scope));
}
