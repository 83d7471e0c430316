// Fast boolean checks per envelope and per code union, compiled from the schemas (see
// checks/compile-check.ts). Where a schema uses a feature the compiler lacks, the check is the
// AJV validator instead: slower, never wrong.
import type { JsonSchema } from "../load/types.js";
import type { VendorModel } from "../model/vendor-model.js";
import { CheckCompiler, UnsupportedSchema } from "./checks/compile-check.js";
import { rawValidatorName } from "./emit-validators.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function checkName(title: string): string {
  return `check${title}`;
}

export function emitChecks(model: VendorModel): GeneratedFile[] {
  const declarations: string[] = [];
  const exports: string[] = [];
  const fallbacks: string[] = [];
  let needsLength = false;
  for (const envelope of model.envelopes) {
    const unions = model.codeUnions.filter((union) => union.file === envelope.file);
    try {
      const compiler = new CheckCompiler(`${envelope.title}_`);
      const definitions = envelope.schema.definitions ?? {};
      compiler.constOf = (key, tag) => String(((definitions[key]?.properties as Record<string, JsonSchema> | undefined)?.[tag])?.const);
      const root = compiler.compileRoot(envelope.schema);
      const compiled = compiler.result();
      declarations.push(...compiled.declarations);
      needsLength ||= compiled.needsLength;
      exports.push(`export const ${checkName(envelope.title)}: (value: unknown) => boolean = ${root};`);
      for (const union of unions) {
        const key = union.ref.slice(union.ref.lastIndexOf("/") + 1);
        exports.push(`export const ${checkName(union.title)}: (value: unknown) => boolean = ${compiler.definitionFunction(key)};`);
      }
    } catch (error) {
      if (!(error instanceof UnsupportedSchema)) throw error;
      for (const title of [envelope.title, ...unions.map((union) => union.title)]) {
        fallbacks.push(rawValidatorName(title));
        exports.push(`/** AJV fallback: the schema uses ${error.message}. */\nexport const ${checkName(title)}: (value: unknown) => boolean = ${rawValidatorName(title)};`);
      }
    }
  }
  const file = createSourceFile();
  if (needsLength) file.addImportDeclaration({ moduleSpecifier: "./runtime/length.js", namedImports: ["ucs2length"] });
  if (fallbacks.length > 0) file.addImportDeclaration({ moduleSpecifier: "./validators.js", namedImports: fallbacks });
  file.addStatements([...declarations, ...exports]);
  const header = `${generatedHeader(model)}\n// Boolean checks compiled from the schemas: no allocation, no issue collection (validators.ts explains failures).\n/* eslint-disable */`;
  return [{ path: "src/checks.ts", content: printSourceFile(file, header) }];
}
