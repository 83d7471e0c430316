// The package entry point: the public API of DESIGN.md and nothing else.
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader, runtimeModule } from "./generated-file.js";
import { VariableDeclarationKind } from "ts-morph";
import { checkName } from "./emit-checks.js";
import { explainableName } from "./emit-explain-data.js";
import { envelopeValidatorList } from "./emit-guards.js";
import { emitSdkError } from "./emit-sdk-error.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitEntry(model: VendorModel): GeneratedFile[] {
  return [emitHiddenErrors(model), emitParse(model), emitIndex(model), ...emitSdkError(model), ...emitHelpers(model)];
}

/** Helpers are copied verbatim; the header says where to edit them. */
function emitHelpers(model: VendorModel): GeneratedFile[] {
  return model.helpers.map((helper) => ({
    path: `src/helpers/${helper.name}`,
    content: `// Copied by @commerce-errors/codegen from ${helper.file}. Do not edit here: edit it there, then run \`pnpm generate\`.\n${helper.source}`,
  }));
}

/**
 * Errors that hide in a 2xx body: failed items of a batch and errors inside GraphQL `data`. Its own
 * module (it needs no validator) so that /core can export it.
 */
function emitHiddenErrors(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  const errorTypes = [...new Set(model.batches.flatMap((batch) => (batch.errorType ? [batch.errorType] : [])))];
  const dataErrorType = model.dataErrors.errorType;
  const typeImports = [...new Set([...errorTypes, ...(dataErrorType ? [dataErrorType] : [])])];
  if (typeImports.length > 0) file.addImportDeclaration({ moduleSpecifier: "./types.js", isTypeOnly: true, namedImports: typeImports });
  // A vendor without batches or errors in data imports neither reader: its bundle stays as small as before.
  const hasBatches = model.batches.length > 0;
  const hasDataErrors = model.dataErrors.rule.keys.length > 0;
  file.addImportDeclaration({
    moduleSpecifier: runtimeModule,
    namedImports: [
      ...(hasBatches ? ["readBatch"] : []),
      { name: "BatchReading", isTypeOnly: true },
      { name: "BatchRule", isTypeOnly: true },
    ],
  });
  file.addImportDeclaration({
    moduleSpecifier: runtimeModule,
    namedImports: [
      ...(hasDataErrors ? ["findErrorsInData"] : []),
      { name: "DataErrorList", isTypeOnly: true },
      { name: "DataErrorRule", isTypeOnly: true },
    ],
  });
  const itemError = errorTypes.length > 0 ? errorTypes.join(" | ") : "unknown";
  file.addTypeAlias({
    isExported: true,
    name: "FailedItemError",
    type: itemError,
    docs: ["One error of a failed item of a batch body (kind `partial`)."],
  });
  file.addTypeAlias({
    isExported: true,
    name: "DataError",
    type: dataErrorType ?? "unknown",
    docs: ["One error that a GraphQL response carries inside `data` (e.g. in a mutation payload)."],
  });
  const rules = Object.fromEntries(model.batches.map((batch) => [batch.envelope, batch.rule]));
  file.addStatements([
    `/** Where each batch envelope keeps its items and their errors (schemas/${model.name}/vendor.json "batches"). */`,
    `export const batchRules: Readonly<Record<string, BatchRule>> = ${JSON.stringify(rules)};`,
    `/**\n * The failed items and the count of succeeded ones of a body that the named batch envelope accepted;\n * undefined for an envelope that is not a batch. Never throws.\n */`,
    hasBatches
      ? "export function readFailedItems(envelope: string, body: unknown): BatchReading<FailedItemError> | undefined {\n  return Object.prototype.hasOwnProperty.call(batchRules, envelope) ? readBatch<FailedItemError>(body, batchRules[envelope]!) : undefined;\n}"
      : "export function readFailedItems(_envelope: string, _body: unknown): BatchReading<FailedItemError> | undefined {\n  return undefined; // no envelope of this vendor is a batch\n}",
    `/** Where errors sit inside GraphQL \`data\` (schemas/${model.name}/vendor.json "dataErrors"). */`,
    `export const dataErrorRule: DataErrorRule = ${JSON.stringify(model.dataErrors.rule)};`,
    "/**\n * The non-empty error lists inside a GraphQL response's `data`, each with its JSON Pointer into `data`;\n * [] when there are none (a successful mutation has `errors: []`). Never throws.\n */",
    hasDataErrors
      ? "export function findDataErrors(response: unknown): DataErrorList<DataError>[] {\n  return findErrorsInData<DataError>(response, dataErrorRule);\n}"
      : "export function findDataErrors(_response: unknown): DataErrorList<DataError>[] {\n  return []; // this vendor returns no errors inside data\n}",
  ]);
  return { path: "src/hidden-errors.ts", content: printSourceFile(file, generatedHeader(model)) };
}

