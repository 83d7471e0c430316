// `<package>/core`: what recognising and reading an error needs, without explanations, the full
// catalog or the parsers. The commerce-errors umbrella imports only this. Its module imports only
// checks, known values, hidden-error rules and the body reader, so a bundle of it holds no more; the
// main entry re-exports every name it defines, and the built /core re-exports them from the main
// entry's file (bin/bundle-package.mjs).
import { VariableDeclarationKind } from "ts-morph";
import type { VendorModel } from "../model/vendor-model.js";
import { knownValueNames } from "./emit-catalog.js";
import { type GeneratedFile, generatedHeader, runtimeModule } from "./generated-file.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitCore(model: VendorModel): GeneratedFile[] {
  const file = createSourceFile();
  const titles = model.envelopes.map((envelope) => envelope.title);
  file.addImportDeclaration({ moduleSpecifier: "./types.js", isTypeOnly: true, namedImports: ["ErrorResponse"] });
  file.addImportDeclaration({ moduleSpecifier: "./checks.js", namedImports: ["firstMatchingEnvelope"] });
  file.addImportDeclaration({
    moduleSpecifier: runtimeModule,
    namedImports: [
      "lookupStatus",
      { name: "ErrorMarkRules", isTypeOnly: true },
      { name: "ErrorReadingRules", isTypeOnly: true },
      { name: "StatusSummary", isTypeOnly: true },
    ],
  });
  const { reading } = model;
  if (reading.lists.length > 0) file.addImportDeclaration({ moduleSpecifier: "./known-values.js", namedImports: reading.lists });
  const hidden = ["findDataErrors", "readFailedItems"];
  const functions = [...new Set([...reading.readingFunctions, ...reading.markFunctions])];
  if (functions.some((name) => hidden.includes(name)))
    file.addImportDeclaration({ moduleSpecifier: "./hidden-errors.js", namedImports: functions.filter((name) => hidden.includes(name)) });
  for (const helper of model.helpers) {
    const named = functions.filter((name) => !hidden.includes(name) && new RegExp(`^export function ${name}\\b`, "m").test(helper.source));
    if (named.length > 0)
      file.addImportDeclaration({ moduleSpecifier: `./helpers/${helper.name.replace(/\.ts$/, ".js")}`, namedImports: named });
  }
  file.addExportDeclaration({ moduleSpecifier: "./known-values.js", namedExports: knownValueNames(model) });
  file.addExportDeclaration({ moduleSpecifier: "./hidden-errors.js", namedExports: ["findDataErrors", "readFailedItems"] });
  file.addExportDeclaration({ moduleSpecifier: "./evidence.js", namedExports: ["envelopeEvidence"] });
  file.addExportDeclaration({ moduleSpecifier: "./error-categories.js", namedExports: ["errorCategories"] });
  file.addExportDeclaration({ moduleSpecifier: "./rate-limits.js", namedExports: ["rateLimitRules", "readRateLimit"] });
  file.addExportDeclaration({ moduleSpecifier: "./sdk-error-rules.js", namedExports: ["sdkErrorRules"] });
  for (const helper of model.helpers) file.addExportDeclaration({ moduleSpecifier: `./helpers/${helper.name.replace(/\.ts$/, ".js")}` });
  file.addExportDeclaration({
    moduleSpecifier: runtimeModule,
    namedExports: ["DEFAULT_MAX_BODY_BYTES", "decodeErrorBody", "readErrorBody", { name: "ReadBody", isTypeOnly: true }],
  });
  file.addExportDeclaration({ moduleSpecifier: runtimeModule, isTypeOnly: true, namedExports: ["RetryAdvice", "StatusSummary"] });
  // The name and the request-id headers stand alone: reading an error needs only them, and a
  // bundle that never mentions `vendor` leaves out the detection hints (hosts, content types, headers).
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The vendor's name, as commerce-errors reports it (`vendor.name`)."],
    declarations: [{ name: "vendorName", initializer: `${JSON.stringify(model.name)}` }],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The response headers that carry the vendor's request id, first match wins (`vendor.requestIdHeaders`)."],
    declarations: [{ name: "requestIdHeaders", initializer: `${JSON.stringify(model.requestIdHeaders)} as const` }],
  });
  const hints = {
    displayName: model.displayName,
    hosts: model.detect.hosts,
    contentTypes: model.detect.contentTypes,
    headers: model.detect.headers,
  };
  const hintLines = Object.entries(hints).map(([key, value]) => `  ${key}: ${JSON.stringify(value)},`);
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Who this package is for, and the hints that recognise the vendor's responses."],
    declarations: [
      { name: "vendor", initializer: ["{", "  name: vendorName,", ...hintLines, "  requestIdHeaders,", "} as const"].join("\n") },
    ],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The names of this vendor's error envelopes, in match order."],
    declarations: [{ name: "envelopeNames", initializer: `[${titles.map((t) => JSON.stringify(t)).join(", ")}] as const` }],
  });
  file.addTypeAlias({
    isExported: true,
    name: "EnvelopeName",
    type: "(typeof envelopeNames)[number]",
    docs: ["The name of one of this vendor's error envelopes: the type of `envelope` in validation and parse results."],
  });
  file.addFunction({
    isExported: true,
    name: "matchErrorEnvelope",
    parameters: [{ name: "value", type: "unknown" }],
    returnType: "EnvelopeName | undefined",
    docs: ["The name of the first envelope that accepts the value, if any. Never throws."],
    statements: "return firstMatchingEnvelope(value);",
  });
  file.addFunction({
    isExported: true,
    name: "isErrorResponse",
    parameters: [{ name: "value", type: "unknown" }],
    returnType: "value is ErrorResponse",
    docs: [`True when the value is any ${model.displayName} error envelope. Never throws.`],
    statements: "return firstMatchingEnvelope(value) !== undefined;",
  });
  const summaries = model.statusCodes.map(({ status, text, retry }) => `${status}: ${JSON.stringify({ status, text, retry })}`);
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Each documented status's text and retry advice, without the long-form advice (what commerce-errors keeps)."],
    declarations: [
      { name: "statusSummaries", type: "Readonly<Record<number, StatusSummary>>", initializer: `{\n${summaries.join(",\n")}\n}` },
    ],
  });
  file.addFunction({
    isExported: true,
    name: "summarizeStatus",
    parameters: [{ name: "status", type: "number" }],
    returnType: "StatusSummary | undefined",
    docs: ["The text and retry advice the vendor documents for an HTTP status; describeStatus adds meaning and troubleshooting."],
    statements: "return lookupStatus(statusSummaries, status);",
  });
  // The rules as data (schemas/<vendor>/reading.json) for the runtime's readByRules and marksByRules.
  // Marks name the known-value lists, which only detection among vendors needs: a bundle that reads
  // errors without detecting leaves them out.
  /** The object's JSON, with members that name the package's own lists and functions added at its end. */
  const data = (value: object, references: Record<string, string[]>) =>
    `${JSON.stringify(value, null, 2).slice(0, -2)},\n${Object.entries(references)
      .map(([key, names]) => `  ${key}: { ${names.join(", ")} },`)
      .join("\n")}\n}`;
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`How each envelope reads: code, message, details, request id, retry advice (schemas/${model.name}/reading.json).`],
    declarations: [
      {
        name: "errorReading",
        type: "ErrorReadingRules",
        initializer: data(reading.reading, { functions: reading.readingFunctions }),
      },
    ],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`What marks a body as ${model.displayName}'s among vendors, by envelope (schemas/${model.name}/reading.json "marks").`],
    declarations: [
      {
        name: "errorMarks",
        type: "ErrorMarkRules",
        initializer: data(reading.marks, { lists: reading.lists, functions: reading.markFunctions }),
      },
    ],
  });
  return [
    {
      path: "src/core.ts",
      content: printSourceFile(
        file,
        `${generatedHeader(model)}\n/** ${model.packageName}/core: envelope guards, vendor identity, status summaries, known values, errors hidden in 2xx bodies, the body reader. */`,
      ),
    },
  ];
}
