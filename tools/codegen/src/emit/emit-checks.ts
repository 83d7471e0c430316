// Fast boolean checks per envelope and per code union, compiled from the schemas (see
// checks/compiler.ts and one module per node kind), and per envelope the checks of its definitions, which let the issue
// collector skip valid subtrees.
import type { VendorModel } from "../model/vendor-model.js";
import { CheckCompiler } from "./checks/compiler.js";
import { typeHelpers } from "./checks/js.js";
import { acceptsOnlyContainers } from "./checks/shapes.js";
import { type GeneratedFile, generatedHeader, runtimeModule } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

/**
 * One function over all envelopes in match order: direct calls the engine can inline, one cheap
 * test that turns away non-objects, and a try per envelope so a hostile value that breaks one
 * check is still judged by the next (as the validators do).
 */
function firstMatchingEnvelope(model: VendorModel): string {
  const names = model.envelopes.map((e) => JSON.stringify(e.title));
  const rootsAreObjects = model.envelopes.every((e) => acceptsOnlyContainers(e.graph.root, e.graph.definitions));
  return [
    "/** The first envelope (in match order) whose check accepts the value. Never throws. */",
    `export function firstMatchingEnvelope(x: unknown): ${names.join(" | ")} | undefined {`,
    ...(rootsAreObjects ? ['  if (typeof x !== "object" || x === null) return undefined;'] : []),
    ...model.envelopes.map(
      (e) =>
        `  try { if (${checkName(e.title)}(x)) return ${JSON.stringify(e.title)}; } catch { /* a throwing getter or proxy fails this envelope only */ }`,
    ),
    "  return undefined;",
    "}",
  ].join("\n");
}

export function definitionChecksName(title: string): string {
  return `definitionChecks${title}`;
}

export function checkName(title: string): string {
  return `check${title}`;
}

export function emitChecks(model: VendorModel): GeneratedFile[] {
  const declarations: string[] = [];
  const exports: string[] = [];
  let needsLength = false;
  for (const envelope of model.envelopes) {
    const unions = model.codeUnions.filter((union) => union.file === envelope.file);
    // The reader (model/read-schema.ts) rejected every keyword the compiler lacks at load time.
    const compiler = new CheckCompiler(envelope.title, envelope.graph.definitions);
    const root = compiler.compileRoot(envelope.graph.root);
    const unionFunctions = unions.map((union) => compiler.definition(union.key));
    const compiled = compiler.result(); // after every function it needs was emitted
    const emitted = Object.entries(compiler.compiledDefinitions());
    declarations.push(...compiled.declarations);
    needsLength ||= compiled.needsLength;
    exports.push(`export const ${checkName(envelope.title)}: (value: unknown) => boolean = ${root};`);
    exports.push(
      `/** The compiled check of each definition that has one, by definition key. */\nexport const ${definitionChecksName(envelope.title)}: Record<string, (value: unknown) => boolean> = { ${emitted.map(([key, name]) => `${JSON.stringify(key)}: ${name}`).join(", ")} };`,
    );
    unions.forEach((union, index) => {
      exports.push(`export const ${checkName(union.title)}: (value: unknown) => boolean = ${unionFunctions[index]};`);
    });
  }
  exports.push(firstMatchingEnvelope(model));
  const file = createSourceFile();
  if (needsLength) file.addImportDeclaration({ moduleSpecifier: runtimeModule, namedImports: ["ucs2length"] });
  const code = declarations.join("\n");
  const helpers = typeHelpers.filter((helper) => code.includes(`${helper}(`));
  if (helpers.length > 0) file.addImportDeclaration({ moduleSpecifier: runtimeModule, namedImports: helpers });
  file.addStatements([...declarations, ...exports]);
  const header = `${generatedHeader(model)}\n// Boolean checks compiled from the schemas: no allocation, no issue collection (runtime/explain.ts explains failures).\n/* eslint-disable */`;
  return [{ path: "src/checks.ts", content: printSourceFile(file, header) }];
}
