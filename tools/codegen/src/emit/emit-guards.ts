// Guards: per envelope, the envelope union (isErrorResponse & co.) and one guard per error kind.
import { VariableDeclarationKind } from "ts-morph";
import type { VendorModel } from "../model/vendor-model.js";
import { coreNamesFor } from "./core-names.js";
import { type GeneratedFile, generatedHeader, runtimeModule } from "./generated-file.js";
import { checkName, notingCheckName } from "./emit-checks.js";
import { compiledEnvelopeBounds } from "./emit-bounds.js";
import { collectingName } from "./emit-explain-data.js";
import { type RootShape, rootShape } from "../model/root-shape.js";
import { createSourceFile, printSourceFile } from "./typescript-printer.js";

export function emitGuards(model: VendorModel): GeneratedFile[] {
  return [emitEnvelopeGuards(model), emitErrorKindGuards(model)];
}

function emitEnvelopeGuards(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  const titles = model.envelopes.map((envelope) => envelope.title);
  const bounds = compiledEnvelopeBounds(model, "envelopeBounds");
  file.addImportDeclaration({ moduleSpecifier: "./types.js", isTypeOnly: true, namedImports: ["ErrorResponse", ...titles] });
  file.addImportDeclaration({ moduleSpecifier: "./checks.js", namedImports: titles.map(checkName) });
  file.addImportDeclaration({
    moduleSpecifier: "./noting-checks.js",
    namedImports: ["firstMatchingEnvelope", ...titles.map(notingCheckName)],
  });
  file.addImportDeclaration({ moduleSpecifier: "./collectors.js", namedImports: titles.map(collectingName) });
  file.addImportDeclaration({ moduleSpecifier: "./core.js", isTypeOnly: true, namedImports: ["EnvelopeName"] });
  file.addImportDeclaration({
    moduleSpecifier: runtimeModule,
    namedImports: [
      "ErrorResponseValidationError",
      "passes",
      "notingUnionValidator",
      ...["isObject", "hasOwn", "firstItemTag"].filter((helper) => bounds.includes(`${helper}(`)),
      "validateWith",
      { name: "EnvelopeValidator", isTypeOnly: true },
      { name: "ValidateOptions", isTypeOnly: true },
      { name: "ValidationResult", isTypeOnly: true },
    ],
  });
  file.addImportDeclaration({
    moduleSpecifier: runtimeModule,
    namedImports: ["toStandardSchema", { name: "StandardSchemaV1", isTypeOnly: true }],
  });

  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      "Each envelope in match order: its noting check (the verdict; runtime/check-stops.ts), its schema IR with compiled collectors (the explanation), its root's JSON types and required keys (to rank envelopes cheaply).",
    ],
    declarations: [
      {
        name: "envelopeValidators",
        type: "readonly EnvelopeValidator<EnvelopeName>[]",
        initializer: envelopeValidatorList(model, collectingName, notingCheckName),
      },
    ],
  });
  file.addStatements(bounds);
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      {
        name: "validateEnvelopes",
        initializer: `/* @__PURE__ */ notingUnionValidator<ErrorResponse, EnvelopeName>(firstMatchingEnvelope, envelopeValidators, envelopeBounds)`,
      },
    ],
  });

  model.envelopes.forEach((envelope, index) => {
    file.addFunction({
      isExported: true,
      name: `is${envelope.title}`,
      parameters: [{ name: "value", type: "unknown" }],
      returnType: `value is ${envelope.title}`,
      docs: [`${firstSentence(envelope.description)}\n\nNever throws; see schemas/${model.name}/${envelope.stem}.schema.json.`],
      statements: `return passes(${checkName(envelope.title)}, value);`,
    });
    file.addFunction({
      isExported: true,
      name: `validate${envelope.title}`,
      parameters: [
        { name: "value", type: "unknown" },
        { name: "options", type: "ValidateOptions", hasQuestionToken: true },
      ],
      returnType: `ValidationResult<${envelope.title}, ${JSON.stringify(envelope.title)}>`,
      docs: [
        `Validates ${article(envelope.title)} ${envelope.title}: on failure, its issues (at most \`options.maxIssues\`, default 100; \`truncated\` says when there were more), each at its JSON Pointer. Never throws.`,
      ],
      statements: `return validateWith<${envelope.title}, ${JSON.stringify(envelope.title)}>(envelopeValidators[${index}] as EnvelopeValidator<${JSON.stringify(envelope.title)}>, value, options);`,
    });
  });

  // Defined in core.ts (the /core subpath), re-exported here as part of the guards.
  file.addExportDeclaration({ moduleSpecifier: "./core.js", namedExports: [...coreNamesFor.guards] });
  file.addExportDeclaration({ moduleSpecifier: "./core.js", isTypeOnly: true, namedExports: ["EnvelopeName"] });
  file.addFunction({
    isExported: true,
    name: "validateErrorResponse",
    parameters: [
      { name: "value", type: "unknown" },
      { name: "options", type: "ValidateOptions", hasQuestionToken: true },
    ],
    returnType: "ValidationResult<ErrorResponse, EnvelopeName>",
    docs: [
      "Validates against every envelope; on failure, reports the issues of the envelope nearest to the body (at most `options.maxIssues`, default 100; `truncated` says when there were more). Never throws.",
    ],
    statements: ["return validateEnvelopes(value, options);"],
  });
  file.addFunction({
    isExported: true,
    name: "assertErrorResponse",
    parameters: [{ name: "value", type: "unknown" }],
    returnType: "asserts value is ErrorResponse",
    docs: ["Throws ErrorResponseValidationError (with `.issues`) unless the value is an error envelope."],
    statements: [
      "const result = validateErrorResponse(value);",
      "if (!result.valid) throw new ErrorResponseValidationError(result.issues);",
    ],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Standard Schema v1 (standardschema.dev) view of validateErrorResponse, for form and RPC libraries."],
    declarations: [
      {
        name: "errorResponseSchema",
        type: "StandardSchemaV1<unknown, ErrorResponse>",
        initializer: "/* @__PURE__ */ toStandardSchema(validateErrorResponse)",
      },
    ],
  });
  return { path: "src/guards.ts", content: printSourceFile(file, generatedHeader(model)) };
}

