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
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: "insert" as never });
  const text = `${header}\n${file.getFullText().trimStart()}`;
  project.removeSourceFile(file);
  return text.endsWith("\n") ? text : `${text}\n`;
}
