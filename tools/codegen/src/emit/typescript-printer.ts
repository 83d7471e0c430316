// One ts-morph project for all emitters: they build source files with its API and print them
// with one formatting, so output is stable.
import { IndentationText, Project, QuoteKind, type SourceFile } from "ts-morph";

const project = new Project({
  useInMemoryFileSystem: true,
  manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double },
});
let counter = 0;

export function createSourceFile(text = ""): SourceFile {
  counter += 1;
  return project.createSourceFile(`/emit-${counter}.ts`, text, { overwrite: true });
}

export function printSourceFile(file: SourceFile, header: string): string {
  mergeImports(file);
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: "insert" as never });
  const text = `${header}\n${file.getFullText().trimStart()}`;
  project.removeSourceFile(file);
  return text.endsWith("\n") ? text : `${text}\n`;
}

/**
 * One import declaration per module: emitters add what each needs from the runtime as they go, and
 * a reader wants one `import { ... } from "@commerce-errors/runtime"`, not five.
 */
function mergeImports(file: SourceFile): void {
  const first = new Map<string, ReturnType<SourceFile["getImportDeclarations"]>[number]>();
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.getDefaultImport() || declaration.getNamespaceImport()) continue;
    const module = declaration.getModuleSpecifierValue();
    const kept = first.get(module);
    if (!kept) {
      first.set(module, declaration);
      continue;
    }
    const names = (from: typeof declaration) =>
      from.getNamedImports().map((named) => ({
        name: named.getName(),
        alias: named.getAliasNode()?.getText(),
        isTypeOnly: from.isTypeOnly() || named.isTypeOnly(),
      }));
    const merged = [...names(kept), ...names(declaration)].filter(
      (named, index, all) =>
        all.findIndex((other) => other.name === named.name && other.alias === named.alias && other.isTypeOnly === named.isTypeOnly) ===
        index,
    );
    const allTypes = merged.every((named) => named.isTypeOnly);
    const index = kept.getChildIndex();
    kept.remove();
    declaration.remove();
    first.set(
      module,
      file.insertImportDeclaration(index, {
        moduleSpecifier: module,
        isTypeOnly: allTypes,
        namedImports: merged.map(({ name, alias, isTypeOnly }) => ({ name, alias, isTypeOnly: isTypeOnly && !allTypes })),
      }),
    );
  }
}