function emitParse(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  const hasBatches = model.batches.length > 0;
  file.addImportDeclaration({ moduleSpecifier: "./types.js", isTypeOnly: true, namedImports: ["ErrorResponse"] });
  file.addImportDeclaration({
    moduleSpecifier: "./checks.js",
    namedImports: ["firstMatchingEnvelope", ...model.envelopes.map((e) => checkName(e.title))],
  });
  file.addImportDeclaration({ moduleSpecifier: "./explain-data.js", namedImports: model.envelopes.map((e) => explainableName(e.title)) });
  file.addImportDeclaration({ moduleSpecifier: "./catalog.js", namedImports: ["describeStatus"] });
  file.addImportDeclaration({ moduleSpecifier: "./core.js", isTypeOnly: true, namedImports: ["EnvelopeName"] });
  file.addImportDeclaration({
    moduleSpecifier: "./hidden-errors.js",
    namedImports: [...(hasBatches ? ["batchRules"] : []), { name: "FailedItemError", isTypeOnly: true }],
  });
  if (hasBatches) file.addImportDeclaration({ moduleSpecifier: runtimeModule, namedImports: ["readBatch"] });
  file.addImportDeclaration({
    moduleSpecifier: runtimeModule,
    namedImports: [
      "createResponseParser",
      "unionValidator",
      { name: "EnvelopeValidator", isTypeOnly: true },
      { name: "ParsedErrorResponse", alias: "ParsedResponseOf", isTypeOnly: true },
    ],
  });
  file.addExportDeclaration({ moduleSpecifier: "./hidden-errors.js" });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      "validateErrorResponse's envelopes, explained by walking the schema IR: the same issues as its compiled collectors, which stay out of this bundle.",
    ],
    declarations: [
      { name: "envelopes", type: "readonly EnvelopeValidator<EnvelopeName>[]", initializer: envelopeValidatorList(model, explainableName) },
    ],
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      {
        name: "validateBody",
        initializer: "/* @__PURE__ */ unionValidator<ErrorResponse, EnvelopeName>(firstMatchingEnvelope, envelopes)",
      },
    ],
  });
  file.addTypeAlias({
    isExported: true,
    name: "ParsedErrorResponse",
    type: "ParsedResponseOf<ErrorResponse, FailedItemError, EnvelopeName>",
    docs: [
      "What parseErrorResponse resolves to: `error` (a valid envelope), `partial` (a 2xx batch body with failed items), `unrecognized` (with the reason) or `empty`.",
    ],
  });
  file.addStatements([
    `/**\n * Reads a fetch \`Response\` (or \`{ status, headers, body }\`) and validates its body as a ${model.displayName} error.\n * Never rejects: HTML, truncated, empty, oversized or unreadable bodies become \`unrecognized\` or \`empty\`.\n */`,
    hasBatches
      ? "export const parseErrorResponse = /* @__PURE__ */ createResponseParser<ErrorResponse, FailedItemError, EnvelopeName>(validateBody, describeStatus, { rules: batchRules, read: readBatch });"
      : "export const parseErrorResponse = /* @__PURE__ */ createResponseParser<ErrorResponse, FailedItemError, EnvelopeName>(validateBody, describeStatus);",
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
  file.addExportDeclaration({ moduleSpecifier: "./sdk-error.js" });
  file.addExportDeclaration({ moduleSpecifier: "./evidence.js" });
  file.addExportDeclaration({ moduleSpecifier: "./rate-limits.js" });
  for (const helper of model.helpers) file.addExportDeclaration({ moduleSpecifier: `./helpers/${helper.name.replace(/\.ts$/, ".js")}` });
  file.addExportDeclaration({
    moduleSpecifier: runtimeModule,
    namedExports: [
      "ErrorResponseValidationError",
      { name: "IssueKeyword", isTypeOnly: true },
      { name: "ValidationIssue", isTypeOnly: true },
      { name: "ValidationResult", isTypeOnly: true },
      { name: "ValidateOptions", isTypeOnly: true },
    ],
  });
  file.addExportDeclaration({
    moduleSpecifier: runtimeModule,
    isTypeOnly: true,
    namedExports: ["RetryAdvice", "StatusCodeInfo", "StatusSummary", "RateLimitRules", "RateLimitState", "ReadRateLimitOptions"],
  });
  file.addExportDeclaration({
    moduleSpecifier: runtimeModule,
    namedExports: ["decodeErrorBody", "readErrorBody", { name: "ReadBody", isTypeOnly: true }],
  });
  file.addExportDeclaration({ moduleSpecifier: runtimeModule, isTypeOnly: true, namedExports: ["StandardSchemaV1"] });
  file.addExportDeclaration({
    moduleSpecifier: runtimeModule,
    namedExports: [
      "DEFAULT_MAX_BODY_BYTES",
      { name: "ParseOptions", isTypeOnly: true },
      { name: "ResponseLike", isTypeOnly: true },
      { name: "FetchResponseLike", isTypeOnly: true },
      { name: "UnrecognizedReason", isTypeOnly: true },
    ],
  });
  file.addExportDeclaration({
    moduleSpecifier: runtimeModule,
    isTypeOnly: true,
    namedExports: ["BatchReading", "BatchRule", "FailedItem"],
  });
  file.addExportDeclaration({
    moduleSpecifier: runtimeModule,
    isTypeOnly: true,
    namedExports: ["DataErrorList", "DataErrorRule"],
  });
  file.addExportDeclaration({
    moduleSpecifier: runtimeModule,
    isTypeOnly: true,
    namedExports: ["SdkErrorCondition", "SdkErrorRule"],
  });
  return {
    path: "src/index.ts",
    content: printSourceFile(file, `${generatedHeader(model)}\n/** ${model.packageName}: ${model.description} */`),
  };
}
