// The status-code catalog and the vendor's identity, as data.
import { VariableDeclarationKind } from "ts-morph";
import { extractSurface, readSurfaceEnvelope } from "../model/surface.js";
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitCatalog(model: VendorModel): GeneratedFile[] {
  const file = createSourceFile();
  file.addImportDeclaration({
    moduleSpecifier: "./runtime/status.js",
    namedImports: ["lookupStatus", { name: "StatusCodeInfo", isTypeOnly: true }],
  });
  const entries = model.statusCodes.map((info) => `${info.status}: ${JSON.stringify(info, null, 2)}`);
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`${model.displayName}'s documented HTTP status codes, from ${model.docs[0]}.`],
    declarations: [{ name: "statusCodes", type: "Readonly<Record<number, StatusCodeInfo>>", initializer: `{\n${entries.join(",\n")}\n}` }],
  });
  file.addFunction({
    isExported: true,
    name: "describeStatus",
    parameters: [{ name: "status", type: "number" }],
    returnType: "StatusCodeInfo | undefined",
    docs: ["What the vendor documents for an HTTP status: text, meaning, retry advice, troubleshooting."],
    statements: "return lookupStatus(statusCodes, status);",
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Who this package is for, and the hints that recognise the vendor's responses."],
    declarations: [
      {
        name: "vendor",
        initializer: `${JSON.stringify(
          {
            name: model.name,
            displayName: model.displayName,
            hosts: model.detect.hosts,
            contentTypes: model.detect.contentTypes,
            headers: model.detect.headers,
            requestIdHeaders: model.requestIdHeaders,
          },
          null,
          2,
        )} as const`,
      },
    ],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Documented values of open string fields, by `Type.field` (e.g. known messages or codes): other values still validate."],
    declarations: [
      {
        name: "knownValues",
        type: "Readonly<Record<string, readonly string[]>>",
        initializer: JSON.stringify(
          extractSurface(
            model.envelopes.map((e) => readSurfaceEnvelope(e.schema, e.graph)),
            [],
          ).knownValues,
          null,
          2,
        ),
      },
    ],
  });
  return [{ path: "src/catalog.ts", content: printSourceFile(file, generatedHeader(model)) }];
}
