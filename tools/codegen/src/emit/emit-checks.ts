// Fast boolean checks per envelope and per code union, compiled from the schemas (see
// checks/compiler.ts and one module per node kind), and per envelope the checks of its definitions, which let the issue
// collector skip valid subtrees.
import type { VendorModel } from "../model/vendor-model.js";
import { arraySite } from "./array-sites.js";
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
function firstMatchingEnvelope(model: VendorModel, check: (title: string) => string): string {
  const names = model.envelopes.map((e) => JSON.stringify(e.title));
  const rootsAreObjects = model.envelopes.every((e) => acceptsOnlyContainers(e.graph.root, e.graph.definitions));
  return [
    "/** The first envelope (in match order) whose check accepts the value. Never throws. */",
    `export function firstMatchingEnvelope(x: unknown): ${names.join(" | ")} | undefined {`,
    ...(rootsAreObjects ? ['  if (typeof x !== "object" || x === null) return undefined;'] : []),
    ...model.envelopes.map(
      (e) =>
        `  try { if (${check(e.title)}(x)) return ${JSON.stringify(e.title)}; } catch { /* a throwing getter or proxy fails this envelope only */ }`,
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

/** An envelope's noting check (src/noting-checks.ts). */
export function notingCheckName(title: string): string {
  return `notingCheck${title}`;
}

type Envelope = VendorModel["envelopes"][number];

/**
 * src/checks.ts, and src/noting-checks.ts: the checks validateErrorResponse runs, with the
 * verdicts of checks.ts; an array walk that meets a failing item notes where
 * (runtime/check-stops.ts), and the issue collector resumes there. Only the validate functions
 * import it; a noted walk checks its items by the plain definition checks, so the copy is the path
 * from each root to its arrays.
 */
export function emitChecks(model: VendorModel): GeneratedFile[] {
  const declarations: string[] = [];
  const exports: string[] = [];
  const definitionFunctions: string[] = [];
  const noting = new NotingChecks();
  let needsLength = false;
  for (const envelope of model.envelopes) {
    const unions = model.codeUnions.filter((union) => union.file === envelope.file);
    // The reader (model/read-schema.ts) rejected every keyword the compiler lacks at load time.
    const compiler = new CheckCompiler(envelope.title, envelope.graph.definitions);
    const root = compiler.compileRoot(envelope.graph.root);
    const unionFunctions = unions.map((union) => compiler.definition(union.key));
    const compiled = compiler.result(); // after every function it needs was emitted
    const definitions = compiler.compiledDefinitions();
    const emitted = Object.entries(definitions);
    definitionFunctions.push(...emitted.map(([, name]) => name));
    declarations.push(...compiled.declarations);
    needsLength ||= compiled.needsLength;
    exports.push(`export const ${checkName(envelope.title)}: (value: unknown) => boolean = ${root};`);
    exports.push(
      `/** The compiled check of each definition that has one, by definition key. */\nexport const ${definitionChecksName(envelope.title)}: Record<string, (value: unknown) => boolean> = { ${emitted.map(([key, name]) => `${JSON.stringify(key)}: ${name}`).join(", ")} };`,
    );
    unions.forEach((union, index) => {
      exports.push(`export const ${checkName(union.title)}: (value: unknown) => boolean = ${unionFunctions[index]};`);
    });
    noting.add(envelope, definitions);
  }
  exports.push(firstMatchingEnvelope(model, checkName));
  // The noting checks call them directly (a call through the record is not inlined).
  if (definitionFunctions.length > 0) exports.push(`export { ${[...new Set(definitionFunctions)].join(", ")} };`);
  const file = createSourceFile();
  if (needsLength) file.addImportDeclaration({ moduleSpecifier: runtimeModule, namedImports: ["ucs2length"] });
  const code = declarations.join("\n");
  const helpers = typeHelpers.filter((helper) => code.includes(`${helper}(`));
  if (helpers.length > 0) file.addImportDeclaration({ moduleSpecifier: runtimeModule, namedImports: helpers });
  file.addStatements([...declarations, ...exports]);
  const header = `${generatedHeader(model)}\n// Boolean checks compiled from the schemas: no allocation, no issue collection (runtime/explain.ts explains failures).\n/* eslint-disable */`;
  return [{ path: "src/checks.ts", content: printSourceFile(file, header) }, noting.file(model)];
}

/** src/noting-checks.ts, an envelope at a time, beside the plain checks of each (`definitions`: their names). */
class NotingChecks {
  private readonly declarations: string[] = [];
  private readonly exports: string[] = [];
  private readonly imports = new Set<string>();
  private needsLength = false;

  add({ title, graph }: Envelope, definitions: Readonly<Record<string, string>>): void {
    const plain = new Set<string>();
    const compiler = new CheckCompiler(`noting_${title}`, graph.definitions, {
      site: (node) => arraySite(graph, title, node),
      plainDefinition: (key) => {
        const name = definitions[key];
        if (!name) throw new Error(`no plain check of definition "${key}" (${title})`);
        plain.add(name);
        return name;
      },
    });
    const root = compiler.compileRoot(graph.root);
    const compiled = compiler.result();
    if (!compiled.declarations.some((code) => code.includes("stoppedAt("))) {
      // No array walk to note: the plain check is the noting check.
      this.imports.add(checkName(title));
      this.exports.push(`export const ${notingCheckName(title)}: (value: unknown) => boolean = ${checkName(title)};`);
      return;
    }
    this.declarations.push(...compiled.declarations);
    for (const name of plain) this.imports.add(name);
    this.needsLength ||= compiled.needsLength;
    this.exports.push(`export const ${notingCheckName(title)}: (value: unknown) => boolean = ${root};`);
  }

  file(model: VendorModel): GeneratedFile {
    const file = createSourceFile();
    const code = this.declarations.join("\n");
    const helpers = [...typeHelpers, "stoppedAt"].filter((helper) => code.includes(`${helper}(`));
    if (this.needsLength) helpers.push("ucs2length");
    if (helpers.length > 0) file.addImportDeclaration({ moduleSpecifier: runtimeModule, namedImports: helpers });
    if (this.imports.size > 0) file.addImportDeclaration({ moduleSpecifier: "./checks.js", namedImports: [...this.imports] });
    file.addStatements([...this.declarations, ...this.exports, firstMatchingEnvelope(model, notingCheckName)]);
    const header = `${generatedHeader(model)}\n// The checks of checks.ts for validateErrorResponse: an array walk that meets a failing item notes where, and the issue collector starts there.\n/* eslint-disable */`;
    return { path: "src/noting-checks.ts", content: printSourceFile(file, header) };
  }
}
