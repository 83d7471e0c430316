// src/evidence.ts: what each envelope tells detection beyond accepting a body (model/envelope-evidence.ts).
// Value lists equal to a documented-values constant of the package are that constant, not a copy.
import { VariableDeclarationKind } from "ts-morph";
import { envelopeEvidence } from "../model/envelope-evidence.js";
import type { VendorModel } from "../model/vendor-model.js";
import { knownValueLists } from "./emit-catalog.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitEvidence(model: VendorModel): GeneratedFile[] {
  const file = createSourceFile();
  const constants = knownValueLists(model);
  const used = new Set<string>();
  const list = (values: string[]) => {
    const name = constants.get(JSON.stringify([...values].sort()));
    if (name) used.add(name);
    return name ?? JSON.stringify(values);
  };
  const entries = model.envelopes.map((envelope) => {
    const { fields, values } = envelopeEvidence(envelope.graph);
    const valueLines = values.map(([path, found]) => `[${JSON.stringify(path)}, ${list(found)}]`);
    return `  ${JSON.stringify(envelope.title)}: { fields: ${JSON.stringify(fields)}, values: [${valueLines.join(", ")}] }`;
  });
  if (used.size > 0) file.addImportDeclaration({ moduleSpecifier: "./known-values.js", namedImports: [...used].sort() });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      "Per envelope: the top-level fields it declares, and where it documents exact string values (a path of property names, `*` for any array item). commerce-errors' detection weighs them.",
    ],
    declarations: [
      {
        name: "envelopeEvidence",
        type: "Readonly<Record<string, { readonly fields: readonly string[]; readonly values: readonly (readonly [readonly string[], readonly string[]])[] }>>",
        initializer: `{\n${entries.join(",\n")}\n}`,
      },
    ],
  });
  return [{ path: "src/evidence.ts", content: printSourceFile(file, generatedHeader(model)) }];
}
