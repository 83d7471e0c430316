// The package entry point: the public API of DESIGN.md and nothing else.
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitEntry(model: VendorModel): GeneratedFile[] {
  return [emitParse(model), emitIndex(model), ...emitHelpers(model)];
}

/** Helpers are copied verbatim; the header says where to edit them. */
function emitHelpers(model: VendorModel): GeneratedFile[] {
  return model.helpers.map((helper) => ({
    path: `src/helpers/${helper.name}`,
    content: `// Copied by @commerce-errors/codegen from ${helper.file}. Do not edit here: edit it there, then run \`pnpm generate\`.\n${helper.source}`,
  }));
}

function emitParse(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  file.addImportDeclaration({ moduleSpecifier: "./types.js", isTypeOnly: true, namedImports: ["ErrorResponse"] });
  file.addImportDeclaration({ moduleSpecifier: "./guards.js", namedImports: ["validateErrorResponse"] });
  file.addImportDeclaration({ moduleSpecifier: "./catalog.js", namedImports: ["describeStatus"] });
  file.addImportDeclaration({ moduleSpecifier: "./runtime/parse.js", namedImports: ["createResponseParser", { name: "ParsedErrorResponse", alias: "ParsedResponseOf", isTypeOnly: true }] });
  file.addTypeAlias({
    isExported: true,
    name: "ParsedErrorResponse",
    type: "ParsedResponseOf<ErrorResponse>",
    docs: ["What parseErrorResponse resolves to: `error` (a valid envelope), `unrecognized` (with the reason) or `empty`."],
  });
  file.addStatements([
    `/**\n * Reads a fetch \`Response\` (or \`{ status, headers, body }\`) and validates its body as a ${model.displayName} error.\n * Never rejects: HTML, truncated, empty, oversized or unreadable bodies become \`unrecognized\` or \`empty\`.\n */`,
    "export const parseErrorResponse = /* @__PURE__ */ createResponseParser<ErrorResponse>(validateErrorResponse, describeStatus);",
  ]);
  return { path: "src/parse.ts", content: printSourceFile(file, generatedHeader(model)) };
}

function emitIndex(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  file.addExportDeclaration({ moduleSpecifier: "./types.js", isTypeOnly: true });
  file.addExportDeclaration({ moduleSpecifier: "./guards.js" });
  file.addExportDeclaration({ moduleSpecifier: "./error-kinds.js" });
  file.addExportDeclaration({ moduleSpecifier: "./catalog.js" });
  file.addExportDeclaration({ moduleSpecifier: "./parse.js" });
  for (const helper of model.helpers) file.addExportDeclaration({ moduleSpecifier: `./helpers/${helper.name.replace(/\.ts$/, ".js")}` });
  file.addExportDeclaration({
    moduleSpecifier: "./runtime/validation.js",
    namedExports: [
      "ErrorResponseValidationError",
      { name: "IssueKeyword", isTypeOnly: true },
      { name: "ValidationIssue", isTypeOnly: true },
      { name: "ValidationResult", isTypeOnly: true },
    ],
  });
  file.addExportDeclaration({ moduleSpecifier: "./runtime/status.js", isTypeOnly: true, namedExports: ["RetryAdvice", "StatusCodeInfo"] });
  file.addExportDeclaration({ moduleSpecifier: "./runtime/standard-schema.js", isTypeOnly: true, namedExports: ["StandardSchemaV1"] });
  file.addExportDeclaration({ moduleSpecifier: "./runtime/parse.js", namedExports: ["DEFAULT_MAX_BODY_BYTES", { name: "ParseOptions", isTypeOnly: true }, { name: "ResponseLike", isTypeOnly: true }, { name: "FetchResponseLike", isTypeOnly: true }, { name: "UnrecognizedReason", isTypeOnly: true }] });
  return { path: "src/index.ts", content: printSourceFile(file, `${generatedHeader(model)}\n/** ${model.packageName}: ${model.description} */`) };
}