/** The envelopes in match order as the runtime's validators take them; `schema`: the name of an envelope's explainable schema. */
export function envelopeValidatorList(model: VendorModel, schema: (title: string) => string, check = checkName): string {
  return `[\n${model.envelopes.map((e) => `  { name: ${JSON.stringify(e.title)}, check: ${check(e.title)}, schema: ${schema(e.title)}, ${shapeFields(rootShape(e.graph))} }`).join(",\n")},\n]`;
}

function emitErrorKindGuards(model: VendorModel): GeneratedFile {
  const file = createSourceFile();
  const unions = model.codeUnions.map((union) => union.title);
  if (model.errorKinds.length > 0) {
    file.addImportDeclaration({
      moduleSpecifier: "./types.js",
      isTypeOnly: true,
      namedImports: [...new Set(model.errorKinds.map((k) => k.title))].sort(),
    });
    file.addImportDeclaration({ moduleSpecifier: "./checks.js", namedImports: unions.map(checkName) });
    file.addImportDeclaration({ moduleSpecifier: runtimeModule, namedImports: ["hasDiscriminant", "passes"] });
  }
  // One batched insertion: ts-morph re-parses after every manipulation.
  file.addFunctions(
    model.errorKinds.map((kind) => ({
      isExported: true,
      name: `is${kind.title}`,
      parameters: [{ name: "value", type: "unknown" }],
      returnType: `value is ${kind.title}`,
      docs: [
        `An error object with \`${kind.discriminant}: ${JSON.stringify(kind.code)}\`, valid as documented.${kind.description ? `\n\n${kind.description}` : ""}`,
      ],
      statements: `return hasDiscriminant(value, ${JSON.stringify(kind.discriminant)}, ${JSON.stringify(kind.code)}) && passes(${checkName(kind.union)}, value);`,
    })),
  );
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Every documented error code with a type and guard of its own: code, type name, and the vendor's description."],
    declarations: [
      {
        name: "errorCodes",
        type: "ReadonlyArray<{ readonly code: string; readonly type: string; readonly description: string }>",
        initializer: `[${model.errorKinds.map((k) => `{ code: ${JSON.stringify(k.code)}, type: ${JSON.stringify(k.title)}, description: ${JSON.stringify(k.description)} }`).join(",\n")}]`,
      },
    ],
  });
  return { path: "src/error-kinds.ts", content: printSourceFile(file, generatedHeader(model)) };
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function article(word: string): string {
  return /^[AEIOU]/.test(word) ? "an" : "a";
}

function shapeFields(shape: RootShape): string {
  const required = shape.required.some((keys) => keys.length > 0) ? `, required: ${JSON.stringify(shape.required)}` : "";
  return `${shape.types ? `types: ${JSON.stringify(shape.types)}` : ""}${required}`.replace(/^, /, "");
}
