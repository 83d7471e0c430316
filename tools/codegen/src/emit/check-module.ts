// Any draft-07 schema as the source of a module exporting its compiled check: what the vendor
// packages ship per envelope, for tools that compile other schemas (the bench runs the
// JSON-Schema-Test-Suite's schemas through it). TypeScript, importing its helpers from the runtime.
import type { JsonSchema } from "../load/types.js";
import { type ReadOptions, type ReadProblem, readSchemaGraph } from "../model/read-schema.js";
import { CheckCompiler } from "./checks/compiler.js";
import { typeHelpers } from "./checks/js.js";
import { runtimeModule } from "./generated-file.js";

export interface CheckModule {
  /** TypeScript source that exports `name`, the check; empty when the schema was refused. */
  source: string;
  problems: ReadProblem[];
}

export function compileCheckModule(schema: JsonSchema | boolean, name: string, options: ReadOptions = {}): CheckModule {
  const problems: ReadProblem[] = [];
  const graph = readSchemaGraph(schema, problems, options);
  if (problems.length > 0) return { source: "", problems };
  const compiler = new CheckCompiler(name, graph.definitions);
  const root = compiler.compileRoot(graph.root);
  const { declarations, needsLength } = compiler.result();
  const code = declarations.join("\n");
  const helpers = [...typeHelpers.filter((helper) => code.includes(`${helper}(`)), ...(needsLength ? ["ucs2length"] : [])];
  const imports = helpers.length > 0 ? `import { ${helpers.join(", ")} } from "${runtimeModule}";\n` : "";
  return { source: `${imports}${code}\nexport const ${name}: (value: unknown) => boolean = ${root};\n`, problems };
}
